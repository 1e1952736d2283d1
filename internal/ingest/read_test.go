package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// ReadDoc must give what ReadFile gives, document and error, on every kind
// of input, including sizes around its buffer and the limit.
func TestReadDocIsReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sized := func(name string, n int) string {
		line := "Officials said 40 drones were shot down over the region overnight.\n"
		return write(name, []byte(strings.Repeat(line, n/len(line)+1)[:n]))
	}
	paths := []string{
		write("a.txt", []byte("Officials said 12 windows were broken.")),
		write("empty.txt", nil),
		write("space.txt", []byte(" \n\t ")),
		write("latin1.txt", []byte("Caf\xe9 owners said 12 windows were broken.")),
		write("x.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00")),
		write("p.html", []byte("<html><head><title>Troops sent</title></head><body><article><p>Officials said 40 drones were shot down.</p><p>More text here.</p></article></body></html>")),
		write("frag.txt", []byte("<p>a fragment read as HTML</p>")),
		write("bom.txt", []byte("\xef\xbb\xbfThe ministry said 300 shells were fired.")),
		sized("64k.txt", 64<<10),
		sized("64k1.txt", 64<<10+1),
		sized("3m.txt", 3<<20),
		sized("limit.txt", MaxBytes),
		sized("limit1.txt", MaxBytes+1),
		filepath.Join(dir, "missing.txt"),
		dir,
	}
	big := write("big.txt", nil)
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, big)
	for range 2 { // the second round reads into pooled buffers
		for _, p := range paths {
			want, _, wantErr := ReadFile(p)
			got, err := ReadDoc(p)
			if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
				t.Fatalf("%s: ReadDoc error %v, ReadFile %v", filepath.Base(p), err, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: ReadDoc and ReadFile differ", filepath.Base(p))
			}
		}
	}
}

func BenchmarkReadDoc(b *testing.B) {
	p := filepath.Join(b.TempDir(), "doc.txt")
	if err := os.WriteFile(p, []byte(strings.Repeat("Officials said 40 drones were shot down.\n", 50)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("ReadFile", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := ReadFile(p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadDoc", func(b *testing.B) {
		for b.Loop() {
			if _, err := ReadDoc(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}
