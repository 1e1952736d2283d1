package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/sitrep/sitrep/internal/store"
)

// errorType names the kind of an API error, as prometheus's API does.
type errorType string

const (
	errorBadData      errorType = "bad_data"
	errorNotFound     errorType = "not_found"
	errorUnauthorized errorType = "unauthorized"
	errorForbidden    errorType = "forbidden"
	errorTooLarge     errorType = "too_large"
	errorUnavailable  errorType = "unavailable"
	errorInternal     errorType = "internal"
)

var statusOf = map[errorType]int{
	errorBadData:      http.StatusBadRequest,
	errorNotFound:     http.StatusNotFound,
	errorUnauthorized: http.StatusUnauthorized,
	errorForbidden:    http.StatusForbidden,
	errorTooLarge:     http.StatusRequestEntityTooLarge,
	errorUnavailable:  http.StatusServiceUnavailable,
	errorInternal:     http.StatusInternalServerError,
}

// apiError is what a handler returns when it cannot answer.
type apiError struct {
	typ errorType
	err error
}

func (e *apiError) Error() string { return fmt.Sprintf("%s: %v", e.typ, e.err) }

func badData(format string, args ...any) *apiError {
	return &apiError{errorBadData, fmt.Errorf(format, args...)}
}

// storeError classifies a store error: unknown ids are not_found; a bad
// filter or an id prefix that fits several documents bad_data; anything
// else internal.
func storeError(err error) *apiError {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return &apiError{errorNotFound, err}
	case errors.Is(err, store.ErrInvalid), errors.Is(err, store.ErrAmbiguous):
		return &apiError{errorBadData, err}
	}
	return &apiError{errorInternal, err}
}

// response is the envelope every API answer is wrapped in.
type response struct {
	Status    string    `json:"status"`
	Data      any       `json:"data,omitempty"`
	ErrorType errorType `json:"errorType,omitempty"`
	Error     string    `json:"error,omitempty"`
	Warnings  []string  `json:"warnings,omitempty"`
}

// rawJSON is data already encoded as JSON (with HTML characters escaped,
// as writeJSON escapes them); the wrapper writes it as it is.
type rawJSON []byte

// apiFunc is an API handler: it returns data and warnings, or an error.
type apiFunc func(r *http.Request) (data any, warnings []string, err *apiError)

// api wraps an apiFunc: the one place that writes API responses.
func (s *Server) api(f apiFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, warnings, apiErr := f(r)
		if apiErr != nil {
			s.writeAPIError(w, r, apiErr, data)
			return
		}
		if raw, ok := data.(rawJSON); ok {
			writeRaw(w, raw, warnings)
			return
		}
		writeJSON(w, http.StatusOK, response{Status: "success", Data: data, Warnings: warnings})
	}
}

func (s *Server) writeAPIError(w http.ResponseWriter, r *http.Request, e *apiError, data any) {
	code, ok := statusOf[e.typ]
	if !ok {
		code = http.StatusInternalServerError
	}
	msg := e.err.Error()
	if e.typ == errorInternal {
		s.cfg.Log.Error("api", "path", r.URL.Path, "err", e.err)
	}
	writeJSON(w, code, response{Status: "error", ErrorType: e.typ, Error: msg, Data: data})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		b.Reset()
		fmt.Fprintf(&b, `{"status":"error","errorType":"internal","error":%q}`+"\n", "encode response: "+err.Error())
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// writeRaw writes a success envelope around encoded data: listings under
// load are mostly encoding, which rawJSON lets callers do once. The data
// goes out as it is, without another copy.
func writeRaw(w http.ResponseWriter, data rawJSON, warnings []string) {
	const head = `{"status":"success","data":`
	tail := []byte("}\n")
	if len(warnings) > 0 {
		ws, _ := json.Marshal(warnings)
		tail = append(append([]byte(`,"warnings":`), ws...), tail...)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(head)+len(data)+len(tail)))
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, head)
	w.Write(data)
	w.Write(tail)
}

// encodeList encodes a listing of n elements as a JSON array, each element
// by enc, into a buffer sized once.
func encodeList(n int, enc func(i int) ([]byte, error)) (rawJSON, error) {
	parts := make([][]byte, n)
	size := 2 + max(n-1, 0)
	for i := range n {
		e, err := enc(i)
		if err != nil {
			return nil, err
		}
		parts[i] = e
		size += len(e)
	}
	b := make([]byte, 0, size)
	b = append(b, '[')
	for i, p := range parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	return append(b, ']'), nil
}
