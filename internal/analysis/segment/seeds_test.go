package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// sharedDir finds ../shared beside the module root, or skips the test.
func sharedDir(t *testing.T) string {
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
			t.Skip("module root not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "seeds")); err != nil {
		t.Skipf("no shared seeds: %v", err)
	}
	return shared
}

type goldDoc struct {
	File   string `json:"file"`
	Claims []struct {
		Quote string `json:"quote"`
	} `json:"claims"`
	Attributions []struct {
		Quote string `json:"quote"`
	} `json:"attributions"`
}

func readGold(t *testing.T, shared string) map[string]goldDoc {
	t.Helper()
	f, err := os.Open(filepath.Join(shared, "seeds", "gold.jsonl"))
	if err != nil {
		t.Skipf("no gold: %v", err)
	}
	defer f.Close()
	out := map[string]goldDoc{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldDoc
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		out[g.File] = g
	}
	return out
}

// TestSeeds checks what can be justified on the five real reports: every
// hand-annotated quantity lies inside one sentence outside boilerplate,
// no annotated attribution is boilerplate, and each file's furniture is
// found.
func TestSeeds(t *testing.T) {
	shared := sharedDir(t)
	gold := readGold(t, shared)
	files, err := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed texts: %v", err)
	}
	s := newEnglish(t)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := annotate(t, s, string(raw))
			g := gold[name]
			for _, c := range g.Claims {
				if !inBodySentence(d, c.Quote) {
					t.Errorf("quantity %q is not inside one body sentence", c.Quote)
				}
			}
			for _, a := range g.Attributions {
				if i := strings.Index(d.Text, a.Quote); i >= 0 && overlapsBoilerplate(d, news.Span{Start: i, End: i + len(a.Quote)}) {
					t.Errorf("attribution %q overlaps boilerplate", a.Quote)
				}
			}
			if check := seedChecks[name[:3]]; check != nil {
				check(t, d)
			}
		})
	}
}

func inBodySentence(d *news.Doc, quote string) bool {
	for off := 0; ; {
		i := strings.Index(d.Text[off:], quote)
		if i < 0 {
			return false
		}
		sp := news.Span{Start: off + i, End: off + i + len(quote)}
		if k := d.SentenceAt(sp.Start); k >= 0 && d.Sentences[k].Contains(sp) && !d.Sentences[k].Boilerplate && !d.Sentences[k].Headline {
			return true
		}
		off = sp.End
	}
}

func overlapsBoilerplate(d *news.Doc, sp news.Span) bool {
	for _, b := range d.Boilerplate {
		if b.Overlaps(sp) {
			return true
		}
	}
	return false
}

// bodyClean fails when a sentence between the first and last body
// quotes is flagged as boilerplate or headline.
func bodyClean(t *testing.T, d *news.Doc, first, last string) {
	t.Helper()
	lo, hi := strings.Index(d.Text, first), strings.Index(d.Text, last)
	if lo < 0 || hi < 0 {
		t.Fatalf("body markers %q, %q not found", first, last)
	}
	body := news.Span{Start: lo, End: hi + len(last)}
	n := 0
	for _, sn := range d.Sentences {
		if !body.Contains(sn.Span) {
			continue
		}
		n++
		if sn.Boilerplate || sn.Headline {
			t.Errorf("body sentence %q flagged boilerplate=%v headline=%v", sn.Of(d.Text), sn.Boilerplate, sn.Headline)
		}
	}
	if n == 0 {
		t.Errorf("no sentences in the body")
	}
}

func wantBoilerplate(t *testing.T, d *news.Doc, quotes ...string) {
	t.Helper()
	for _, q := range quotes {
		if !inRegion(t, d, q) {
			t.Errorf("%q is not boilerplate", q)
		}
	}
}

func wantHeadline(t *testing.T, d *news.Doc, want string) {
	t.Helper()
	if got := d.Headline.Of(d.Text); got != want {
		t.Errorf("headline = %q, want %q", got, want)
	}
}

var seedChecks = map[string]func(*testing.T, *news.Doc){
	"000": func(t *testing.T, d *news.Doc) {
		wantHeadline(t, d, "Seoul’s spy agency reveals North Korean forces learning drone tactics in Russia")
		wantBoilerplate(t, d, "By Aghakazim Guliyev")
		if got, want := d.Meta.Byline, "Aghakazim Guliyev"; got != want {
			t.Errorf("byline = %q, want %q", got, want)
		}
		bodyClean(t, d, "On March 5,", "North Korea's military ties.")
	},
	"001": func(t *testing.T, d *news.Doc) {
		wantHeadline(t, d, "Ukraine says North Korean soldiers in Russia’s Kursk Oblast receive combat drone training")
		// The date line, the repeated headline and the keyword salad under it.
		wantBoilerplate(t, d, "Nov 6, 2024", "yonhap north korea isolates families")
		// The donation appeal and the "Related:" heading before it.
		wantBoilerplate(t, d, "Related:", "You could close this page.", "cup of coffee", "Become a Patron!")
		bodyClean(t, d, "The Russians are training North Korean soldiers stationed", "11,000 North Korean troops in Kursk Oblast.")
		// The four-sentence quotation splits into its sentences.
		for _, q := range []string{"They will be used in combat.", "North Koreans in Russian military uniforms are embedded in Russian units in the Kursk Oblast."} {
			i := strings.Index(d.Text, q)
			if k := d.SentenceAt(i); k < 0 || d.Sentences[k].Of(d.Text) != q {
				t.Errorf("%q is not a sentence of its own", q)
			}
		}
	},
	"002": func(t *testing.T, d *news.Doc) {
		wantHeadline(t, d, "North Korea is preparing more troops and “suicide drones” to support Russia, according to Seoul")
		wantBoilerplate(t, d, "Monday, December 23", "EFE avatar", "By EFE", "Dec 23, 2024, 00:20 AM EST", "Keep reading:",
			"Russia promises “certain punishment”", "Who was Igor Kirillov", "Ukraine claims the death of Igor Kirillov")
		if got, want := d.Meta.Byline, "EFE"; got != want {
			t.Errorf("byline = %q, want %q", got, want)
		}
		bodyClean(t, d, "The South Korean military believes", "in the event of an attack.")
	},
	"003": func(t *testing.T, d *news.Doc) {
		wantHeadline(t, d, "Russia is passing on deadly drone techniques to North Korea, Ukraine official tells B-17")
		if len(d.Boilerplate) != 0 {
			t.Errorf("boilerplate %v in a file that has none", d.Boilerplate)
		}
		bodyClean(t, d, "Russia is teaching North Korean troops", "full-scale invasion of Ukraine in February 2022.")
	},
	"004": func(t *testing.T, d *news.Doc) {
		// The first line is a long sentence with a final stop: no headline.
		wantHeadline(t, d, "")
		wantBoilerplate(t, d, "Mutib Khalid is a skilled content writer", "achieve their goals.")
		bodyClean(t, d, "Russia and North Korea have drawn closer", "saying they were too small.")
	},
}
