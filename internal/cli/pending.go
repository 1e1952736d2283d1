package cli

import "errors"

// errPending is returned by commands whose implementation has not landed yet.
var errPending = errors.New("not available in this build yet")
