// Package store keeps documents, their annotations and their claims, and
// answers queries over them. Store is the contract; sqlite implements it over
// an embedded database file, and a PostgreSQL implementation must pass the
// same suite (storetest.Run).
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"
	"unsafe"

	"github.com/sitrep/sitrep/internal/news"
)

// Sentinel errors. Implementations wrap them with context, so callers test
// with errors.Is.
var (
	// ErrNotFound: no document has the requested id or id prefix.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous: an id prefix matches more than one document.
	ErrAmbiguous = errors.New("ambiguous id prefix")
	// ErrInvalid: a document or filter breaks the rules documented here
	// (id not the hash of the text, a claim span outside the text, ...).
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable: the DSN names a backend this build does not include.
	ErrUnavailable = errors.New("not available in this build")
)

// Store holds documents and claims. Every method is safe for concurrent use
// by several goroutines, and several processes may open the same database.
// A Store never changes a stored document: documents are immutable and keyed
// by DocID(text).
type Store interface {
	// Put stores d with its annotations and claims in one transaction: after a
	// crash either all of it is stored or none of it is.
	//
	// d.ID must be DocID(d.Text), and every claim's quote must be
	// d.Text[Start:End]; otherwise Put returns an error wrapping ErrInvalid and
	// stores nothing. Put sets each claim's Doc to d.ID and fills an empty
	// claim ID with ClaimID.
	//
	// If a document with d.ID is already stored, Put changes nothing and
	// returns added == false. Otherwise it returns added == true. In both cases
	// it sets d.Story and d.Ingested to the stored values: the story of the
	// stored document whose sketch lies within simhash.MaxDistance bits of
	// d.Sketch (the earliest stored, when several do), else d.ID itself.
	Put(ctx context.Context, d *Document) (added bool, err error)

	// Has reports whether a document with exactly this id is stored. It lets
	// ingest skip analysing documents it already holds.
	Has(ctx context.Context, id string) (bool, error)

	// Document returns the document whose id is id or starts with id (at least
	// 4 characters), with its text, raw bytes, annotations and claims (in
	// text order). It returns an error wrapping ErrNotFound when none matches
	// and ErrAmbiguous when a prefix matches several.
	Document(ctx context.Context, id string) (*Document, error)

	// Documents lists stored documents in the order they were stored, without
	// Text, Raw, Sentences, Entities or Claims, but with NumClaims. No match
	// is an empty list, not an error.
	Documents(ctx context.Context, f DocFilter) ([]Document, error)

	// Claims returns the claims matching f, ordered by document (in storing
	// order) and then by position in the text. No match is an empty list, not
	// an error; a malformed filter is an error wrapping ErrInvalid.
	Claims(ctx context.Context, f ClaimFilter) ([]news.Claim, error)

	// DocClaims is Claims with each claim's document metadata (outlet,
	// publication date, story), for consolidation across sources.
	DocClaims(ctx context.Context, f ClaimFilter) ([]DocClaim, error)

	// Close releases the store. Methods called after Close return errors.
	Close() error
}

// Document is a stored document.
type Document struct {
	ID          string    `json:"id"`           // DocID(Text)
	Source      string    `json:"source"`       // file, URL or "-" as given when first stored
	ContentType string    `json:"content_type"` // "text/plain", "text/html", ...
	Meta        news.Meta `json:"meta"`
	Text        string    `json:"text,omitempty"` // the text every offset indexes
	Raw         []byte    `json:"-"`              // the bytes as read or fetched
	Sketch      uint64    `json:"sketch"`         // simhash.Sketch(Text)
	Story       string    `json:"story"`          // near-duplicate group: the id of its first document
	Ingested    time.Time `json:"ingested"`       // set by Put (UTC)
	NumClaims   int       `json:"claims"`

	Sentences []news.Sentence `json:"sentences,omitempty"`
	Entities  []news.Entity   `json:"entities,omitempty"`
	Claims    []news.Claim    `json:"-"`
}

// DocClaim is a claim with the metadata of its document.
type DocClaim struct {
	news.Claim
	Outlet    string    // the document's outlet (site name), "" when unknown
	Published time.Time // the document's publication date, zero when unknown
	Story     string    // the document's story id
	URL       string
}

// DocFilter selects documents. Zero fields do not filter.
type DocFilter struct {
	Story  string // documents of this story
	Text   string // full-text search over title and text: every word must occur
	Limit  int    // at most this many (0: no limit)
	Offset int
}

// ClaimFilter selects claims. Zero fields do not filter; all set fields must
// match. String matches ignore case.
type ClaimFilter struct {
	Doc     string // the document id or an id prefix
	Type    string // news.ClaimQuantity or news.ClaimStatement
	Source  string // source name contains it, or the source type equals it
	Actor   string // actor equals it
	Measure string // measure equals it
	What    string // what equals it
	// Since and Until bound the claim's date, said_on where known, else the
	// document's published date, as "YYYY-MM-DD", both inclusive. Claims with
	// neither date are left out when either bound is set.
	Since, Until string
	// Text: full-text search over the claim's quote and sentence. Every word
	// must occur (words, not query syntax).
	Text   string
	Limit  int // at most this many (0: no limit)
	Offset int
}

