package gazetteer

import "math/bits"

// index is a flat copy of the trie that matchAt walks: every edge sits in
// one open-addressed table under its parent's number and its key, hashed
// once per token by keyHash, which also gives the first-token filter its
// bits. Match tries the trie at every token, and a string map per node
// spent more time hashing and probing than the rest of the matching.
type index struct {
	nodes []inode // by node number; the root is 0
	edges []edge  // a power of two long, at most half full
	used  int
}

// inode is a trie node: the aliases its keys spell, and whether any
// alias goes on.
type inode struct {
	aliases []alias
	leaf    bool
}

// edge leads from node parent by key to node child; child is 0 in an
// empty slot, the root being no node's child.
type edge struct {
	key    string
	tag    uint32 // the hash's high half, compared before the key
	parent int32
	child  int32
}

// keyHash hashes a key from at most its first and last eight bytes and
// its length: a few instructions for a name's short words, where FNV-1a
// took one multiplication per byte. A longer key's middle only decides
// equality.
func keyHash[W ~string | ~[]byte](w W) uint64 {
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(w[:8]), load64(w[n-8:])
	case n >= 4:
		a, b = load32(w[:4]), load32(w[n-4:])
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	hi, lo := bits.Mul64(a^0xA0761D6478BD642F, b^0xE7037ED1A0B428DB^uint64(n))
	return hi ^ lo
}

func load64[W ~string | ~[]byte](w W) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func load32[W ~string | ~[]byte](w W) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

// hashMul spreads a parent's number over the bits of a slot.
const hashMul = 0x9E3779B97F4A7C15

// child returns the node that key w, of hash h, leads to from node
// parent, or 0.
func child[W ~string | ~[]byte](x *index, parent int32, w W, h uint64) int32 {
	if len(x.edges) == 0 {
		return 0
	}
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

// flatten builds the index of the trie under root, numbering its nodes
// depth first.
func flatten(root *node) index {
	var x index
	n := 0
	var count func(*node)
	count = func(nd *node) {
		n++
		for _, c := range nd.next {
			count(c)
		}
	}
	count(root)
	size := 16
	for size < 2*n {
		size *= 2
	}
	x.edges = make([]edge, size)
	x.nodes = make([]inode, 0, n)
	var add func(*node) int32
	add = func(nd *node) int32 {
		id := int32(len(x.nodes))
		x.nodes = append(x.nodes, inode{aliases: nd.aliases, leaf: len(nd.next) == 0})
		for key, c := range nd.next {
			x.put(edge{key: key, tag: uint32(keyHash(key) >> 32), parent: id, child: add(c)})
		}
		return id
	}
	add(root)
	return x
}

// put stores e in the first free slot of its probe sequence.
func (x *index) put(e edge) {
	mask := uint64(len(x.edges) - 1)
	for i := (keyHash(e.key) ^ uint64(e.parent)*hashMul) & mask; ; i = (i + 1) & mask {
		if x.edges[i].child == 0 {
			x.edges[i] = e
			x.used++
			return
		}
	}
}
