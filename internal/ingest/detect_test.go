package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, ct, body string
		want                 Kind
		err                  error
	}{
		{"plain text", "a.txt", "", "Officials said 40 drones were launched.", KindText, nil},
		{"html by extension", "a.html", "", "no tags at all", KindHTML, nil},
		{"html by extension upper", "A.HTM", "", "text", KindHTML, nil},
		{"html by doctype", "a.txt", "", "\ufeff  <!DOCTYPE html><html><body>x</body></html>", KindHTML, nil},
		{"html by leading tag", "page", "", "<p>Officials said</p>", KindHTML, nil},
		{"html by header", "page", "text/html; charset=utf-8", "Officials said", KindHTML, nil},
		{"text starting with angle", "a.txt", "", "< 5 drones were seen", KindText, nil},
		{"rss", "feed", "", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, KindFeed, nil},
		{"atom behind comment", "feed.xml", "text/html", "<?xml version=\"1.0\"?>\n<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", KindFeed, nil},
		{"rdf", "x", "", `<rdf:RDF xmlns:rdf="x">`, KindFeed, nil},
		{"url with html path", "https://x.org/a.html?x=1", "", "hello", KindHTML, nil},
		{"empty", "a.txt", "", "", 0, ErrEmpty},
		{"only space", "a.txt", "", " \n\t ", 0, ErrEmpty},
		{"nul byte", "a.txt", "", "abc\x00def", 0, ErrBinary},
		{"png", "a.html", "text/html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0, ErrBinary},
		{"pdf", "a.txt", "", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 0, ErrBinary},
		{"gzip", "a.txt", "", "\x1f\x8b\x08\x00\x00\x00\x00\x00", 0, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect(tt.file, tt.ct, []byte(tt.body))
			if !errors.Is(err, tt.err) {
				t.Fatalf("Detect error = %v, want %v", err, tt.err)
			}
			if err == nil && got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := "Kyiv said 120 drones were launched.\r\n\r\nTrailing space kept.  \n"
	page := `<html><head><title>Air attack on Kyiv</title><meta property="article:published_time" content="2025-04-02T06:00:00Z">
<meta property="og:site_name" content="Example Daily"></head><body><nav>Home | World | Sport</nav><article>
<h1>Air attack on Kyiv</h1><p>Ukraine's air force said on Wednesday that Russia launched 120 drones overnight, of which 95 were shot down by air defences over several regions of the country.</p>
<p>The mayor of Kyiv said falling debris damaged three buildings and that two people were hurt, while rescue crews worked through the morning to clear the streets.</p>
<p>Officials said the attack was one of the largest this month, and warned that more strikes were likely as the weather improved over the coming days.</p></article>
<footer>All rights reserved.</footer></body></html>`
	tests := []struct {
		name, path string
		wantText   string // "" to skip
		wantTitle  string
		wantDate   string
		err        error
		errText    string
	}{
		{"plain text exact bytes", write("a.txt", text), text, "", "", nil, ""},
		{"html", write("b.html", page), "Air attack on Kyiv\nUkraine's air force said on Wednesday", "Air attack on Kyiv", "2025-04-02", nil, ""},
		{"html by tag in .txt", write("c.txt", page), "Air attack on Kyiv\n", "Air attack on Kyiv", "2025-04-02", nil, ""},
		{"invalid utf-8", write("d.txt", "caf\xe9 au lait"), "", "", "", ErrEncoding, "at byte 3"},
		{"binary", write("e.txt", "\x00\x01\x02binary"), "", "", "", ErrBinary, ""},
		{"empty", write("f.txt", ""), "", "", "", ErrEmpty, ""},
		{"missing", filepath.Join(dir, "nope.txt"), "", "", "", os.ErrNotExist, "no such file"},
		{"directory", dir, "", "", "", nil, "is a directory"},
		{"broken html is read leniently", write("g.html", "<html><body><div><p>unclosed <b>tags"), "unclosed tags", "", "", nil, ""},
		{"html cut off in its head", write("i.html", "<!doctype html><html><head><title>Troops sent to Kursk</ti"), "", "", "", ErrNoText, ""},
		{"html without text", write("h.html", "<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>"), "", "", "", ErrNoText, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, raw, err := ReadFile(tt.path)
			if tt.err != nil || tt.errText != "" {
				if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("ReadFile error = %v, want %v containing %q", err, tt.err, tt.errText)
				}
				if !strings.HasPrefix(err.Error(), tt.path+": ") {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if d.ID != tt.path || d.Path != tt.path {
				t.Errorf("id, path = %q, %q; want %q", d.ID, d.Path, tt.path)
			}
			if tt.wantText == text && d.Text != text {
				t.Errorf("text = %q, want the bytes exactly %q", d.Text, text)
			}
			if !strings.HasPrefix(d.Text, tt.wantText) {
				t.Errorf("text = %q, want prefix %q", d.Text, tt.wantText)
			}
			if strings.Contains(d.Text, "All rights reserved") || strings.Contains(d.Text, "Home | World") {
				t.Errorf("boilerplate in text: %q", d.Text)
			}
			if got := d.Meta.Title; got != tt.wantTitle {
				t.Errorf("title = %q, want %q", got, tt.wantTitle)
			}
			if tt.wantDate != "" && d.Meta.Published.Format("2006-01-02") != tt.wantDate {
				t.Errorf("published = %v, want %s", d.Meta.Published, tt.wantDate)
			}
			if b, _ := os.ReadFile(tt.path); !bytes.Equal(raw, b) {
				t.Errorf("raw bytes differ from the file")
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	r := bytes.NewReader(bytes.Repeat([]byte("a"), MaxBytes+1))
	if _, _, err := Read("-", r); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read(huge) = %v, want ErrTooLarge", err)
	}
}

func TestMetaDate(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"og", `<meta property="article:published_time" content="2024-11-06T10:00:00+02:00">`, "2024-11-06"},
		{"name date", `<meta name="date" content="2024-12-23">`, "2024-12-23"},
		{"json-ld", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-01-15T08:00:00Z"}]}</script>`, "2025-01-15"},
		{"garbage", `<meta name="date" content="yesterday">`, ""},
		{"none", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><p>x</p></body></html>"
			root, err := parseHTMLForTest(page)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d := metaDate(root); !d.IsZero() {
				got = d.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("metaDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "text", "<html>", "<?xml?><rss ", "\x00", "\xef\xbb\xbf<p>", "<!--", "<?"} {
		f.Add("a.txt", "", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name, ct string, raw []byte) {
		k, err := Detect(name, ct, raw)
		if err == nil && (k < KindText || k > KindFeed) {
			t.Fatalf("kind %d out of range", k)
		}
		if err == nil && k == KindText && len(raw) > 0 {
			// Plain text is kept as is; Parse must not change the bytes.
			text, _, _, err := Parse(name, "", ct, raw)
			if err == nil && text != string(raw) {
				t.Fatalf("Parse changed plain text")
			}
		}
	})
}
