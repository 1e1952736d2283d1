//go:build linux

package cli

import (
	"io"
	"os"
	"syscall"
)

// fSetPipeSize is F_SETPIPE_SZ (linux/fcntl.h), which package syscall
// does not name.
const fSetPipeSize = 1031

// pipeSize is the buffer asked for a pipe extract writes to: four of its
// writes (outBufSize), the most an unprivileged process may ask by default.
const pipeSize = 4 * outBufSize

// growPipe enlarges the kernel buffer of w when w is a pipe. With the
// default 64 KB, each of extract's 256 KB writes waits for the reader to
// drain the pipe several times, and the worker that writes stops working
// meanwhile; a buffer of a few writes lets the reader keep pace instead.
// A pipe that cannot grow is left as it is: the output is the same.
func growPipe(w io.Writer) {
	f, ok := w.(*os.File)
	if !ok {
		return
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return
	}
	if c, err := f.SyscallConn(); err == nil {
		c.Control(func(fd uintptr) {
			syscall.Syscall(syscall.SYS_FCNTL, fd, fSetPipeSize, pipeSize)
		})
	}
}
