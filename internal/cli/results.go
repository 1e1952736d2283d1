package cli

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/store"
)

// kept returns what compute makes of the whole store, through the store's
// result cache when it has one: a result kept at the store's current
// generation, by this very build of sitrep with the same options, is read
// back instead of recomputed (over 100,000 claims, reading and
// consolidating every claim takes seconds; reading the result, a few
// milliseconds). A cache that fails is passed over: the result is computed.
func kept[T any](ctx context.Context, st store.Store, name string, opt consolidate.Options, compute func() (T, error)) (T, error) {
	rc, ok := st.(store.ResultCache)
	if !ok {
		return compute()
	}
	key := resultKey(name, opt)
	gen, err := rc.Generation(ctx)
	if err != nil {
		return compute()
	}
	if kgen, value, err := rc.Result(ctx, key); err == nil && kgen == gen {
		var v T
		if err := decodeResult(value, &v); err == nil {
			return v, nil
		}
	}
	v, err := compute()
	if err != nil {
		return v, err
	}
	if b, err := encodeResult(v); err == nil {
		// A result that cannot be kept (a read-only file, a busy writer)
		// costs the next run its time, nothing else.
		_ = rc.PutResult(ctx, key, gen, b)
	}
	return v, nil
}

// keepEstimates consolidates the whole store as estimates and conflicts do
// by default and keeps the results, when the store can keep them: ingest
// calls it after storing new documents, so those commands answer at once.
func keepEstimates(ctx context.Context, st store.Store) error {
	if _, ok := st.(store.ResultCache); !ok {
		return nil
	}
	opt, err := consolidateOptions()
	if err != nil {
		return err
	}
	gen := generation(ctx, st)
	series, err := estimates(ctx, st, store.ClaimFilter{}, seriesFilter{}, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := dbJSONL(&buf, series); err != nil {
		return err
	}
	keepBytes(ctx, st, seriesJSONLKey(opt), gen, buf.Bytes())
	opt.Window = consolidate.DefaultWindow
	_, err = conflicts(ctx, st, store.ClaimFilter{}, seriesFilter{}, opt)
	return err
}

// seriesJSONLKey names the kept JSON Lines of every series, what
// `estimates --format jsonl` prints without filters: written as they are,
// they spare decoding and encoding again 16 MB over 100,000 claims.
func seriesJSONLKey(opt consolidate.Options) string { return resultKey("series.jsonl", opt) }

// generation is the store's generation, "" when it keeps no results or
// cannot tell. Read it before computing what is to be kept under it, so
// that a document stored meanwhile makes the kept result stale, not wrong.
func generation(ctx context.Context, st store.Store) string {
	rc, ok := st.(store.ResultCache)
	if !ok {
		return ""
	}
	gen, err := rc.Generation(ctx)
	if err != nil {
		return ""
	}
	return gen
}

// keptBytes returns the bytes kept under key if they were kept at the
// store's current generation.
func keptBytes(ctx context.Context, st store.Store, key string) ([]byte, bool) {
	gen := generation(ctx, st)
	if gen == "" {
		return nil, false
	}
	kgen, b, err := st.(store.ResultCache).Result(ctx, key)
	if err != nil || kgen != gen {
		return nil, false
	}
	return b, true
}

// keepBytes keeps b, computed from the store at generation gen, under key;
// failing, it leaves the next run to compute them.
func keepBytes(ctx context.Context, st store.Store, key, gen string, b []byte) {
	if rc, ok := st.(store.ResultCache); ok && gen != "" {
		_ = rc.PutResult(ctx, key, gen, b)
	}
}

// resultKey names a result by what it depends on besides the store: the
// build of sitrep (its consolidation code and embedded gazetteer) and the
// options.
func resultKey(name string, opt consolidate.Options) string {
	return fmt.Sprintf("%s/%s/w%d/t%g/s%g", name, buildIdentity(), opt.Window, opt.Tolerance, opt.Similarity)
}

// buildIdentity names this executable: its size and modification time,
// which a rebuilt or upgraded binary changes, and the Go version.
var buildIdentity = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%d.%d.%s", fi.Size(), fi.ModTime().UnixNano(), runtime.Version())
})

// encodeResult and decodeResult keep a result as gob: reading back the
// series of 100,000 claims (16 MB as JSON) takes a third of the time JSON
// would, and uncompressed it spares the decompression, the larger share of
// the rest.
func encodeResult(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeResult(b []byte, v any) error {
	r := bytes.NewReader(b)
	if err := gob.NewDecoder(r).Decode(v); err != nil {
		return err
	}
	if r.Len() > 0 {
		return errors.New("result: trailing data")
	}
	return nil
}
