package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe to write from the server's goroutine
// while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeRefusesOpenAddressWithoutToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"all interfaces", []string{"serve", "--db", db, "--addr", "0.0.0.0:0"}, 2, "--token"},
		{"empty host", []string{"serve", "--db", db, "--addr", ":0"}, 2, "--token"},
		{"stray argument", []string{"serve", "--db", db, "extra"}, 2, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runSitrep(t, "", tt.args...)
			if got, want := code, tt.wantCode; got != want {
				t.Errorf("exit = %d, want %d (stderr %q)", got, want, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to mention %q", stderr, tt.wantErr)
			}
		})
	}
}

var listenRE = regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)

// TestServeAnswersAndStops starts the command on a free loopback port,
// ingests a report through the API with the token from $SITREP_TOKEN,
// reads it back, and stops the server by cancelling its context.
func TestServeAnswersAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	var stderr lockedBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr,
		Getenv: func(k string) string {
			if k == "SITREP_TOKEN" {
				return "t0ken"
			}
			return ""
		}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- Run(ctx, env, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}) }()
	var addr string
	for deadline := time.Now().Add(30 * time.Second); addr == "" && time.Now().Before(deadline); {
		if m := listenRE.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if addr == "" {
		t.Fatalf("server did not say where it listens: %s", stderr.String())
	}
	post := func(token string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/ingest?name=r.txt", strings.NewReader(goodReport))
		req.Header.Set("Content-Type", "text/plain")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got, want := post(""), http.StatusUnauthorized; got != want {
		t.Errorf("POST without token: status %d, want %d", got, want)
	}
	if got, want := post("t0ken"), http.StatusOK; got != want {
		t.Fatalf("POST with token: status %d, want %d", got, want)
	}
	resp, err := http.Get("http://" + addr + "/api/v1/claims?source=air+force")
	if err != nil {
		t.Fatal(err)
	}
	var e struct {
		Status string
		Data   []map[string]any
	}
	err = json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if e.Status != "success" || len(e.Data) == 0 {
		t.Errorf("claims of the air force: status %q, %d claims", e.Status, len(e.Data))
	}
	// The alert log `sitrep watch` fills is served from the same store.
	if resp, err := http.Get("http://" + addr + "/api/v1/alerts"); err != nil {
		t.Error(err)
	} else if resp.Body.Close(); resp.StatusCode != http.StatusOK {
		t.Errorf("alerts: status %d, want %d", resp.StatusCode, http.StatusOK)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit after cancel = %d, want 0: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not stop after its context ended")
	}
}
