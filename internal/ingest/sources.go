package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var schemeRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// expand turns one SOURCE argument into jobs: "-" is stdin, http(s) URLs are
// fetched, folders are walked recursively (hidden files and folders skipped),
// globs are matched, and anything else must be a file. Other URL schemes are
// refused.
func expand(src string, push func(job)) error {
	switch {
	case src == "-":
		push(job{input: "-", kind: jobStdin})
		return nil
	case strings.HasPrefix(strings.ToLower(src), "http://") || strings.HasPrefix(strings.ToLower(src), "https://"):
		push(job{input: src, kind: jobURL})
		return nil
	case schemeRE.MatchString(src) && strings.Contains(src, ":/") || strings.HasPrefix(strings.ToLower(src), "javascript:") ||
		strings.HasPrefix(strings.ToLower(src), "data:"):
		return ErrScheme
	}
	fi, err := os.Stat(src)
	if err == nil {
		if !fi.IsDir() {
			push(job{input: src, kind: jobFile})
			return nil
		}
		return walk(src, push)
	}
	if !strings.ContainsAny(src, "*?[") {
		return unwrapPath(err)
	}
	matches, gerr := filepath.Glob(src)
	if gerr != nil {
		return fmt.Errorf("bad pattern: %w", gerr)
	}
	if len(matches) == 0 {
		return fmt.Errorf("no files match")
	}
	sort.Strings(matches)
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.IsDir() {
			if err := walk(m, push); err != nil {
				return err
			}
			continue
		}
		push(job{input: m, kind: jobFile})
	}
	return nil
}

func walk(root string, push func(job)) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.IsDir() || hidden || !d.Type().IsRegular() || !documentName(d.Name()):
			return nil
		}
		push(job{input: path, kind: jobFile})
		return nil
	})
}

// dataExts are file endings a folder walk passes over: data, code and
// databases that sit next to reports (a gold.jsonl, a sitrep.db) are not
// news. Any other file is read, so a binary file gets its error; name a
// skipped file on the command line to read it anyway.
var dataExts = map[string]bool{
	".json": true, ".jsonl": true, ".ndjson": true, ".csv": true, ".tsv": true, ".yaml": true,
	".yml": true, ".toml": true, ".go": true, ".py": true, ".js": true, ".css": true, ".sh": true,
	".db": true, ".sqlite": true, ".db-wal": true, ".db-shm": true, ".sum": true, ".mod": true,
	".lock": true, ".golden": true,
}

// documentName reports whether a folder walk reads the file called name:
// not a data file, and not a project's own README, LICENSE or CHANGELOG.
func documentName(name string) bool {
	upper := strings.ToUpper(name)
	for _, p := range []string{"README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING"} {
		if strings.HasPrefix(upper, p) {
			return false
		}
	}
	return !dataExts[strings.ToLower(filepath.Ext(name))]
}
