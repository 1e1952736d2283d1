package eval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The corpus must stay at least this large (issues 2 and 3).
const (
	minDocs         = 18
	minQuantities   = 130
	minAttributions = 90
)

var (
	measures = []string{"deployed", "reinforced", "planned", "trained", "killed", "wounded", "casualties",
		"captured", "missing", "supplied", "produced", "launched", "intercepted", "other"}
	whats  = []string{"personnel", "casualties", "equipment", "munitions", "drones", "missiles", "money", "percent", "other"}
	kinds  = []string{"exact", "approx", "min", "max", "range"}
	hedges = []string{"asserted", "estimated", "believed", "reported", "unconfirmed", "planned", "denied"}
)

// nonQuantities are strings in the corpus that look numeric but are not
// quantities (dates, times, ages, calibers, model numbers, ordinals, page
// furniture): no gold number may overlap them.
var nonQuantities = []string{
	"Feb 27", "August 2023", "2021 coup", "6:14 a.m.", "10:42 BST", "45-year-old", "23-year-old", "aged between 20 and 26",
	"240mm", "170mm", "155mm", "122mm", "240-millimeter", "600mm", "KN-23", "KN-25", "Su-27", "MiG-29", "S-400",
	"Shahed-136", "No. 14", "No. 5", "1st major city", "Page 2 of 3", "5 min read", "12 comments", "7 comments",
	"episode 212", "(1:32)", "$5 a month", "1,248 readers", "displaced millions", "Top 10 stories", "3 issues a week",
	"40th marathon", "three days", "a week after", "first half of the year", "Channel 9", "One Year On", "GMT+2",
	"Dec. 14 and 15", "2024-05-30 09:48", "+380 44 000 0000", "Geran-2s", "our two countries", "82,",
}

// cues are reporting words and phrases (issue 3) some gold attribution must use.
var cues = []string{
	"said", "says", "stated", "told", "revealed", "reported", "noted", "warned", "added", "estimated", "believes",
	"assessed", "confirmed", "denied", "claimed", "accused", "mentioned", "according to", "said in a post on",
	"said in a statement to", "report said",
}

// coverage lists what the corpus must exercise, as substrings of some gold
// number_text (lowercased).
var coverage = []string{
	"dozens", "several dozen", "several hundred", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions",
	"between 11,000 and 12,000", "10,000-12,000", "11,000 to 12,000", "two million", "eleven thousand", "15-thousand",
	"a dozen", "four-thousand-100", "percent", "more than", "up to", "as many as", "at least", "about", "some", "an estimated",
}

func loadCorpus(t *testing.T) ([]GoldDoc, map[string][]byte) {
	t.Helper()
	return loadSet(t, corpusDir(t))
}

