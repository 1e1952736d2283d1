package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestAPISuccessEnvelope(t *testing.T) {
	st := openTestStore(t)
	docs := fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	tests := []struct {
		name, target string
		wantLen      int // entries in data when it is a list; -1 for an object
	}{
		{"docs", "/api/v1/docs", 3},
		{"docs page", "/api/v1/docs?limit=2&offset=2", 1},
		{"doc", "/api/v1/docs/" + docs[0].ID, -1},
		{"doc by prefix", "/api/v1/docs/" + docs[1].ID[:8], -1},
		{"claims", "/api/v1/claims", 4},
		{"claims by source", "/api/v1/claims?source=nis", 1},
		{"claims by type", "/api/v1/claims?type=statement", 1},
		{"claims by date", "/api/v1/claims?since=2025-01-12&until=2025-01-14", 1},
		{"claims by text", "/api/v1/claims?text=troops", 3},
		{"claims limit", "/api/v1/claims?limit=1&offset=1", 1},
		{"claims sorted", "/api/v1/claims?sort=-value&limit=2", 2},
		{"estimates", "/api/v1/estimates", 1},
		{"estimates query", "/api/v1/estimates?q=north+personnel", 1},
		{"estimates no match", "/api/v1/estimates?q=drones", 0},
		{"conflicts", "/api/v1/conflicts", 2},
		{"conflicts page", "/api/v1/conflicts?limit=1&offset=1", 1},
		{"conflicts past the end", "/api/v1/conflicts?offset=5", 0},
		{"sources", "/api/v1/sources", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", tt.target, nil, nil)
			if got, want := w.Code, http.StatusOK; got != want {
				t.Fatalf("status = %d, want %d: %s", got, want, w.Body)
			}
			if got, want := w.Header().Get("Content-Type"), "application/json; charset=utf-8"; got != want {
				t.Errorf("content type = %q, want %q", got, want)
			}
			e := decode(t, w)
			if got, want := e.Status, "success"; got != want {
				t.Errorf("status = %q, want %q", got, want)
			}
			if e.ErrorType != "" || e.Error != "" {
				t.Errorf("error fields set on success: %q %q", e.ErrorType, e.Error)
			}
			if tt.wantLen < 0 {
				if !strings.HasPrefix(string(e.Data), "{") {
					t.Errorf("data = %.60s, want an object", e.Data)
				}
				return
			}
			var list []json.RawMessage
			if err := json.Unmarshal(e.Data, &list); err != nil {
				t.Fatalf("data is not a list: %v: %.80s", err, e.Data)
			}
			if got, want := len(list), tt.wantLen; got != want {
				t.Errorf("len(data) = %d, want %d: %s", got, want, e.Data)
			}
		})
	}
}

func TestAPIClaimsAreContractJSON(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	e := decode(t, do(t, s, "GET", "/api/v1/claims?sort=-value", nil, nil))
	var claims []map[string]json.RawMessage
	if err := json.Unmarshal(e.Data, &claims); err != nil {
		t.Fatal(err)
	}
	fields := []string{"type", "doc", "start", "end", "quote", "sentence", "number_text", "value", "noun", "what",
		"measure", "actor", "location", "source", "via", "cue", "direct", "hedge", "said_on", "published"}
	for _, c := range claims {
		for _, f := range fields {
			if _, ok := c[f]; !ok {
				t.Errorf("claim %s lacks field %q", c["quote"], f)
			}
		}
	}
	var typed []news.Claim
	if err := json.Unmarshal(e.Data, &typed); err != nil {
		t.Fatal(err)
	}
	if got, want := typed[0].Quote, "12,000 troops"; got != want {
		t.Errorf("highest value first: quote = %q, want %q", got, want)
	}
}

