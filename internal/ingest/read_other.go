//go:build !linux

package ingest

import (
	"io"
	"os"
)

// openFile opens path for ReadDoc; errors are unwrapped as ReadFile's are.
func openFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	return f, nil
}
