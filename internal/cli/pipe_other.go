//go:build !linux

package cli

import "io"

// growPipe enlarges a pipe's buffer where the system allows it (Linux).
func growPipe(io.Writer) {}