func TestAPIErrors(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	tests := []struct {
		name, method, target string
		wantCode             int
		wantType, wantMsg    string
	}{
		{"bad limit", "GET", "/api/v1/claims?limit=abc", 400, "bad_data", "limit"},
		{"limit too big", "GET", "/api/v1/claims?limit=100000", 400, "bad_data", "outside"},
		{"negative offset", "GET", "/api/v1/claims?offset=-1", 400, "bad_data", "offset"},
		{"bad date", "GET", "/api/v1/claims?since=2025-13-01", 400, "bad_data", "since"},
		{"short date", "GET", "/api/v1/claims?until=2025-1-1", 400, "bad_data", "until"},
		{"dates reversed", "GET", "/api/v1/claims?since=2025-02-01&until=2025-01-01", 400, "bad_data", "before"},
		{"bad type", "GET", "/api/v1/claims?type=rumour", 400, "bad_data", "quantity or statement"},
		{"bad sort", "GET", "/api/v1/claims?sort=colour", 400, "bad_data", "sort"},
		{"repeated", "GET", "/api/v1/claims?actor=a&actor=b", 400, "bad_data", "2 times"},
		{"docs bad limit", "GET", "/api/v1/docs?limit=0", 400, "bad_data", "limit"},
		{"unknown doc", "GET", "/api/v1/docs/abcdef0123", 404, "not_found", "not found"},
		{"not hex", "GET", "/api/v1/docs/xyz%3Cb%3E", 404, "not_found", "hex"},
		{"unknown endpoint", "GET", "/api/v1/nothing", 404, "not_found", "no endpoint"},
		{"wrong method", "DELETE", "/api/v1/claims", 404, "not_found", "no endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, tt.method, tt.target, nil, nil)
			if got, want := w.Code, tt.wantCode; got != want {
				t.Errorf("status = %d, want %d: %s", got, want, w.Body)
			}
			e := decode(t, w)
			if got, want := e.Status, "error"; got != want {
				t.Errorf("status = %q, want %q", got, want)
			}
			if got, want := e.ErrorType, tt.wantType; got != want {
				t.Errorf("errorType = %q, want %q", got, want)
			}
			if !strings.Contains(e.Error, tt.wantMsg) {
				t.Errorf("error = %q, want it to mention %q", e.Error, tt.wantMsg)
			}
		})
	}
}

func TestAPIWarnsOfMorePages(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	e := decode(t, do(t, s, "GET", "/api/v1/conflicts?limit=1", nil, nil))
	if got, want := strings.Join(e.Warnings, ";"), "1 of 2 shown: ask for offset=1 for more"; got != want {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	if w := do(t, s, "GET", "/api/v1/sources?limit=0", nil, nil); w.Code != 400 {
		t.Errorf("limit=0: status %d, want 400", w.Code)
	}
}

func TestAPIWarnsUnknownParameters(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	e := decode(t, do(t, s, "GET", "/api/v1/claims?actr=North+Korea", nil, nil))
	if got, want := e.Status, "success"; got != want {
		t.Fatalf("status = %q, want %q", got, want)
	}
	if got, want := strings.Join(e.Warnings, ";"), `unknown parameter "actr" ignored`; got != want {
		t.Errorf("warnings = %q, want %q", got, want)
	}
}

func TestAPIDocHasClaimsAndCopies(t *testing.T) {
	st := openTestStore(t)
	text := strings.Repeat("Officials in Seoul described the deployment at length, citing satellite images and intercepts. ", 12) +
		"Seoul's spy agency said about 11,000 troops were deployed. A diplomat said talks would go on."
	orig := putDoc(t, st, "Original", "Seoul Daily", "2025-01-10", text,
		claimSpec{quote: "about 11,000 troops", source: "South Korea NIS", srcType: "agency", value: approx(11000)},
		claimSpec{quote: "talks would go on", source: "a diplomat", srcType: "unnamed"})
	// A reprint with a line added: the same story.
	cp := putDoc(t, st, "Reprint", "Other Daily", "2025-01-11", text+"\nReprinted with permission.")
	s := newTestServer(t, st, nil)
	var d docData
	e := decode(t, do(t, s, "GET", "/api/v1/docs/"+orig.ID, nil, nil))
	if err := json.Unmarshal(e.Data, &d); err != nil {
		t.Fatal(err)
	}
	if got, want := len(d.Claims), 2; got != want {
		t.Errorf("claims = %d, want %d", got, want)
	}
	for _, c := range d.Claims {
		if got, want := d.Doc.Text[c.Start:c.End], c.Quote; got != want {
			t.Errorf("text at claim span = %q, want the quote %q", got, want)
		}
	}
	if got, want := len(d.Copies), 1; got != want {
		t.Fatalf("copies = %d, want %d", got, want)
	}
	if got, want := d.Copies[0].ID, cp.ID; got != want {
		t.Errorf("copy = %s, want %s", got, want)
	}
}

func TestAPIAmbiguousPrefix(t *testing.T) {
	st := openTestStore(t)
	// Store documents until two ids share their first four characters (a
	// few hundred, by the birthday bound): that prefix is ambiguous.
	seen := map[string]bool{}
	var prefix string
	for i := 0; prefix == ""; i++ {
		d := putDoc(t, st, "d", "", "", strings.Repeat("x", i+1))
		if seen[d.ID[:4]] {
			prefix = d.ID[:4]
		}
		seen[d.ID[:4]] = true
		if i > 5000 {
			t.Skip("no shared prefix found")
		}
	}
	s := newTestServer(t, st, nil)
	w := do(t, s, "GET", "/api/v1/docs/"+prefix, nil, nil)
	if got, want := w.Code, http.StatusBadRequest; got != want {
		t.Errorf("status = %d, want %d: %s", got, want, w.Body)
	}
	if e := decode(t, w); !strings.Contains(e.Error, "ambiguous") {
		t.Errorf("error = %q, want it to say the prefix is ambiguous", e.Error)
	}
}
