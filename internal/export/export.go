// Package export writes stored claims in the formats analysts' other tools
// read: CSV for spreadsheets, JSON Lines (the claim JSON of CONTRACT.md, one
// per line) and a STIX 2.1 bundle for threat-intelligence platforms such as
// OpenCTI and MISP.
//
// Every format keeps a claim's provenance: the document, the byte offsets
// and the quote, so that what is exported can be checked against the text.
package export

import (
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Formats lists the formats Write accepts.
var Formats = []string{"csv", "jsonl", "stix"}

// Input is what an export needs: the claims, and for STIX the documents they
// come from.
type Input struct {
	Claims []news.Claim
	// Docs holds the claims' documents by id, with their text (STIX needs it
	// for the quote's context and its character offsets). Only STIX reads it.
	Docs map[string]*store.Document
	// CountryOf returns the country a place lies in ("Kursk" -> "Russia"),
	// or "" when unknown; nil means no place is known. Only STIX reads it.
	CountryOf func(place string) string
}

// Write writes in to w in format, one of Formats.
func Write(w io.Writer, format string, in Input) error {
	switch format {
	case "csv":
		return CSV(w, in.Claims)
	case "jsonl":
		return JSONL(w, in.Claims)
	case "stix":
		b, err := Bundle(in)
		if err != nil {
			return err
		}
		return writeJSON(w, b)
	}
	return fmt.Errorf("export: unknown format %q", format)
}
