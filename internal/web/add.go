package web

import (
	"errors"
	"io"
	"net/http"
	"path"
	"strings"
)

// addForm is the Add page's state: what was sent and what came of it.
type addForm struct {
	URL, Text, Name string
	NeedToken       bool
	Error           string
	Results         []ingestResult
}

func (s *Server) pageAdd(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "add", pageData{Title: "Add", Nav: "add", Data: addForm{NeedToken: s.cfg.Token != ""}})
}

// postAdd ingests what the Add form sent: a URL, pasted text or a file.
// One stored document leads to its page; a feed lists what it gave.
func (s *Server) postAdd(w http.ResponseWriter, r *http.Request) {
	form := addForm{NeedToken: s.cfg.Token != ""}
	failWith := func(code int, msg string) {
		form.Error = msg
		s.render(w, r, code, "add", pageData{Title: "Add", Nav: "add", Data: form})
	}
	if err := r.ParseMultipartForm(s.cfg.MaxBody); err != nil {
		if isTooLarge(err) {
			failWith(http.StatusRequestEntityTooLarge, "the upload is larger than the server accepts")
			return
		}
		failWith(http.StatusBadRequest, "unreadable form: "+err.Error())
		return
	}
	form.URL, form.Text, form.Name = strings.TrimSpace(r.FormValue("url")), r.FormValue("text"), strings.TrimSpace(r.FormValue("name"))
	if e := s.authorize(r, r.FormValue("token")); e != nil {
		failWith(statusOf[e.typ], e.err.Error())
		return
	}
	if s.cfg.Ingester == nil {
		failWith(http.StatusServiceUnavailable, "this server does not ingest")
		return
	}
	var (
		results []ingestResult
		e       *apiError
	)
	file, hdr, err := r.FormFile("file")
	switch {
	case err == nil:
		defer file.Close()
		raw, err := io.ReadAll(file)
		if err != nil {
			failWith(http.StatusBadRequest, "read upload: "+err.Error())
			return
		}
		name := form.Name
		if name == "" {
			name = path.Base(hdr.Filename)
		}
		results, e = s.ingestText(r.Context(), name, hdr.Header.Get("Content-Type"), raw)
	case !errors.Is(err, http.ErrMissingFile):
		failWith(http.StatusBadRequest, "read upload: "+err.Error())
		return
	case form.URL != "":
		results, e = s.ingestURL(r.Context(), form.URL)
	case strings.TrimSpace(form.Text) != "":
		results, e = s.ingestText(r.Context(), form.Name, "", []byte(form.Text))
	default:
		failWith(http.StatusBadRequest, "give a URL, paste a text or choose a file")
		return
	}
	if e != nil {
		failWith(statusOf[e.typ], e.err.Error())
		return
	}
	if len(results) == 1 && results[0].Doc != "" {
		http.Redirect(w, r, "/docs/"+results[0].Doc, http.StatusSeeOther)
		return
	}
	form.Results = results
	s.render(w, r, http.StatusOK, "add", pageData{Title: "Add", Nav: "add", Data: form})
}
