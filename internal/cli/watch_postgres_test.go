package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// inboxWith makes a folder holding one report of 11,000 troops.
func inboxWith(t *testing.T) string {
	t.Helper()
	inbox := filepath.Join(t.TempDir(), "inbox")
	if err := os.Mkdir(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "North Korean troops in Kursk\n\nSEOUL, Nov 13 (Wire) - South Korea's National Intelligence Service said on " +
		"Wednesday that about 11,000 North Korean troops had been deployed to Russia's Kursk region.\n"
	if err := os.WriteFile(filepath.Join(inbox, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return inbox
}

// alertKeys reads the keys of JSON-lines alerts.
func alertKeys(t *testing.T, out string) []string {
	t.Helper()
	var keys []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var a alert.Alert
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("alert line %q: %v", line, err)
		}
		keys = append(keys, a.Key)
	}
	return keys
}

// TestWatchPostgres: watch on a PostgreSQL store raises alerts, and two
// watchers started together on one database record each alert once, every
// one delivered by one of them; a later run raises none.
func TestWatchPostgres(t *testing.T) {
	dsn := pgtest.Fresh(t)
	inbox := inboxWith(t)
	var (
		wg   sync.WaitGroup
		outs [2]string
	)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, errs, code := runCLI(t, "watch", "--db", dsn, "--once", "--alerts", "json", inbox)
			if code != 0 {
				t.Errorf("watcher %d: exit %d: %s", i, code, errs)
			}
			outs[i] = out
		}()
	}
	wg.Wait()
	if !strings.Contains(outs[0]+outs[1], "11,000") {
		t.Errorf("no alert for 11,000:\n%s%s", outs[0], outs[1])
	}
	var printed []string
	for i, out := range outs {
		keys := alertKeys(t, out)
		if len(slices.Compact(slices.Sorted(slices.Values(keys)))) != len(keys) {
			t.Errorf("watcher %d printed an alert twice:\n%s", i, out)
		}
		printed = append(printed, keys...)
	}
	l, err := alert.OpenLog(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	recorded, err := l.Since(context.Background(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, a := range recorded {
		keys = append(keys, a.Key)
	}
	slices.Sort(keys)
	if len(keys) == 0 || len(slices.Compact(slices.Clone(keys))) != len(keys) {
		t.Errorf("recorded keys %v: want some, each once", keys)
	}
	if got := slices.Compact(slices.Sorted(slices.Values(printed))); !slices.Equal(got, keys) {
		t.Errorf("printed %v, recorded %v: want every recorded alert delivered", got, keys)
	}
	out, errs, code := runCLI(t, "watch", "--db", dsn, "--once", "--alerts", "json", inbox)
	if code != 0 || out != "" {
		t.Errorf("later run: exit %d, alerts %q, stderr %s; want none", code, out, errs)
	}
}
