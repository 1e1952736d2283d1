package gazetteer

import "math/bits"

// index is the trie that matchAt walks, kept flat: every edge sits in
// one open-addressed table under its parent's number and its key, hashed
// once per token by keyHash, which also gives the first-token filter its
// bits. Match tries the trie at every token, and a string map per node
// spent more time hashing and probing than the rest of the matching.
// insert builds it in place: a map trie copied into it at the end took
// half of Load with its 17,000 maps.
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

// edgeHash is the hash that the edge by a key of hash h from node parent
// is found by: its slot in the table, and its bits in Gazetteer.next.
func edgeHash(h uint64, parent int32) uint64 { return h ^ uint64(parent)*hashMul }

// child returns the node that key w, of hash h, leads to from node
// parent, or 0.
func child[W ~string | ~[]byte](x *index, parent int32, w W, h uint64) int32 {
	if len(x.edges) == 0 {
		return 0
	}
	tag := uint32(h >> 32)
	mask := uint64(len(x.edges) - 1)
	for i := edgeHash(h, parent) & mask; ; i = (i + 1) & mask {
		e := &x.edges[i]
		if e.child == 0 {
			return 0
		}
		if e.tag == tag && e.parent == parent && e.key == string(w) {
			return e.child
		}
	}
}

// newIndex returns an index holding only the root.
func newIndex() index {
	return index{nodes: []inode{{leaf: true}}, edges: make([]edge, 1<<16)}
}

// addChild adds a node under parent by key w, of hash h, and returns it;
// the table doubles before it gets over half full.
func (x *index) addChild(parent int32, w string, h uint64) int32 {
	if 2*(x.used+1) > len(x.edges) {
		x.grow()
	}
	id := int32(len(x.nodes))
	x.nodes = append(x.nodes, inode{leaf: true})
	x.nodes[parent].leaf = false
	x.put(edge{key: w, tag: uint32(h >> 32), parent: parent, child: id})
	return id
}

// grow doubles the table and puts every edge again.
func (x *index) grow() {
	old := x.edges
	x.edges, x.used = make([]edge, 2*len(old)), 0
	for _, e := range old {
		if e.child != 0 {
			x.put(e)
		}
	}
}

// put stores e in the first free slot of its probe sequence.
func (x *index) put(e edge) {
	mask := uint64(len(x.edges) - 1)
	for i := edgeHash(keyHash(e.key), e.parent) & mask; ; i = (i + 1) & mask {
		if x.edges[i].child == 0 {
			x.edges[i] = e
			x.used++
			return
		}
	}
}
