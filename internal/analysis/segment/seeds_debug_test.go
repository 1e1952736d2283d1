package segment

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDebugSeeds(t *testing.T) {
	if os.Getenv("SEGDEBUG") == "" {
		t.Skip()
	}
	s := newEnglish(t)
	files, _ := filepath.Glob(os.Getenv("SEGDEBUG"))
	for _, f := range files {
		in, _ := os.ReadFile(f)
		t.Logf("=== %s\n%s", f, render(t, s, annotate(t, s, string(in))))
	}
}
