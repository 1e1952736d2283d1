package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// node is a trie over lower-cased alias tokens with a string map per
// node: the plain structure the index must hold the same names as.
type node struct {
	next    map[string]*node
	aliases []alias // in insertion order
}

func (n *node) child(tok string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c, ok := n.next[tok]
	if !ok {
		c = &node{}
		n.next[tok] = c
	}
	return c
}

// refTrie builds the map trie of g's names, inserted in the order and
// with the rule build and insert follow.
func refTrie(g *Gazetteer) *node {
	root := &node{}
	ins := func(a alias) {
		n := root
		for _, w := range a.toks {
			n = n.child(strings.ToLower(w))
		}
		for _, old := range n.aliases {
			if slices.Equal(old.toks, a.toks) {
				return
			}
		}
		n.aliases = append(n.aliases, a)
	}
	add := func(name string, entry int, demonym bool) {
		if a, ok := aliasOf(name, entry, demonym); ok {
			ins(a)
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		add(e.Canonical, i, false)
		for _, a := range e.Aliases {
			add(a, i, false)
		}
		for _, d := range e.Demonyms {
			add(d, i, true)
		}
	}
	return root
}

func sameAlias(a, b alias) bool {
	return a.entry == b.entry && a.demonym == b.demonym && slices.Equal(a.toks, b.toks)
}

func sameAliases(a, b []alias) bool {
	return slices.EqualFunc(a, b, sameAlias)
}

// TestAddChildGrows checks that the index finds every key after its
// table has doubled.
func TestAddChildGrows(t *testing.T) {
	x := index{nodes: []inode{{leaf: true}}, edges: make([]edge, 16)}
	keys := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"}
	ids := map[string]int32{}
	parent := int32(0)
	for _, k := range keys {
		ids[k] = x.addChild(parent, k, keyHash(k))
		parent = ids[k] % 3
	}
	if len(x.edges) < 2*len(keys) {
		t.Errorf("table of %d slots for %d edges", len(x.edges), len(keys))
	}
	parent = 0
	for _, k := range keys {
		t.Run(k, func(t *testing.T) {
			if got := child(&x, parent, k, keyHash(k)); got != ids[k] {
				t.Errorf("child(%d, %q) = %d, want %d", parent, k, got, ids[k])
			}
		})
		parent = ids[k] % 3
	}
	if x.nodes[0].leaf || !x.nodes[ids["q"]].leaf {
		t.Error("leaf flags wrong")
	}
}
