// Command sitrep reads news reports and tells what is claimed, by whom, how
// firmly, when, and how the figures moved.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/sitrep/sitrep/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fi, _ := os.Stdout.Stat()
	env := &cli.Env{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		IsTerminal: fi != nil && fi.Mode()&os.ModeCharDevice != 0,
	}
	code := cli.Run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}
