package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// ChildEnv is set in the environment of the processes a bench runs: a bench
// binary that sees it acts as sitrep itself (cmd/sitrep-bench does), so each
// measured run has its own process, its own peak memory and its own start-up.
const ChildEnv = "SITREP_BENCH_CHILD"

// ProfileEnv, in a child's environment, names the file its CPU profile goes to.
const ProfileEnv = "SITREP_BENCH_CPUPROFILE"

// Run is one measured sitrep process.
type Run struct {
	Args    []string
	Wall    time.Duration
	CPU     time.Duration // user + system
	PeakRSS int64         // bytes, the process's maximum resident set
	Stdout  int64         // bytes written to stdout
	Stderr  string
}

// Sitrep runs exe (a sitrep binary, or a bench binary that acts as one when
// ChildEnv is set) with args and measures it; a non-empty profile asks the
// child for a CPU profile in that file. A non-zero exit is an error that
// quotes the end of stderr.
func Sitrep(ctx context.Context, exe, profile string, args ...string) (Run, error) {
	return sitrep(ctx, exe, profile, io.Discard, args...)
}

// sitrepOut is Sitrep, without a profile, that also copies stdout to w.
func sitrepOut(ctx context.Context, exe string, w io.Writer, args ...string) (Run, error) {
	return sitrep(ctx, exe, "", w, args...)
}

func sitrep(ctx context.Context, exe, profile string, stdout io.Writer, args ...string) (Run, error) {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Env = append(os.Environ(), ChildEnv+"=1")
	if profile != "" {
		cmd.Env = append(cmd.Env, ProfileEnv+"="+profile)
	}
	out := countWriter{w: stdout}
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := Run{Args: args, Wall: time.Since(start), Stdout: out.n, Stderr: errb.String()}
	if ps := cmd.ProcessState; ps != nil {
		r.CPU = ps.UserTime() + ps.SystemTime()
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			r.PeakRSS = int64(ru.Maxrss) << 10 // Linux reports KB
		}
	}
	if err != nil {
		return r, fmt.Errorf("sitrep %s: %w: %s", strings.Join(args, " "), err, tail(r.Stderr, 400))
	}
	return r, nil
}

// countWriter counts the bytes written through it to w.
type countWriter struct {
	n int64
	w io.Writer
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return w.w.Write(p)
}

func tail(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// CopyDocs writes n documents into dir by copying the articles of the folder
// from (its .txt, .html and .htm files, in name order) round-robin, spread
// over folders as WriteDocs does: real text, whose density of figures and
// names generated text only imitates. It returns the bytes written.
func CopyDocs(dir string, n int, from string) (int64, error) {
	var srcs []string
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".html", ".htm":
			if d.Type().IsRegular() {
				srcs = append(srcs, path)
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("copy documents from %s: %w", from, err)
	}
	if len(srcs) == 0 {
		return 0, fmt.Errorf("copy documents from %s: no .txt or .html files", from)
	}
	sort.Strings(srcs)
	bodies := make([][]byte, len(srcs))
	for i, p := range srcs {
		if bodies[i], err = os.ReadFile(p); err != nil {
			return 0, fmt.Errorf("copy documents: %w", err)
		}
	}
	var total int64
	for i := range n {
		k := i % len(srcs)
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return total, fmt.Errorf("copy documents: %w", err)
			}
		}
		name := fmt.Sprintf("doc%06d%s", i, strings.ToLower(filepath.Ext(srcs[k])))
		if err := os.WriteFile(filepath.Join(sub, name), bodies[k], 0o644); err != nil {
			return total, fmt.Errorf("copy documents: %w", err)
		}
		total += int64(len(bodies[k]))
	}
	return total, nil
}

// WriteDocs writes n generated documents into dir (created if needed), as
// .txt files or, with html, .html pages, and returns their total size.
func WriteDocs(dir string, n, paras int, html bool, seed uint64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("write documents: %w", err)
	}
	g := NewGenerator(seed)
	var total int64
	for i := range n {
		name, body := fmt.Sprintf("doc%06d.txt", i), ""
		if html {
			name, body = fmt.Sprintf("doc%06d.html", i), g.HTML(paras)
		} else {
			body = g.Text(paras)
		}
		// Spread files over folders as a saved-pages archive would be.
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return total, fmt.Errorf("write documents: %w", err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, name), []byte(body), 0o644); err != nil {
			return total, fmt.Errorf("write documents: %w", err)
		}
		total += int64(len(body))
	}
	return total, nil
}
