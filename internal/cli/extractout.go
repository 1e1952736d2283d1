package cli

import (
	"bufio"
	"io"

	"github.com/sitrep/sitrep/internal/news"
)

// claimWriter writes analyzed documents in one output format. Each
// document's output is rendered by the workers (prepare), so writing in
// input order only copies bytes and a result waiting its turn holds no more
// than its output; all output goes through a buffer, flushed when it
// fills, when extract waits on a slow input, and at the end.
type claimWriter struct {
	w      *bufio.Writer
	format string
	n      int          // claims written, for json array commas
	free   chan *[]byte // output buffers of documents already written
}

// outBufSize is the stdout buffer: a few documents' claims a write.
const outBufSize = 256 << 10

// newClaimWriter returns a writer for the output of up to inFlight
// documents at a time.
func newClaimWriter(w io.Writer, format string, inFlight int) *claimWriter {
	growPipe(w)
	return &claimWriter{w: bufio.NewWriterSize(w, outBufSize), format: format, free: make(chan *[]byte, inFlight)}
}

// extracted is one analyzed input as the writer needs it: its output.
type extracted struct {
	out    *[]byte // from cw.free, or new
	claims int     // how many claims a json out holds
}

// maxKeptOut keeps the buffers of rare huge documents out of the free
// list, so memory stays flat. The list, unlike a sync.Pool, keeps its
// buffers over garbage collections, so they are not grown anew after each.
const maxKeptOut = 256 << 10

// buffer returns a free output buffer, empty.
func (cw *claimWriter) buffer() *[]byte {
	select {
	case buf := <-cw.free:
		*buf = (*buf)[:0]
		return buf
	default:
		return new([]byte)
	}
}

// release returns buf to the free list.
func (cw *claimWriter) release(buf *[]byte) {
	if cap(*buf) > maxKeptOut {
		return
	}
	select {
	case cw.free <- buf:
	default:
	}
}

// prepare renders d's output; it runs in the workers. A document's claims
// are encoded whole before any is written, so one that cannot be encoded
// fails alone and leaves the output well formed.
func (cw *claimWriter) prepare(d *news.Doc) (*extracted, error) {
	buf := cw.buffer()
	w := appendWriter{*buf}
	var err error
	switch cw.format {
	case "text":
		err = writeMainText(&w, d)
	case "table":
		err = newTableWriter(&w).doc(d)
	default:
		w.b, err = appendClaimsJSON(w.b, d.Claims, cw.format == "json")
	}
	*buf = w.b
	if err != nil {
		cw.release(buf)
		return nil, err
	}
	return &extracted{out: buf, claims: len(d.Claims)}, nil
}

// appendClaimsJSON appends claims as JSON lines, with a comma between two
// when they go in a JSON array.
func appendClaimsJSON(b []byte, claims []news.Claim, array bool) ([]byte, error) {
	for i := range claims {
		if i > 0 && array {
			b = append(b, ",\n"...)
		}
		var err error
		if b, err = claims[i].AppendJSONLine(b); err != nil {
			return b, &encodeError{err}
		}
	}
	return b, nil
}

// appendWriter is an io.Writer that appends to b, for the renderers that
// write to one.
type appendWriter struct{ b []byte }

func (w *appendWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func (w *appendWriter) WriteString(s string) (int, error) {
	w.b = append(w.b, s...)
	return len(s), nil
}

// write writes x, in input order. Its error is stdout's own.
func (cw *claimWriter) write(x *extracted) error {
	defer cw.release(x.out)
	if cw.format == "json" {
		if x.claims == 0 {
			return nil
		}
		sep := ",\n"
		if cw.n == 0 {
			sep = "[\n"
		}
		if _, err := cw.w.WriteString(sep); err != nil {
			return err
		}
		cw.n += x.claims
	}
	_, err := cw.w.Write(*x.out)
	return err
}

func (cw *claimWriter) flush() error { return cw.w.Flush() }

// encodeError is a document whose claims cannot be written as JSON.
type encodeError struct{ err error }

func (e *encodeError) Error() string { return "encode claims: " + e.err.Error() }
func (e *encodeError) Unwrap() error { return e.err }

func (cw *claimWriter) close() error {
	if cw.format == "json" {
		s := "]\n"
		if cw.n == 0 {
			s = "[]\n"
		}
		if _, err := cw.w.WriteString(s); err != nil {
			return err
		}
	}
	return cw.w.Flush()
}
