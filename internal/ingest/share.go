package ingest

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Work sharing: on a store several processes ingest into (PostgreSQL), each
// document is claimed by its id before it is analysed, so that processes
// reading the same inputs analyse it once between them. A document another
// holder has claimed is set aside and come back to later, waiting for the
// claim: by then the holder has stored it (found with Has, not analysed
// again) or died, which ends its claims, and the document is this
// process's to do. Claims only save work: writes are keyed by content, so
// any path below that analyses a document twice still stores it once.
const (
	// heldMax bounds the bytes of the documents set aside, which keep
	// their text and raw bytes in memory: past it, a worker comes back to
	// the oldest (by then most likely stored) before reading more. It is
	// large because a process that waits falls behind for good: when two
	// read the same inputs in the same order, the one behind finds the
	// other's claims and sets documents aside until it overtakes (reading
	// without analysing is quick), and from then on both claim new work.
	heldMax = 64 << 20
	// awaitLimit bounds the wait for another holder's claim. A holder
	// that is alive but does not store the document in this time (wedged,
	// or its claim stranded behind a connection pooler) is not waited for
	// longer: the document is analysed here as well.
	awaitLimit = 2 * time.Minute
)

// claimFunc claims a document for analysis: ok is false when another
// holder has it; release ends the claim and is never nil when ok.
type claimFunc func(ctx context.Context, id string) (release func(), ok bool, err error)

// sharing is a run's side of the work claims.
type sharing struct {
	wc store.WorkClaimer // nil: no claims, every document is this process's

	mu        sync.Mutex
	held      []heldDoc // documents whose claim another holder had, oldest first
	heldBytes int       // their text and raw bytes
}

// heldDoc is a document set aside while another holder has its claim.
type heldDoc struct {
	res Result
	src *source
}

func (in *Ingester) newSharing() *sharing {
	s := &sharing{}
	if wc, ok := in.Store.(store.WorkClaimer); ok && !in.NoWorkClaims {
		s.wc = wc
	}
	return s
}

func noRelease() {}

// try claims a document without waiting.
func (s *sharing) try(ctx context.Context, id string) (func(), bool, error) {
	if s.wc == nil {
		return noRelease, true, nil
	}
	return s.wc.ClaimWork(ctx, id)
}

// await claims a document, waiting up to awaitLimit for another holder.
func (s *sharing) await(ctx context.Context, id string) (func(), bool, error) {
	if s.wc == nil {
		return noRelease, true, nil
	}
	actx, cancel := context.WithTimeout(ctx, awaitLimit)
	defer cancel()
	release, err := s.wc.AwaitWork(actx, id)
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return noRelease, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return release, true, nil
}

// hold sets a document aside until its claim is free.
func (s *sharing) hold(res Result, src *source) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held = append(s.held, heldDoc{res: res, src: src})
	s.heldBytes += src.size()
}

// overflow takes the oldest document set aside when there are too many.
func (s *sharing) overflow() (heldDoc, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.heldBytes <= heldMax || len(s.held) == 0 {
		return heldDoc{}, false
	}
	return s.takeLocked(), true
}

// next takes the oldest document set aside, if any.
func (s *sharing) next() (heldDoc, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.held) == 0 {
		return heldDoc{}, false
	}
	return s.takeLocked(), true
}

func (s *sharing) takeLocked() heldDoc {
	h := s.held[0]
	s.held[0] = heldDoc{} // let its text go once done
	s.held = s.held[1:]
	s.heldBytes -= h.src.size()
	return h
}

// size is what a document's source keeps in memory.
func (s *source) size() int { return len(s.text) + len(s.raw) }
