package ingest

import (
	"context"
	"strings"
	"testing"
)

func TestAdd(t *testing.T) {
	st := openStore(t)
	in := &Ingester{Store: st, Analyzer: wordClaims{}}
	ctx := context.Background()
	tests := []struct {
		name, input, contentType, body string
		wantAdded                      bool
		wantClaims                     int // -1: any
		wantErr                        string
	}{
		{"text", "pasted", "text/plain", "Officials said 40 drones were launched.\nSecond line.", true, 2, ""},
		{"same text again", "again", "", "Officials said 40 drones were launched.\nSecond line.", false, 0, ""},
		{"html by type", "page", "text/html", "<html><body><article><p>Kyiv reported 12 missiles overnight, officials said on Monday in a statement.</p></article></body></html>", true, -1, ""},
		{"empty", "e", "text/plain", "  ", false, 0, "empty"},
		{"feed", "f", "", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`, false, 0, "feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := in.Add(ctx, tt.input, tt.contentType, []byte(tt.body))
			if tt.wantErr != "" {
				if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", r.Err, tt.wantErr)
				}
				return
			}
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if got, want := r.Added, tt.wantAdded; got != want {
				t.Errorf("added = %v, want %v", got, want)
			}
			if got, want := r.Claims, tt.wantClaims; tt.wantAdded && want >= 0 && got != want {
				t.Errorf("claims = %d, want %d", got, want)
			}
			if r.Doc == "" {
				t.Error("no document id")
			}
		})
	}
}