// loadSet reads an annotated set: dir/gold.jsonl and the texts it names.
func loadSet(t *testing.T, dir string) ([]GoldDoc, map[string][]byte) {
	t.Helper()
	gold, err := LoadGold(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := LoadTexts(dir, gold)
	if err != nil {
		t.Fatal(err)
	}
	return gold, texts
}

func TestCorpusGold(t *testing.T) {
	gold, texts := loadCorpus(t)
	seen := map[string]bool{}
	var nq, na int
	used := map[string]map[string]bool{"measure": {}, "what": {}, "kind": {}, "hedge": {}}
	var numberTexts []string
	var attrs []GoldAttribution
	for _, g := range gold {
		t.Run(g.ID, func(t *testing.T) {
			text := texts[g.Name()]
			if seen[g.ID] || seen[g.Name()] {
				t.Errorf("duplicate id or file")
			}
			seen[g.ID], seen[g.Name()] = true, true
			sum := sha256.Sum256(text)
			if got, want := hex.EncodeToString(sum[:]), g.SHA256; got != want {
				t.Errorf("sha256 of %s = %s, gold says %s (update gold.jsonl after editing a text)", g.Name(), got, want)
			}
			if g.Lang != "en" {
				t.Errorf("lang = %q, want en", g.Lang)
			}
			checkDate(t, "published", g.Published)
			for _, c := range g.Claims {
				nq++
				numberTexts = append(numberTexts, strings.ToLower(c.NumberText))
				checkQuote(t, text, c.Quote)
				if !strings.Contains(c.Quote, c.NumberText) || c.NumberText == "" {
					t.Errorf("number_text %q is not inside quote %q", c.NumberText, c.Quote)
				}
				checkEnum(t, "measure", c.Measure, measures, used)
				for _, m := range c.MeasureAlt {
					checkEnum(t, "measure_alt", m, measures, nil)
				}
				checkEnum(t, "what", c.What, whats, used)
				checkEnum(t, "kind", c.Value.Kind, kinds, used)
				checkEnum(t, "hedge", c.Hedge, hedges, used)
				checkValue(t, c)
				checkDate(t, "said_on", c.SaidOn)
				if c.Source == "" || c.Noun == "" {
					t.Errorf("%q: empty source or noun", c.Quote)
				}
				checkNonQuantities(t, text, c)
			}
			for _, a := range g.Attributions {
				na++
				attrs = append(attrs, a)
				checkQuote(t, text, a.Quote)
				checkEnum(t, "hedge", a.Hedge, hedges, used)
				checkDate(t, "said_on", a.SaidOn)
				if a.Source == "" || a.Cue == "" {
					t.Errorf("%q: empty source or cue", a.Quote)
				}
			}
		})
	}
	t.Logf("corpus: %d documents, %d quantities, %d attributions", len(gold), nq, na)
	if len(gold) < minDocs || nq < minQuantities || na < minAttributions {
		t.Errorf("corpus has %d documents, %d quantities, %d attributions; want at least %d, %d, %d",
			len(gold), nq, na, minDocs, minQuantities, minAttributions)
	}
	for field, all := range map[string][]string{"measure": measures, "what": whats, "kind": kinds, "hedge": hedges} {
		for _, v := range all {
			if !used[field][v] {
				t.Errorf("no gold annotation has %s %q", field, v)
			}
		}
	}
	for _, want := range coverage {
		if !slices.ContainsFunc(numberTexts, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no gold number_text contains %q", want)
		}
	}
	for _, cue := range cues {
		if !slices.ContainsFunc(attrs, func(a GoldAttribution) bool { return a.Cue == cue }) {
			t.Errorf("no gold attribution has cue %q", cue)
		}
	}
	for name, has := range map[string]func(GoldAttribution) bool{
		"a relay":         func(a GoldAttribution) bool { return len(a.Via) > 0 },
		"a direct quote":  func(a GoldAttribution) bool { return a.Direct },
		"a said_on date":  func(a GoldAttribution) bool { return a.SaidOn != nil },
		"an outlet cited": func(a GoldAttribution) bool { return a.Source == "outlet" },
	} {
		if !slices.ContainsFunc(attrs, has) {
			t.Errorf("no gold attribution has %s", name)
		}
	}
	for _, nq := range nonQuantities {
		if !slices.ContainsFunc(gold, func(g GoldDoc) bool { return bytes.Contains(texts[g.Name()], []byte(nq)) }) {
			t.Errorf("non-quantity %q occurs in no corpus text", nq)
		}
	}
}

func checkQuote(t *testing.T, text []byte, quote string) {
	t.Helper()
	switch n := bytes.Count(text, []byte(quote)); {
	case quote == "":
		t.Errorf("empty quote")
	case n == 0:
		t.Errorf("quote %q does not occur in the text", quote)
	case n > 1:
		t.Errorf("quote %q occurs %d times; make it unique so its span is unambiguous", quote, n)
	}
}

func checkEnum(t *testing.T, field, v string, allowed []string, used map[string]map[string]bool) {
	t.Helper()
	if !slices.Contains(allowed, v) {
		t.Errorf("%s %q is not one of %v", field, v, allowed)
	}
	if used != nil {
		used[field][v] = true
	}
}

func checkValue(t *testing.T, c GoldClaim) {
	t.Helper()
	v := c.Value
	if v.Kind == "range" && !(0 < v.Low && v.Low < v.High) || v.Kind != "range" && v.V <= 0 {
		t.Errorf("%q: implausible value %+v", c.Quote, v)
	}
}

func checkDate(t *testing.T, field string, s *string) {
	t.Helper()
	if s == nil {
		return
	}
	if _, err := time.Parse(time.DateOnly, *s); err != nil {
		t.Errorf("%s %q is not a YYYY-MM-DD date", field, *s)
	}
}

// checkNonQuantities fails when the claim's number lies on a string that is
// not a quantity.
func checkNonQuantities(t *testing.T, text []byte, c GoldClaim) {
	t.Helper()
	qs := bytes.Index(text, []byte(c.Quote))
	if qs < 0 {
		return
	}
	ns := qs + strings.Index(c.Quote, c.NumberText)
	ne := ns + len(c.NumberText)
	for _, nq := range nonQuantities {
		for off := 0; ; {
			i := bytes.Index(text[off:], []byte(nq))
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(nq)
			if s < ne && ns < e {
				t.Errorf("number %q of %q overlaps non-quantity %q", c.NumberText, c.Quote, nq)
			}
			off = e
		}
	}
}

func TestCorpusTextsAreClean(t *testing.T) {
	dir := corpusDir(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	gold, _ := loadCorpus(t)
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			if !slices.ContainsFunc(gold, func(g GoldDoc) bool { return g.Name() == name }) {
				t.Errorf("%s has no gold entry", name)
			}
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, []byte("\r")) {
				t.Errorf("%s has carriage returns; score.py translates newlines, so offsets would differ", name)
			}
		})
	}
}
