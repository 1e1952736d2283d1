//go:build linux

package ingest

import (
	"io"
	"syscall"
)

// openFile opens path for reading to its end by the calling goroutine. A
// plain descriptor is enough for that; os.Open would also try to register
// the file with the runtime's poller, which costs four more system calls a
// file (the poller refuses regular files) and extract opens thousands.
// Errors are bare errnos, as unwrapPath leaves os.Open's.
func openFile(path string) (fdFile, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		return fdFile(fd), err
	}
}

// fdFile is an open descriptor: an io.ReadCloser without os.File's poller.
type fdFile int

func (f fdFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(int(f), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f fdFile) Close() error { return syscall.Close(int(f)) }
