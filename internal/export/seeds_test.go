package export

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
)

// The real reports in ../shared/seeds, analysed, export to a bundle that
// validates: real claims bring quotes with typographic quotes, dashes and
// long sentences that hand-made fixtures may miss.
func TestSTIXSeedsValidate(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(sharedDir(t, "seeds"), "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Skipf("no seed reports: %v", err)
	}
	c := compileSchemas(t)
	sch, err := c.Compile(schemaBase + "common/bundle.json")
	if err != nil {
		t.Fatal(err)
	}
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Docs: map[string]*store.Document{}, CountryOf: gaz.CountryOf}
	for _, path := range seeds {
		nd, _, err := ingest.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		nd.ID = store.DocID(nd.Text)
		if err := pipe.Run(context.Background(), &nd); err != nil {
			t.Fatal(err)
		}
		d := &store.Document{ID: nd.ID, Source: path, Text: nd.Text, Meta: nd.Meta, Claims: nd.Claims}
		if err := d.Prepare(); err != nil {
			t.Fatal(err)
		}
		in.Docs[d.ID] = d
		in.Claims = append(in.Claims, d.Claims...)
	}
	var buf bytes.Buffer
	if err := Write(&buf, "stix", in); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("seed bundle does not validate: %v", err)
	}
	objs := inst.(map[string]any)["objects"].([]any)
	t.Logf("%d seed reports, %d claims: %d STIX objects", len(seeds), len(in.Claims), len(objs))
	if len(objs) < len(in.Claims)+len(seeds) {
		t.Errorf("%d objects for %d claims in %d reports", len(objs), len(in.Claims), len(seeds))
	}
}
