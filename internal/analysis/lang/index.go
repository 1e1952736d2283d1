package lang

import "math/bits"

// index is a flat copy of a Phrases trie that the matchers walk: every
// edge of the trie sits in one open-addressed table under its parent's
// number and its word, hashed by wordHash. The stages try the lists at
// nearly every token, and a string-keyed map per trie node spent more
// time hashing and probing than all the rest of the matching.
type index struct {
	nodes []inode // by node number; the root is 0
	edges []edge  // a power of two long, at most half full
	used  int     // edges in the table
}

// inode is one node of the trie: the value of the phrase that ends there,
// and whether any phrase goes on.
type inode struct {
	value *string
	leaf  bool
}

// edge leads from node parent by the word key to node child. child is 0
// in an empty slot: the root is no node's child.
type edge struct {
	key    string
	tag    uint32 // the hash's high half, compared before the key
	parent int32
	child  int32
}

// hashMul spreads a parent's number over the bits of a slot.
const hashMul = 0x9E3779B97F4A7C15

// wordHash hashes a word from at most its first and last eight bytes
// and its length, in a few instructions for the short words of the
// lists; a longer word's middle only decides equality, not the slot.
func wordHash[W ~string | ~[]byte](w W) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(w, 0), load64(w, n-8)
	case n >= 4:
		a, b = load32(w, 0), load32(w, n-4)
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	hi, lo := bits.Mul64(a^0xA0761D6478BD642F, b^0xE7037ED1A0B428DB^uint64(n))
	return hi ^ lo
}

func load64[W ~string | ~[]byte](w W, i int) uint64 {
	_ = w[i+7]
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
		uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
}

func load32[W ~string | ~[]byte](w W, i int) uint64 {
	_ = w[i+3]
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24
}

// child returns the node the word w leads to from node parent, or 0.
func child[W ~string | ~[]byte](x *index, parent int32, w W) int32 {
	if len(x.edges) == 0 {
		return 0
	}
	h := wordHash(w)
	tag := uint32(h >> 32)
	mask := uint64(len(x.edges) - 1)
	for i := (h ^ uint64(parent)*hashMul) & mask; ; i = (i + 1) & mask {
		e := &x.edges[i]
		if e.child == 0 {
			return 0
		}
		if e.tag == tag && e.parent == parent && e.key == string(w) {
			return e.child
		}
	}
}

// addNode appends a node without children or value and returns its
// number; the first is the root.
func (x *index) addNode() int32 {
	x.nodes = append(x.nodes, inode{leaf: true})
	return int32(len(x.nodes) - 1)
}

// addEdge records that w leads from parent to the new node c.
func (x *index) addEdge(parent int32, w string, c int32) {
	if 2*(x.used+1) > len(x.edges) {
		x.grow()
	}
	x.nodes[parent].leaf = false
	x.put(edge{key: w, tag: uint32(wordHash(w) >> 32), parent: parent, child: c})
	x.used++
}

// put stores e in the first free slot of its probe sequence.
func (x *index) put(e edge) {
	mask := uint64(len(x.edges) - 1)
	for i := (wordHash(e.key) ^ uint64(e.parent)*hashMul) & mask; ; i = (i + 1) & mask {
		if x.edges[i].child == 0 {
			x.edges[i] = e
			return
		}
	}
}

// grow doubles the table (16 slots at first) and puts the edges back.
func (x *index) grow() {
	old := x.edges
	x.edges = make([]edge, max(16, 2*len(old)))
	for _, e := range old {
		if e.child != 0 {
			x.put(e)
		}
	}
}
