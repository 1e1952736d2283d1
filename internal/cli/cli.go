// Package cli implements the sitrep command line: one file per subcommand,
// each parsing its own flags and writing results to stdout and diagnostics to
// stderr.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Env is what a command may touch: its streams and the process environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// IsTerminal reports whether stdout is a terminal (table output by default).
	IsTerminal bool
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// commands is the table of subcommands; each lives in a file of its own name.
var commands = map[string]command{
	"extract":   {"analyze files and print their claims (no store needed)", runExtract},
	"ingest":    {"ingest files, folders, globs, URLs, feeds or stdin into the store", runIngest},
	"docs":      {"list the stored documents", runDocs},
	"show":      {"show one document: metadata, text, its claims", runShow},
	"claims":    {"query the stored claims", runClaims},
	"export":    {"export claims as CSV, JSON Lines or a STIX 2.1 bundle", runExport},
	"watch":     {"poll feeds, pages and folders; ingest what is new and raise alerts", runWatch},
	"estimates": {"one timeline per quantity across sources", runEstimates},
	"conflicts": {"where sources disagree on the same quantity at the same time", runConflicts},
	"report":    {"write a briefing with citations", runReport},
	"serve":     {"serve the web UI and HTTP API", runServe},
}

// usageError marks bad usage: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// partialError marks a run in which some inputs failed but the others were
// processed: exit status 1, with the failures already reported on stderr.
type partialError struct{ failed, total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.failed, e.total)
}

// Run executes the command line args (without the program name) and returns
// the process exit status.
func Run(ctx context.Context, env *Env, args []string) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "sitrep: unknown command %q\n", args[0])
		printUsage(env.Stderr)
		return 2
	}
	err := cmd.run(ctx, env, args[1:])
	var ue *usageError
	var pe *partialError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", args[0], err)
		return 2
	case errors.As(err, &pe):
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", args[0], err)
		return 1
	default:
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", args[0], err)
		return 1
	}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: sitrep COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nrun 'sitrep COMMAND -h' for a command's flags and examples")
}

// newFlags returns a flag set that reports errors instead of exiting, with a
// usage text made of the synopsis, the flags and the examples.
func newFlags(env *Env, name, synopsis, examples string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: sitrep %s %s\n\nflags:\n", name, synopsis)
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(env.Stderr, "\nexamples:\n%s\n", strings.TrimRight(examples, "\n"))
		}
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors. Flags may
// follow positional arguments ("extract a.txt --format json").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			pos = append(pos[:len(pos)-1], args...)
			return pos, nil
		}
	}
}

// outputFormat resolves --format: the flag's value, else table on a terminal
// and jsonl otherwise; allowed lists the formats the command supports.
func outputFormat(env *Env, flagValue string, allowed ...string) (string, error) {
	f := flagValue
	if f == "" {
		f = "jsonl"
		if env.IsTerminal {
			f = "table"
		}
	}
	for _, a := range allowed {
		if f == a {
			return f, nil
		}
	}
	return "", usagef("unknown --format %q (want one of %s)", f, strings.Join(allowed, ", "))
}
