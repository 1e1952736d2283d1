package segment

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// corpus repeats the test documents (written for these tests) to about
// 1 MB of news-like text.
func corpus(b *testing.B) string {
	b.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var docs []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(raw))
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, d := range docs {
			sb.WriteString(d)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// reportCPU adds a cpu-MB/s metric: bytes per CPU-second of the loop.
func reportCPU(b *testing.B, bytes int, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

func BenchmarkSentences(b *testing.B) {
	text := corpus(b)
	s := newEnglish(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		s.Sentences(text, news.Span{Start: 0, End: len(text)})
	}
	reportCPU(b, len(text), cpu)
}

func BenchmarkAnnotate(b *testing.B) {
	text := corpus(b)
	s := newEnglish(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		d := &news.Doc{Text: text}
		if err := s.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, len(text), cpu)
}

// BenchmarkAnnotateDocs annotates the documents one by one, as the
// pipeline does, to include the per-document costs.
func BenchmarkAnnotateDocs(b *testing.B) {
	text := corpus(b)
	docs := strings.SplitAfter(text, "\n\n\n")
	s := newEnglish(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, t := range docs {
			d := &news.Doc{Text: t}
			if err := s.Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, len(text), cpu)
}

// BenchmarkNew measures loading the word lists, paid once per pipeline.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New("en"); err != nil {
			b.Fatal(err)
		}
	}
}
