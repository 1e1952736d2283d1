package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
	"syscall"

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

// ReadDoc is ReadFile for a caller that needs only the document, as extract
// does: same document, same errors. The file is read into a pooled buffer,
// without a stat (a directory fails its read), so reading takes one
// allocation, the text, and fewer system calls.
func ReadDoc(path string) (news.Doc, error) {
	f, err := openFile(path)
	if err != nil {
		return news.Doc{}, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	buf := readBufs.Get().(*[]byte)
	raw, err := readAll(f, *buf, MaxBytes)
	if err != nil {
		putReadBuf(buf, raw)
		if errors.Is(err, syscall.EISDIR) {
			return news.Doc{}, fmt.Errorf("%s: is a directory", path)
		}
		return news.Doc{}, fmt.Errorf("%s: %w", path, err)
	}
	text, meta, kind, err := Parse(path, "", "", raw)
	if kind != KindHTML {
		// Plain text is copied into the document's string; the HTML
		// extractor's libraries are not vouched for to keep no reference
		// into raw, so a page's buffer is left to the collector.
		putReadBuf(buf, raw)
	}
	if err != nil {
		return news.Doc{}, fmt.Errorf("%s: %w", path, err)
	}
	return news.Doc{ID: path, Path: path, Text: text, Meta: meta}, nil
}

// readBufs holds buffers for ReadDoc; most inputs fit the first size.
var readBufs = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// maxPooledRead keeps the buffers of rare large inputs out of the pool, so
// memory stays flat.
const maxPooledRead = 1 << 20

func putReadBuf(buf *[]byte, b []byte) {
	if cap(b) <= maxPooledRead {
		*buf = b[:0]
		readBufs.Put(buf)
	}
}

// readAll is readLimited into buf (grown as needed): it reads at most
// limit+1 bytes and refuses more than limit, with readLimited's errors.
func readAll(r io.Reader, buf []byte, limit int) ([]byte, error) {
	b := buf[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):min(cap(b), limit+1)])
		b = b[:len(b)+n]
		if len(b) > limit {
			return b, fmt.Errorf("%w: more than %d MB", ErrTooLarge, limit>>20)
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, fmt.Errorf("read: %w", unwrapPath(err))
		}
	}
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
