package cli

import (
	"context"
	"errors"
)

// errPending is returned by commands whose implementation has not landed yet.
var errPending = errors.New("not available in this build yet")

// Each of these moves to a file of its own name when it is implemented.

func runReport(ctx context.Context, env *Env, args []string) error { return errPending }
