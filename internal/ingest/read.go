package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/sitrep/sitrep/internal/news"
)

// MaxBytes is the default size limit of one input (file, stdin or page).
const MaxBytes = 20 << 20

// ReadFile reads a local file for analysis, as `extract` does: a file named
// .html/.htm or starting with an HTML tag is a web page, whose article text
// and metadata are extracted; anything else is plain text, kept byte for
// byte. The returned Doc has ID and Path set to path, Text and Meta filled;
// raw is the file's bytes. Errors name the file and the problem: unreadable,
// empty, larger than MaxBytes, binary, invalid UTF-8, no article text.
func ReadFile(path string) (doc news.Doc, raw []byte, err error) {
	f, err := os.Open(path)
	if err != nil {
		return news.Doc{}, nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return news.Doc{}, nil, fmt.Errorf("%s: is a directory", path)
	}
	return Read(path, f)
}

// Read is ReadFile for a reader, such as stdin ("-"): name is what errors
// and Doc.Path say.
func Read(name string, r io.Reader) (news.Doc, []byte, error) {
	raw, err := readLimited(r, MaxBytes)
	if err != nil {
		return news.Doc{}, nil, fmt.Errorf("%s: %w", name, err)
	}
	text, meta, _, err := Parse(name, "", "", raw)
	if err != nil {
		return news.Doc{}, nil, fmt.Errorf("%s: %w", name, err)
	}
	return news.Doc{ID: name, Path: name, Text: text, Meta: meta}, raw, nil
}

// Parse turns the bytes of one input into document text and metadata. name
// is a path or URL, pageURL the page's address when fetched (else ""), and
// contentType the header when fetched (else ""). Feeds are not documents:
// they give an error here; Ingester handles them.
func Parse(name, pageURL, contentType string, raw []byte) (string, news.Meta, Kind, error) {
	kind, err := Detect(name, contentType, raw)
	if err != nil {
		return "", news.Meta{}, kind, err
	}
	switch kind {
	case KindFeed:
		return "", news.Meta{}, kind, errors.New("a feed, not a document")
	case KindHTML:
		text, meta, err := ExtractHTML(raw, pageURL, contentType)
		return text, meta, kind, err
	}
	if err := checkText(raw); err != nil {
		return "", news.Meta{}, kind, err
	}
	return string(raw), news.Meta{URL: pageURL}, kind, nil
}

// readLimited reads all of r, refusing more than limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", unwrapPath(err))
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d MB", ErrTooLarge, limit>>20)
	}
	return b, nil
}

// unwrapPath drops the *PathError's own copy of the path, which the caller's
// message already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
