//go:build unix

package segment

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time so far. Benchmarks report
// MB per CPU-second beside the wall-clock MB/s, which a busy shared machine
// makes meaningless.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
