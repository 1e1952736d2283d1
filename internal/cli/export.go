package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const exportExamples = `  sitrep export --format csv --out claims.csv
  sitrep export --format jsonl --actor "North Korea" > nk.jsonl
  sitrep export --format stix --since 2025-01-01 --out bundle.json   for OpenCTI or MISP`

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "export", "--format csv|jsonl|stix [--db DSN] [FILTERS] [--out FILE]", exportExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "", "csv, jsonl or stix (a STIX 2.1 bundle); default from --out's extension (.csv, .jsonl, .json)")
	out := fs.String("out", "", "write to FILE instead of stdout (replaced whole, never half-written)")
	var f store.ClaimFilter
	fs.StringVar(&f.Source, "source", "", "source name contains S (any case), or source type is S (agency, person, ...)")
	fs.StringVar(&f.Actor, "actor", "", "actor is A (canonical name, any case)")
	fs.StringVar(&f.Measure, "measure", "", "measure is M (deployed, killed, launched, ...)")
	fs.StringVar(&f.What, "what", "", "what is W (personnel, casualties, drones, ...)")
	fs.StringVar(&f.Since, "since", "", "claims dated on or after D (YYYY-MM-DD; said_on, else published)")
	fs.StringVar(&f.Until, "until", "", "claims dated on or before D (YYYY-MM-DD)")
	fs.StringVar(&f.Text, "text", "", "full-text search: every word in the quote or sentence")
	fs.StringVar(&f.Doc, "doc", "", "claims of one document (id or id prefix)")
	fs.StringVar(&f.Type, "type", "", "quantity or statement")
	fs.IntVar(&f.Limit, "limit", 0, "at most N claims (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "skip the first N claims")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q (filters are flags, e.g. --text %q)", pos[0], pos[0])
	}
	if *format == "" {
		*format = formatOf(*out)
	}
	if *format == "" {
		return usagef("--format is required (or an --out FILE ending in .csv, .jsonl or .json): one of %s",
			strings.Join(export.Formats, ", "))
	}
	if !contains(export.Formats, *format) {
		return usagef("unknown --format %q (want one of %s)", *format, strings.Join(export.Formats, ", "))
	}
	if err := f.Validate(); err != nil {
		return usagef("%v", strings.TrimSuffix(err.Error(), ": "+store.ErrInvalid.Error()))
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	claims, err := st.Claims(ctx, f)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	in := export.Input{Claims: claims}
	if *format == "stix" {
		if in.Docs, err = exportDocs(ctx, st, claims); err != nil {
			return err
		}
		gaz, err := gazetteer.Default()
		if err != nil {
			return fmt.Errorf("load gazetteer: %w", err)
		}
		in.CountryOf = gaz.CountryOf
	}
	if *out == "" {
		return export.Write(env.Stdout, *format, in)
	}
	return writeFileAtomic(*out, func(w io.Writer) error { return export.Write(w, *format, in) })
}

// exportDocs loads the documents, with their texts, that the claims cite.
func exportDocs(ctx context.Context, st store.Store, claims []news.Claim) (map[string]*store.Document, error) {
	docs := map[string]*store.Document{}
	for _, c := range claims {
		if _, ok := docs[c.Doc]; ok {
			continue
		}
		d, err := st.Document(ctx, c.Doc)
		if err != nil {
			return nil, fmt.Errorf("document %.12s: %w", c.Doc, err)
		}
		docs[c.Doc] = d
	}
	return docs, nil
}

// writeFileAtomic writes through a temporary file in the same folder and
// renames it over path, so a failed export never leaves half a file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// formatOf infers the format from the output file's extension.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return "csv"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".json":
		return "stix"
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
