package timex

import "sync"

// cache is a bounded map safe for concurrent use. It keeps two generations:
// when the current one fills, it becomes the old one and the oldest is
// dropped, so entries in use survive and memory stays under 2×half entries.
type cache[K comparable, V any] struct {
	mu       sync.Mutex
	half     int
	cur, old map[K]V
}

func newCache[K comparable, V any](size int) *cache[K, V] {
	half := max(size/2, 1)
	return &cache[K, V]{half: half, cur: make(map[K]V, half)}
}

func (c *cache[K, V]) get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	if ok {
		c.putLocked(k, v)
	}
	return v, ok
}

func (c *cache[K, V]) put(k K, v V) {
	c.mu.Lock()
	c.putLocked(k, v)
	c.mu.Unlock()
}

func (c *cache[K, V]) putLocked(k K, v V) {
	if len(c.cur) >= c.half {
		c.old, c.cur = c.cur, make(map[K]V, c.half)
	}
	c.cur[k] = v
}

func (c *cache[K, V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.cur) + len(c.old)
}
