package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

func parseHTMLForTest(s string) (*html.Node, error) { return html.Parse(strings.NewReader(s)) }
