package document

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Path is a compiled path pattern. Segments are separated by dots:
//
//	key        a member with that key (\. escapes a dot in a key)
//	~key       a member whose key equals key case-insensitively
//	*          any member or item
//	**         zero or more levels
//	{a,b,c}    a member with one of these keys
//	[3], [-1]  an array item by index (negative from the end); written
//	           after a key (steps[0]) or alone
//	..         the parent (in relative paths: "../type", "../../launch")
//	a | b      either path
//
// The empty path is the node itself.
type Path struct {
	text string
	segs []segment
	// alts are the alternatives of "a.b | c.d".
	alts []*Path
}

type segKind uint8

const (
	segKey segKind = iota
	segFold
	segAny
	segDeep
	segAlt
	segIndex
	segParent
)

type segment struct {
	kind  segKind
	key   string
	alts  []string
	index int
}

// String returns the pattern as written.
func (p *Path) String() string { return p.text }

// CompilePath parses a path pattern. Alternatives are separated by "|":
// "jobs.*.uses | runs.steps.*.uses".
func CompilePath(pattern string) (*Path, error) {
	if parts := splitAlternatives(pattern); len(parts) > 1 {
		p := &Path{text: pattern}
		for _, part := range parts {
			a, err := CompilePath(part)
			if err != nil {
				return nil, err
			}
			p.alts = append(p.alts, a)
		}
		return p, nil
	}
	p := &Path{text: pattern}
	if strings.TrimSpace(pattern) == "" {
		return p, nil
	}
	// Split on unescaped dots, keeping ".." as a parent segment.
	var parts []string
	var b strings.Builder
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			b.WriteByte(c)
			b.WriteByte(pattern[i+1])
			i++
		case c == '.' && i+1 < len(pattern) && pattern[i+1] == '.' && b.Len() == 0:
			// ".." is the parent; "../x" and "...x" both go on to x.
			parts = append(parts, "..")
			i++
			if i+1 < len(pattern) && (pattern[i+1] == '/' || pattern[i+1] == '.') {
				i++
			}
		case c == '.':
			if b.Len() > 0 {
				parts = append(parts, b.String())
				b.Reset()
			}
		default:
			b.WriteByte(c)
		}
	}
	if b.Len() > 0 {
		parts = append(parts, b.String())
	}
	for _, part := range parts {
		segs, err := parseSegment(part)
		if err != nil {
			return nil, fmt.Errorf("path %q: %v", pattern, err)
		}
		p.segs = append(p.segs, segs...)
	}
	return p, nil
}

func parseSegment(part string) ([]segment, error) {
	switch part {
	case "..":
		return []segment{{kind: segParent}}, nil
	case "*":
		return []segment{{kind: segAny}}, nil
	case "**":
		return []segment{{kind: segDeep}}, nil
	}
	var out []segment
	// Trailing [n] index suffixes.
	var idx []int
	for strings.HasSuffix(part, "]") {
		open := strings.LastIndexByte(part, '[')
		if open < 0 || (open > 0 && part[open-1] == '\\') {
			break
		}
		inner := part[open+1 : len(part)-1]
		if inner == "*" {
			idx = append([]int{1 << 30}, idx...)
		} else {
			n, err := strconv.Atoi(inner)
			if err != nil {
				return nil, fmt.Errorf("bad index [%s]", inner)
			}
			idx = append([]int{n}, idx...)
		}
		part = part[:open]
	}
	if part != "" {
		switch {
		case strings.HasPrefix(part, "{") && strings.HasSuffix(part, "}"):
			var alts []string
			for _, a := range strings.Split(part[1:len(part)-1], ",") {
				alts = append(alts, unescapeKey(strings.TrimSpace(a)))
			}
			out = append(out, segment{kind: segAlt, alts: alts})
		case strings.HasPrefix(part, "~"):
			out = append(out, segment{kind: segFold, key: unescapeKey(part[1:])})
		case part == "*":
			out = append(out, segment{kind: segAny})
		default:
			out = append(out, segment{kind: segKey, key: unescapeKey(part)})
		}
	}
	for _, i := range idx {
		if i == 1<<30 {
			out = append(out, segment{kind: segAny})
		} else {
			out = append(out, segment{kind: segIndex, index: i})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty segment")
	}
	return out, nil
}

func unescapeKey(k string) string {
	if !strings.Contains(k, `\`) {
		return k
	}
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		if k[i] == '\\' && i+1 < len(k) {
			i++
		}
		b.WriteByte(k[i])
	}
	return b.String()
}

// maxSelected bounds the nodes one selection returns.
const maxSelected = 100000

// splitAlternatives splits a pattern at unescaped "|" outside braces.
func splitAlternatives(pattern string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, strings.TrimSpace(pattern[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(pattern[start:]))
}

// Select returns the nodes the path reaches from n, in document order,
// without duplicates.
func (p *Path) Select(n *Node) []*Node {
	if n == nil {
		return nil
	}
	if len(p.alts) > 0 {
		var out []*Node
		seen := map[*Node]bool{}
		for _, a := range p.alts {
			for _, x := range a.Select(n) {
				if !seen[x] {
					seen[x] = true
					out = append(out, x)
				}
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Off < out[j].Start.Off })
		return out
	}
	cur := []*Node{n}
	for _, s := range p.segs {
		var next []*Node
		seen := map[*Node]bool{}
		add := func(x *Node) {
			if x != nil && !seen[x] && len(next) < maxSelected {
				seen[x] = true
				next = append(next, x)
			}
		}
		for _, c := range cur {
			switch s.kind {
			case segKey:
				if c.Type == Object {
					for _, ch := range c.Children {
						if ch.Key == s.key {
							add(ch)
						}
					}
				}
			case segFold:
				if c.Type == Object {
					for _, ch := range c.Children {
						if strings.EqualFold(ch.Key, s.key) {
							add(ch)
						}
					}
				}
			case segAlt:
				if c.Type == Object {
					for _, ch := range c.Children {
						for _, a := range s.alts {
							if ch.Key == a {
								add(ch)
								break
							}
						}
					}
				}
			case segAny:
				for _, ch := range c.Children {
					add(ch)
				}
			case segIndex:
				if c.Type == Array {
					i := s.index
					if i < 0 {
						i += len(c.Children)
					}
					if i >= 0 && i < len(c.Children) {
						add(c.Children[i])
					}
				}
			case segParent:
				add(c.Parent)
			case segDeep:
				var walk func(x *Node, depth int)
				walk = func(x *Node, depth int) {
					if depth > maxDepth || len(next) >= maxSelected {
						return
					}
					add(x)
					for _, ch := range x.Children {
						walk(ch, depth+1)
					}
				}
				walk(c, 0)
			}
		}
		cur = next
		if len(cur) == 0 {
			return nil
		}
	}
	return cur
}

// SelectOne returns the first node the path reaches, or nil.
func (p *Path) SelectOne(n *Node) *Node {
	if got := p.Select(n); len(got) > 0 {
		return got[0]
	}
	return nil
}
