package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

var testFinder *Finder

func finder(t testing.TB) *Finder {
	t.Helper()
	if testFinder == nil {
		f, err := New("en")
		if err != nil {
			t.Fatalf("New(en): %v", err)
		}
		testFinder = f
	}
	return testFinder
}

func ymdStr(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func fmtDay(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	if t.Hour() != 0 || t.Minute() != 0 {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// show renders a TimeExpr as "quote|date|end|granularity[|rel]" for compact
// test tables.
func show(text string, te news.TimeExpr) string {
	s := fmt.Sprintf("%s|%s|%s|%s", te.Of(text), fmtDay(te.Date), fmtDay(te.End), te.Granularity)
	if te.Relative {
		s += "|rel"
	}
	return s
}

func showAll(text string, tes []news.TimeExpr) string {
	var b []string
	for _, te := range tes {
		b = append(b, show(text, te))
	}
	return strings.Join(b, "\n")
}

// sharedDir returns ../shared next to the module root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no module root above the working directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return shared
}

func zeroIfEmpty(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	return ymdStr(s)
}
