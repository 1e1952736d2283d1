// Package simhash computes 64-bit SimHash sketches of document texts so that
// near-duplicates (the same wire story on two sites, with different
// boilerplate) can be found by Hamming distance, and splits sketches into
// bands so that a store can find candidates with plain equality lookups.
package simhash

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shingle is the number of consecutive words hashed together. Three words keep
// the sketch sensitive to word order without letting one edited word disturb
// more than a few shingles.
const Shingle = 3

// MaxDistance is the largest Hamming distance at which two sketches count as
// the same story. It must stay below Bands so that the pigeonhole argument in
// BandValues holds: two sketches within MaxDistance bits agree exactly on at
// least one band.
const MaxDistance = 7

// Bands is the number of equal bands a sketch is cut into for lookups.
const Bands = 8

const bandBits = 64 / Bands

// Sketch returns the SimHash of text's words, lowercased, in shingles of
// Shingle words. A text with fewer words than Shingle is hashed as one
// shingle; an empty text has sketch 0.
func Sketch(text string) uint64 {
	words := Words(text)
	if len(words) == 0 {
		return 0
	}
	var counts [64]int
	add := func(ws []string) {
		h := fnv.New64a()
		for i, w := range ws {
			if i > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		x := mix(h.Sum64())
		for b := range 64 {
			if x&(1<<b) != 0 {
				counts[b]++
			} else {
				counts[b]--
			}
		}
	}
	if len(words) < Shingle {
		add(words)
	} else {
		for i := 0; i+Shingle <= len(words); i++ {
			add(words[i : i+Shingle])
		}
	}
	var s uint64
	for b := range 64 {
		if counts[b] > 0 {
			s |= 1 << b
		}
	}
	return s
}

// mix spreads FNV's weak high bits (splitmix64 finalizer) so every bit of the
// sketch carries about the same information.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Words splits text into lowercase words of letters and digits; everything
// else separates words.
func Words(text string) []string {
	var out []string
	start := -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, strings.ToLower(text[start:i]))
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, strings.ToLower(text[start:]))
	}
	return out
}

// Distance is the number of bits in which a and b differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether a and b are within MaxDistance bits.
func Near(a, b uint64) bool { return Distance(a, b) <= MaxDistance }

// BandValues cuts s into Bands bands of equal width. Two sketches within
// MaxDistance bits share at least one band value at the same index, so a
// store finds every near candidate by looking up the bands.
func BandValues(s uint64) [Bands]int64 {
	var out [Bands]int64
	for i := range Bands {
		out[i] = int64((s >> (i * bandBits)) & (1<<bandBits - 1))
	}
	return out
}
