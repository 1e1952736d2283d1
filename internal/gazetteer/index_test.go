package gazetteer

import (
	"testing"
)

// TestIndexMirrorsTrie walks a map trie of the names and the index together:
// every key leads to a node with the same aliases and the same leaf
// flag, as string and as bytes, and keys that lead nowhere find nothing.
func TestIndexMirrorsTrie(t *testing.T) {
	g := mustDefault(t)
	root := refTrie(g)
	nodes := 0
	var walk func(n *node, id int32)
	walk = func(n *node, id int32) {
		nodes++
		in := &g.idx.nodes[id]
		if in.leaf != (len(n.next) == 0) || !sameAliases(in.aliases, n.aliases) {
			t.Fatalf("node %d differs from its trie node", id)
		}
		for key, c := range n.next {
			cid := child(&g.idx, id, key, keyHash(key))
			if cid == 0 || child(&g.idx, id, []byte(key), keyHash([]byte(key))) != cid {
				t.Fatalf("key %q from node %d not found", key, id)
			}
			walk(c, cid)
		}
		for _, key := range []string{"", "zzzz-not-a-name", "the the"} {
			if _, ok := n.next[key]; !ok && child(&g.idx, id, key, keyHash(key)) != 0 {
				t.Fatalf("key %q from node %d found, not in the trie", key, id)
			}
		}
	}
	walk(root, 0)
	if nodes != len(g.idx.nodes) {
		t.Errorf("walked %d nodes, index has %d", nodes, len(g.idx.nodes))
	}
	if 2*g.idx.used > len(g.idx.edges) {
		t.Errorf("table %d of %d slots full, want at most half", g.idx.used, len(g.idx.edges))
	}
}

// TestKeyHash: a key hashes the same as a string and as bytes, at every
// length the hash reads differently.
func TestKeyHash(t *testing.T) {
	for _, k := range []string{"", "a", "ab", "abc", "kyiv", "seoul", "pyongyang", "north-korean", "пентагон", "'s"} {
		t.Run(k, func(t *testing.T) {
			if s, b := keyHash(k), keyHash([]byte(k)); s != b {
				t.Errorf("keyHash(%q) = %x as a string, %x as bytes", k, s, b)
			}
		})
	}
}
