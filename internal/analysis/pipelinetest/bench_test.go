package pipelinetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/news"
)

// BenchmarkDocSize analyzes one document of growing size: time per byte
// should stay flat; growth shows a stage that rescans the document.
func BenchmarkDocSize(b *testing.B) {
	for _, size := range []int{32 << 10, 128 << 10, 512 << 10} {
		g := bench.NewGenerator(11)
		var sb strings.Builder
		for sb.Len() < size {
			sb.WriteString(g.Text(8))
			sb.WriteString("\n")
		}
		text := sb.String()
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			p := pipeline(b)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				d := news.Doc{Text: text}
				if err := p.Run(context.Background(), &d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