// Validate checks the filter's dates.
func (f ClaimFilter) Validate() error {
	for _, d := range []string{f.Since, f.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("date %q is not YYYY-MM-DD: %w", d, ErrInvalid)
		}
	}
	if f.Limit < 0 || f.Offset < 0 {
		return fmt.Errorf("negative limit or offset: %w", ErrInvalid)
	}
	return nil
}

// DocID is the id of a document with this text: the hex SHA-256 of the text.
// The text, not the raw bytes, is hashed so that fetching a page again with
// different ads or markup around the same article stores nothing new.
func DocID(text string) string {
	// The hash reads the text in place: a []byte(text) copy would cost
	// extract an allocation the size of every document.
	h := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	var id [2 * sha256.Size]byte
	hex.Encode(id[:], h[:])
	return string(id[:])
}

// ClaimID is the stable id of a claim: a hash of its document, span and type.
func ClaimID(doc string, start, end int, typ string) string {
	h := sha256.Sum256([]byte(doc + "\x00" + strconv.Itoa(start) + "\x00" + strconv.Itoa(end) + "\x00" + typ))
	return hex.EncodeToString(h[:12])
}

// Check validates d for Put: the id, the claim spans and quotes.
func (d *Document) Check() error {
	if d.ID != DocID(d.Text) {
		return fmt.Errorf("document %.12s: id is not the hash of its text: %w", d.ID, ErrInvalid)
	}
	for i, c := range d.Claims {
		if !(news.Span{Start: c.Start, End: c.End}).Valid(len(d.Text)) {
			return fmt.Errorf("document %.12s: claim %d: span [%d,%d) outside the text: %w", d.ID, i, c.Start, c.End, ErrInvalid)
		}
		if d.Text[c.Start:c.End] != c.Quote {
			return fmt.Errorf("document %.12s: claim %d: quote is not the text it points at: %w", d.ID, i, ErrInvalid)
		}
	}
	return nil
}

// Prepare checks d and fills what Put fills in the claims: Doc and empty IDs.
func (d *Document) Prepare() error {
	if err := d.Check(); err != nil {
		return err
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		c.Doc = d.ID
		if c.ID == "" {
			c.ID = ClaimID(d.ID, c.Start, c.End, c.Type)
		}
	}
	return nil
}

// BatchPutter is a Store that can store several documents in one
// transaction, which costs far less than one transaction each. Ingest uses
// it when the store has it.
type BatchPutter interface {
	// PutBatch is Put for each of docs in order, in one transaction: after
	// a crash either all of the batch is stored or none of it. A document
	// sees the ones before it in the batch (a repeat is not added; a near
	// duplicate joins their story). If any document is invalid, PutBatch
	// returns an error wrapping ErrInvalid and stores nothing; callers that
	// want one bad document not to sink the others call Prepare first.
	PutBatch(ctx context.Context, docs []*Document) (added []bool, err error)
}

// ClaimStreamer is a Store that hands out claims as the JSON objects
// `claims --format jsonl` prints, without decoding and encoding each one.
type ClaimStreamer interface {
	// ClaimsJSON calls emit with each claim matching f, in the order of
	// Claims, as one JSON object without a newline: the bytes encoding the
	// news.Claim with HTML escaping off gives. The slice is valid only
	// during the call. An error from emit stops the query and is returned.
	ClaimsJSON(ctx context.Context, f ClaimFilter, emit func([]byte) error) error
}

// WorkClaimer is a Store that several processes can share the work of
// ingesting through: a process claims a document (by its id) before
// analysing it, so that processes reading the same inputs analyse each
// document once between them rather than once each. Claims only save work:
// writes are keyed by content, so a document analysed twice is still
// stored once. A store that only one process writes at a time (SQLite)
// need not implement it.
type WorkClaimer interface {
	// ClaimWork claims the work named by key for this process; ok is false
	// when another holder (another process, or this one) has it now.
	// release ends the claim; it is safe to call more than once. A claim
	// must end when its process does, however it ends, so that work a
	// dead process held goes to another.
	ClaimWork(ctx context.Context, key string) (release func(), ok bool, err error)
	// AwaitWork is ClaimWork waiting, until ctx ends, while another holds
	// the claim.
	AwaitWork(ctx context.Context, key string) (release func(), err error)
}

// ResultCache is implemented by stores that can keep results computed from
// their whole content, such as the consolidated series, so that a command
// run again on an unchanged store reads them instead of recomputing them.
type ResultCache interface {
	// Generation names the store's current content: it changes whenever a
	// document or claim is added or removed, and stays the same otherwise.
	Generation(ctx context.Context) (string, error)
	// Result returns the value kept under key and the generation it was
	// computed at; an error wrapping ErrNotFound when nothing is kept.
	Result(ctx context.Context, key string) (generation string, value []byte, err error)
	// PutResult keeps value under key, replacing what was there.
	PutResult(ctx context.Context, key, generation string, value []byte) error
}
