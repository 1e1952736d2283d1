// Package ingest turns sources (files, folders, globs, stdin, http(s) URLs,
// RSS and Atom feeds) into documents: it fetches with limits, detects the
// content type by header and by sniffing, extracts the article text and
// metadata from HTML, and hands each document to the analysis and the store.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Kind is what a source's bytes are.
type Kind int

const (
	KindText Kind = iota // plain text: the bytes are the document text
	KindHTML             // a web page: the article is extracted
	KindFeed             // an RSS, Atom or RDF feed: its items are ingested
)

func (k Kind) String() string {
	return [...]string{"text/plain", "text/html", "application/rss+xml"}[k]
}

// Input errors, wrapped with the input's name and details.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary content, not text")
	ErrEncoding = errors.New("invalid UTF-8")
	ErrTooLarge = errors.New("too large")
	ErrNoText   = errors.New("no article text found")
)

// sniffLen is how much of the start of the input the checks read, as
// http.DetectContentType does.
const sniffLen = 1024

// Detect decides what raw is from its name (path or URL), the Content-Type
// header (may be empty) and its first bytes. The bytes win over the header
// for binary content and feeds, because servers often label both wrongly;
// otherwise an HTML header, an .html/.htm name or a leading HTML tag make it
// HTML, and everything else is plain text.
func Detect(name, contentType string, raw []byte) (Kind, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return 0, ErrEmpty
	}
	head := raw[:min(len(raw), sniffLen)]
	if isBinary(head) {
		return 0, fmt.Errorf("%w (%s)", ErrBinary, http.DetectContentType(head))
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case isFeed(head):
		return KindFeed, nil
	case mt == "text/html" || mt == "application/xhtml+xml":
		return KindHTML, nil
	case hasHTMLExt(name) || startsWithHTMLTag(head):
		return KindHTML, nil
	}
	return KindText, nil
}

// isBinary reports content that is not text: a NUL byte (no text encoding
// sitrep reads has one), or a type the standard sniffer recognises as an
// image, archive, PDF, media or executable.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ct := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ct, "text/"):
		return false
	case ct == "application/octet-stream":
		// The sniffer's fallback: binary only if control bytes abound.
		return controlRatio(head) > 0.1
	}
	return !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/xml")
}

func controlRatio(b []byte) float64 {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return float64(n) / float64(max(len(b), 1))
}

func hasHTMLExt(name string) bool {
	if i := strings.IndexAny(name, "?#"); i >= 0 && strings.Contains(name, "://") {
		name = name[:i]
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// trimLead drops a byte-order mark and leading space.
func trimLead(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n\f")
}

// startsWithHTMLTag: "<!doctype html", "<html", "<!--", or "<" and a letter
// (any tag: saved fragments start with <p> or <div>). "<?xml" is not HTML.
func startsWithHTMLTag(head []byte) bool {
	b := trimLead(head)
	if len(b) < 2 || b[0] != '<' {
		return false
	}
	lower := bytes.ToLower(b[:min(len(b), 14)])
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<!--")) {
		return true
	}
	c := b[1]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isFeed looks for the root element of RSS, Atom or RDF after an optional
// XML declaration, comments and processing instructions.
func isFeed(head []byte) bool {
	b := trimLead(head)
	if len(b) == 0 || b[0] != '<' {
		return false // text, as most inputs are: no need to lower-case its start
	}
	for len(b) > 0 && (bytes.HasPrefix(b, []byte("<?")) || bytes.HasPrefix(b, []byte("<!--"))) {
		end := []byte("?>")
		if b[1] == '!' {
			end = []byte("-->")
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return false
		}
		b = trimLead(b[i+len(end):])
	}
	lower := bytes.ToLower(b[:min(len(b), 64)])
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(lower, []byte(root)) && len(lower) > len(root) {
			c := lower[len(root)]
			if c == ' ' || c == '>' || c == '\n' || c == '\t' || c == '\r' {
				return true
			}
		}
	}
	return false
}

// checkText verifies that plain text is UTF-8 and says where it is not.
func checkText(raw []byte) error {
	if utf8.Valid(raw) {
		return nil
	}
	i := 0
	for i < len(raw) {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return fmt.Errorf("%w at byte %d", ErrEncoding, i)
}
