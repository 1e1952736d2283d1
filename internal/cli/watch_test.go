package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// watch --once over a folder, through the real analysis: the first run
// raises alerts for the new report, a second run on the same database none.
func TestWatchOnce(t *testing.T) {
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
	dsn := filepath.Join(dir, "w.db")
	out, errs, code := runCLI(t, "watch", "--db", dsn, "--once", "--alerts", "json", inbox)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if out == "" || len(lines) == 0 {
		t.Fatalf("no alerts; stderr: %s", errs)
	}
	if !strings.Contains(out, `"kind":"new_point"`) || !strings.Contains(out, "11,000") {
		t.Errorf("alerts lack a new point for 11,000:\n%s", out)
	}
	out, errs, code = runCLI(t, "watch", "--db", dsn, "--once", "--alerts", "json", inbox)
	if code != 0 || out != "" {
		t.Errorf("second run: exit %d, alerts %q, stderr %s; want none", code, out, errs)
	}
}

func TestWatchUsage(t *testing.T) {
	rules := filepath.Join(t.TempDir(), "r.yaml")
	os.WriteFile(rules, []byte("rules:\n- {name: x, when: [nothing]}\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no source", []string{"watch", "--once"}},
		{"bad alerts", []string{"watch", "--alerts", "xml", "x"}},
		{"bad every", []string{"watch", "--every", "0s", "x"}},
		{"bad webhook", []string{"watch", "--webhook", "ftp://x", "x"}},
		{"bad rules", []string{"watch", "--rules", rules, "x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, code := runCLI(t, tc.args...); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
		})
	}
}
