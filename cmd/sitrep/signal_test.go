package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatchStopsOnSignal starts `sitrep watch` over a folder as a real
// process, waits for its first poll to be done, and stops it with a
// signal: it exits 0 with the report stored and its alert printed, and a
// restart raises that alert no more.
func TestWatchStopsOnSignal(t *testing.T) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
	}{
		{"SIGTERM", syscall.SIGTERM},
		{"SIGINT", syscall.SIGINT},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			inbox := filepath.Join(dir, "inbox")
			if err := os.Mkdir(inbox, 0o755); err != nil {
				t.Fatal(err)
			}
			text := "North Korean troops in Kursk\n\nSEOUL, Nov 13 (Wire) - South Korea's National Intelligence Service said on " +
				"Wednesday that about 11,000 North Korean troops had been deployed to Russia's Kursk region.\n"
			if err := os.WriteFile(filepath.Join(inbox, "a.txt"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "w.db")
			out := runUntilPolled(t, tc.sig, "watch", "--db", db, "--every", "1h", "--alerts", "json", inbox)
			if got := storedDocs(db); got != 1 {
				t.Errorf("%d documents stored, want 1", got)
			}
			if !strings.Contains(out, `"kind":"new_point"`) || !strings.Contains(out, "11,000") {
				t.Errorf("no alert for 11,000 before the stop:\n%s", out)
			}
			if out := runUntilPolled(t, tc.sig, "watch", "--db", db, "--every", "1h", "--alerts", "json", inbox); out != "" {
				t.Errorf("restart raised alerts again:\n%s", out)
			}
		})
	}
}

// runUntilPolled runs sitrep with args until it reports its first poll,
// then sends sig and checks that it exits 0; it returns the stdout.
func runUntilPolled(t *testing.T, sig syscall.Signal, args ...string) string {
	t.Helper()
	cmd := sitrepCmd(t, args...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	polled := make(chan struct{})
	var log strings.Builder
	logDone := make(chan struct{})
	go func() {
		defer close(logDone)
		sc := bufio.NewScanner(stderr)
		once := false
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if !once && strings.Contains(sc.Text(), "polled ") {
				once = true
				close(polled)
			}
		}
	}()
	select {
	case <-polled:
	case <-logDone:
		cmd.Wait()
		t.Fatalf("watch ended before its first poll:\n%s", log.String())
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		<-logDone
		cmd.Wait()
		t.Fatalf("no poll reported within a minute:\n%s", log.String())
	}
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	<-logDone
	if err := cmd.Wait(); err != nil {
		t.Fatalf("watch after %v: %v (want exit 0)\n%s", sig, err, log.String())
	}
	return stdout.String()
}
