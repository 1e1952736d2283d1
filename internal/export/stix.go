package export

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// STIX objects are JSON maps: encoding/json writes map keys sorted, so the
// same input always gives the same bytes.
type object = map[string]any

// namespace seeds the UUIDv5 of every exported object: ids follow from
// claim, document and entity names alone, so exporting again gives the same
// ids and an importer updates objects instead of duplicating them.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/sitrep/sitrep/stix"))

// stixID returns the deterministic id of a STIX object of type typ named by key.
func stixID(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(namespace, []byte(typ+"\x00"+key)).String()
}

// definedAt stamps the objects that no document dates (sitrep's identity,
// the extension definition, sources and places), so re-exports agree.
var definedAt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Extension names the sitrep claim extension: notes carry the claim under
// extensions[ExtensionID] as a property-extension.
var (
	ExtensionID = stixID("extension-definition", "sitrep-claim/1.0")
	identityID  = stixID("identity", "system:sitrep")
)

func stamp(t time.Time) string {
	if t.IsZero() {
		t = definedAt
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

func base(typ, id string, created time.Time) object {
	ts := stamp(created)
	return object{"type": typ, "spec_version": "2.1", "id": id, "created": ts, "modified": ts}
}

// bundler collects the objects of one bundle, each shared object once.
type bundler struct {
	in      *Input
	shared  map[string]object // identities and locations by id
	reports map[string]object // by document id
	order   []string          // document ids, first seen first
	notes   []object
}

// Bundle builds a STIX 2.1 bundle of in: a report per document, identity
// objects for sources and outlets, location objects, and each claim as a
// note whose sitrep extension keeps the claim JSON and its W3C Web
// Annotation selectors (TextQuoteSelector and TextPositionSelector). The
// hedge sets the note's confidence through the ICD 203 scale. Every claim's
// document must be in in.Docs with its text.
func Bundle(in Input) (object, error) {
	b := &bundler{in: &in, shared: map[string]object{}, reports: map[string]object{}}
	ids := make([]string, 0, len(in.Claims))
	for i := range in.Claims {
		if err := b.claim(&in.Claims[i]); err != nil {
			return nil, err
		}
		ids = append(ids, in.Claims[i].ID)
	}
	objs := []any{b.sitrep(), b.extension()}
	sharedIDs := make([]string, 0, len(b.shared))
	for id := range b.shared {
		sharedIDs = append(sharedIDs, id)
	}
	slices.Sort(sharedIDs)
	for _, id := range sharedIDs {
		objs = append(objs, b.shared[id])
	}
	for _, d := range b.order {
		objs = append(objs, b.reports[d])
	}
	for _, n := range b.notes {
		objs = append(objs, n)
	}
	slices.Sort(ids)
	return object{
		"type":    "bundle",
		"id":      stixID("bundle", strings.Join(ids, ",")),
		"objects": objs,
	}, nil
}

func (b *bundler) sitrep() object {
	o := base("identity", identityID, definedAt)
	o["name"] = "sitrep"
	o["identity_class"] = "system"
	o["description"] = "Claims extracted from news reports by sitrep: what is claimed, by whom, how firmly, when."
	return o
}

func (b *bundler) extension() object {
	o := base("extension-definition", ExtensionID, definedAt)
	o["created_by_ref"] = identityID
	o["name"] = "sitrep claim"
	o["description"] = "A claim drawn from a news report. 'claim' is the claim as sitrep's claim JSON " +
		"(CONTRACT.md): type, quote, byte offsets start and end into the document text, value, what, measure, " +
		"actor, location, source, via, cue, hedge, said_on, published. 'target' locates the quote in the " +
		"document as a W3C Web Annotation target: 'source' (the document URL, else its id) and 'selector' " +
		"(a TextQuoteSelector and a TextPositionSelector counting Unicode characters)."
	o["schema"] = "https://github.com/sitrep/sitrep/blob/main/README.md#export"
	o["version"] = "1.0"
	o["extension_types"] = []string{"property-extension"}
	return o
}

func (b *bundler) claim(c *news.Claim) error {
	d := b.in.Docs[c.Doc]
	if d == nil {
		return fmt.Errorf("export stix: claim %s: document %.12s not given", c.ID, c.Doc)
	}
	if !(news.Span{Start: c.Start, End: c.End}).Valid(len(d.Text)) || d.Text[c.Start:c.End] != c.Quote {
		return fmt.Errorf("export stix: claim %s: quote is not the text of document %.12s at [%d,%d)", c.ID, c.Doc, c.Start, c.End)
	}
	rep := b.report(d)
	refs := []string{rep["id"].(string), b.source(c.Source)}
	if loc := news.Deref(c.Location); loc != "" {
		refs = append(refs, b.location(loc))
	}
	n := base("note", stixID("note", c.ID), d.Ingested)
	n["created_by_ref"] = identityID
	n["abstract"] = abstract(c)
	n["content"] = c.Sentence
	n["authors"] = []string{c.Source.Name}
	n["object_refs"] = refs
	labels := []string{"sitrep-claim", "type:" + c.Type, "hedge:" + c.Hedge}
	if v, term, ok := Confidence(c.Hedge); ok {
		n["confidence"] = v
		labels = append(labels, "icd203:"+strings.ReplaceAll(term, " ", "-"))
	}
	n["labels"] = labels
	if d.Meta.Lang != "" {
		n["lang"] = d.Meta.Lang
	}
	if refs := externalRefs(d); len(refs) > 0 {
		n["external_references"] = refs
	}
	raw, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("export stix: claim %s: %w", c.ID, err)
	}
	target := d.Meta.URL
	if !isWebURL(target) {
		target = "urn:sitrep:doc:" + d.ID
	}
	n["extensions"] = object{ExtensionID: object{
		"extension_type": "property-extension",
		"claim":          json.RawMessage(raw),
		"target":         object{"source": target, "selector": Selectors(d.Text, c.Start, c.End)},
	}}
	b.notes = append(b.notes, n)
	refsOf := rep["object_refs"].([]string)
	rep["object_refs"] = appendNew(appendNew(refsOf, n["id"].(string)), refs[1:]...)
	return nil
}

// abstract is the note's one-line summary: who says what, how firmly.
func abstract(c *news.Claim) string {
	what := c.Quote
	if c.Value != nil {
		what = c.Value.String() + " " + news.Deref(c.Noun)
		if m := news.Deref(c.Measure); m != "" && m != "other" {
			what += " " + m
		}
	}
	return strings.TrimSpace(fmt.Sprintf("%s (%s): %s", c.Source.Name, c.Hedge, strings.Join(strings.Fields(what), " ")))
}

func (b *bundler) report(d *store.Document) object {
	if r, ok := b.reports[d.ID]; ok {
		return r
	}
	r := base("report", stixID("report", d.ID), d.Ingested)
	r["created_by_ref"] = identityID
	name := d.Meta.Title
	if name == "" {
		name = d.Source
	}
	r["name"] = name
	pub := d.Meta.Published
	if pub.IsZero() {
		pub = d.Ingested
	}
	r["published"] = stamp(pub)
	r["report_types"] = []string{"news-report"}
	var refs []string
	if d.Meta.Outlet != "" {
		refs = append(refs, b.outlet(d.Meta.Outlet))
		r["description"] = "Reported by " + d.Meta.Outlet
	}
	r["object_refs"] = refs
	if d.Meta.Lang != "" {
		r["lang"] = d.Meta.Lang
	}
	r["external_references"] = externalRefs(d)
	b.reports[d.ID] = r
	b.order = append(b.order, d.ID)
	return r
}

// externalRefs points at the document: its page, and its sitrep id, which
// is the SHA-256 of its text.
func externalRefs(d *store.Document) []object {
	self := object{"source_name": "sitrep", "external_id": d.ID,
		"hashes": object{"SHA-256": d.ID}, "description": "sitrep document id: SHA-256 of the document text"}
	if !isWebURL(d.Meta.URL) {
		return []object{self}
	}
	src := d.Meta.Outlet
	if src == "" {
		src = "web"
	}
	return []object{{"source_name": src, "url": d.Meta.URL}, self}
}

func isWebURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// identityClass maps a claim's source type to STIX's identity-class vocabulary.
var identityClass = map[string]string{
	news.SourcePerson: "individual", news.SourceAgency: "organization", news.SourceGovernment: "organization",
	news.SourceMilitary: "organization", news.SourceMedia: "organization", news.SourceOutlet: "organization",
	news.SourceExperts: "group", news.SourceUnnamed: "unknown",
}

func (b *bundler) source(s news.Source) string {
	id := stixID("identity", s.Type+":"+s.Name)
	if _, ok := b.shared[id]; ok {
		return id
	}
	o := base("identity", id, definedAt)
	o["name"] = s.Name
	cls, ok := identityClass[s.Type]
	if !ok {
		cls = "unknown"
	}
	o["identity_class"] = cls
	o["roles"] = []string{"source:" + s.Type}
	if t := news.Deref(s.Title); t != "" {
		o["description"] = t
	}
	b.shared[id] = o
	return id
}

func (b *bundler) outlet(name string) string {
	return b.source(news.Source{Name: name, Type: news.SourceOutlet})
}

func (b *bundler) location(name string) string {
	id := stixID("location", name)
	if _, ok := b.shared[id]; ok {
		return id
	}
	o := base("location", id, definedAt)
	o["name"] = name
	country := ""
	if b.in.CountryOf != nil {
		country = b.in.CountryOf(name)
	}
	switch {
	case country == "":
		// Unknown to the gazetteer: STIX needs a country or region, and a
		// name the gazetteer does not place is most often a country.
		o["country"] = name
	case country == name:
		o["country"] = name
	default:
		o["country"] = country
		o["administrative_area"] = name
	}
	b.shared[id] = o
	return id
}

func appendNew(s []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}
