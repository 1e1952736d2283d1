package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// moduleRoot walks up from the working directory to the directory holding go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// corpusDir is the project's own annotated corpus.
func corpusDir(t testing.TB) string {
	return filepath.Join(moduleRoot(t), "testdata", "corpus")
}

// sharedDir returns ../shared beside the module, skipping the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(moduleRoot(t)), "shared")
	if _, err := os.Stat(filepath.Join(dir, "seeds", "gold.jsonl")); err != nil {
		t.Skipf("no ../shared/seeds beside the module: %v", err)
	}
	return dir
}
