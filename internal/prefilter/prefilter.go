// Package prefilter tells, in one pass over a file's bytes, which of a fixed
// set of literal keywords occur in it, so that the engine can skip rules,
// the parse and regular expressions that cannot match.
//
// A Set is an Aho–Corasick automaton compiled to a dense table over byte
// classes: scanning costs one table load per input byte whatever the number
// of keywords, where testing each keyword with bytes.Contains costs a pass
// per keyword. A Filter groups keywords (a rule's keyword list, the MCP
// markers) and guards regular expressions with the literals every match of
// them must contain (see RequiredLiterals): the expression runs only when one
// of those literals is in the file.
//
// Sets and Filters are immutable once built and safe for concurrent use.
package prefilter

import "sort"

// Pattern is one keyword.
type Pattern struct {
	Text string
	// Fold makes the match ASCII case-insensitive.
	Fold bool
}

// Set is a compiled set of patterns.
type Set struct {
	patterns []Pattern
	// class maps an input byte to its class; bytes that occur in no
	// pattern share class 0. Upper-case ASCII letters map to the class of
	// their lower-case letter: the automaton runs on folded bytes, and a
	// case-sensitive pattern is confirmed on the original bytes.
	class    [256]uint8
	nclasses int
	// delta holds, for state s (premultiplied by nclasses) and class c,
	// next<<1 | hasOutput, next premultiplied too.
	delta []int32
	// out lists, for each state, the patterns that end there.
	out [][]int32
	// exact marks the patterns whose match must be confirmed on the
	// original bytes (not folded, and holding a letter).
	exact []bool
	// empty lists the patterns with no text (they are in every input).
	empty []int32
}

// Len returns the number of patterns.
func (s *Set) Len() int { return len(s.patterns) }

// NewSet compiles patterns. Their indices in the slice are their IDs.
func NewSet(patterns []Pattern) *Set {
	s := &Set{patterns: append([]Pattern(nil), patterns...), exact: make([]bool, len(patterns))}
	// Byte classes over folded bytes.
	var used [256]bool
	for i, p := range patterns {
		if p.Text == "" {
			s.empty = append(s.empty, int32(i))
			continue
		}
		for j := 0; j < len(p.Text); j++ {
			used[lower(p.Text[j])] = true
		}
		if !p.Fold && hasLetter(p.Text) {
			s.exact[i] = true
		}
	}
	n := 1
	for b := 0; b < 256; b++ {
		if used[b] && b == int(lower(byte(b))) {
			s.class[b] = uint8(n)
			n++
		}
	}
	for b := 0; b < 256; b++ {
		s.class[b] = s.class[lower(byte(b))]
	}
	s.nclasses = n

	// Trie over folded pattern bytes, in a dense table: child[st*n+c] is
	// the child of state st on class c, or 0 (the root is nobody's child).
	// A map per node cost more than the rest of a small scan's prefilter.
	total := 1
	for _, p := range patterns {
		total += len(p.Text)
	}
	child := make([]int32, n, total*n)
	outs := [][]int32{nil}
	for i, p := range patterns {
		if p.Text == "" {
			continue
		}
		cur := 0
		for j := 0; j < len(p.Text); j++ {
			c := int(s.class[p.Text[j]])
			nx := int(child[cur*n+c])
			if nx == 0 {
				nx = len(outs)
				outs = append(outs, nil)
				child = append(child, make([]int32, n)...)
				child[cur*n+c] = int32(nx)
			}
			cur = nx
		}
		outs[cur] = append(outs[cur], int32(i))
	}
	states := len(outs)
	// Breadth-first: failure links and the dense transition table, written
	// over the child table (a state's row is read before it is rewritten,
	// and the rows of failure states, shallower, are already final).
	fail := make([]int32, states)
	s.delta = child
	s.out = make([][]int32, states)
	queue := make([]int32, 1, states)
	for k := 0; k < len(queue); k++ {
		st := int(queue[k])
		if st != 0 {
			outs[st] = append(outs[st], outs[fail[st]]...)
		}
		for c := 0; c < n; c++ {
			var next int
			if nx := int(child[st*n+c]); nx != 0 {
				next = nx
				if st != 0 {
					fail[nx] = s.delta[int(fail[st])*n+c] >> 1 / int32(n)
				}
				queue = append(queue, int32(nx))
			} else if st != 0 {
				next = int(s.delta[int(fail[st])*n+c] >> 1 / int32(n))
			}
			s.delta[st*n+c] = int32(next*n) << 1
		}
	}
	for i := range outs {
		out := outs[i]
		sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
		s.out[i] = dedup(out)
	}
	// Mark transitions into states with output.
	for i, e := range s.delta {
		if len(s.out[int(e>>1)/n]) > 0 {
			s.delta[i] = e | 1
		}
	}
	return s
}

func dedup(xs []int32) []int32 {
	if len(xs) < 2 {
		return xs
	}
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := lower(s[i]); 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// Scan sets found[i] for every pattern i that occurs in data; found must
// have Len() entries and is not cleared first. It returns how many entries
// it set.
func (s *Set) Scan(data []byte, found []bool) int { return scan(s, data, found) }

// ScanString is Scan on a string.
func (s *Set) ScanString(text string, found []bool) int { return scan(s, text, found) }

func scan[T []byte | string](s *Set, data T, found []bool) int {
	set := 0
	for _, id := range s.empty {
		if !found[id] {
			found[id] = true
			set++
		}
	}
	remaining := len(s.patterns)
	for _, f := range found {
		if f {
			remaining--
		}
	}
	if remaining == 0 || len(s.delta) == 0 {
		return set
	}
	delta, class := s.delta, &s.class
	st := int32(0)
	for i := 0; i < len(data); i++ {
		e := delta[st+int32(class[data[i]])]
		st = e >> 1
		if e&1 == 0 {
			continue
		}
		for _, id := range s.out[int(st)/s.nclasses] {
			if found[id] {
				continue
			}
			if s.exact[id] {
				t := s.patterns[id].Text
				if string(data[i+1-len(t):i+1]) != t {
					continue
				}
			}
			found[id] = true
			set++
			remaining--
			if remaining == 0 {
				return set
			}
		}
	}
	return set
}
