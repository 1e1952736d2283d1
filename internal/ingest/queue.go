package ingest

import "sync"

// job is one input to process.
type job struct {
	input string // file path, URL or "-"
	kind  jobKind
	item  *FeedItem // for feed items
	feed  string    // the feed an item came from
}

type jobKind int

const (
	jobFile jobKind = iota
	jobStdin
	jobURL
	jobItem
)

// queue is an unbounded job queue that workers may add to (a fetched URL can
// turn out to be a feed with items). It is finished when the producer has
// closed it and every job taken has been done.
type queue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	jobs    []job
	pending int // jobs pushed but not yet done
	closed  bool
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) push(j job) {
	q.mu.Lock()
	q.jobs = append(q.jobs, j)
	q.pending++
	q.mu.Unlock()
	q.cond.Signal()
}

// close marks the end of the producer's jobs.
func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// pop returns the next job, or false when no job is left or can come.
func (q *queue) pop() (job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.jobs) == 0 {
		if q.closed && q.pending == 0 {
			return job{}, false
		}
		q.cond.Wait()
	}
	j := q.jobs[0]
	q.jobs = q.jobs[1:]
	return j, true
}

// done marks a popped job finished; the last one wakes the idle workers.
func (q *queue) done() {
	q.mu.Lock()
	q.pending--
	last := q.closed && q.pending == 0
	q.mu.Unlock()
	if last {
		q.cond.Broadcast()
	}
}

// abort drops the waiting jobs (the context is done).
func (q *queue) abort() {
	q.mu.Lock()
	q.pending -= len(q.jobs)
	q.jobs = nil
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}
