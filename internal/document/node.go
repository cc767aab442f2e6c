// Package document reads the non-source files a scan looks at — JSON and
// JSONC, YAML, TOML, Dockerfiles and .env files — into one tree of nodes
// that keep their positions, so that rules can select values by path and
// findings point at the line and column of the value in the file.
//
// Every parser takes untrusted bytes: sizes, nesting and node counts are
// capped, and a file that cannot be read gives an error, never a panic or a
// hang. Rules select nodes with paths (see Path); the meaning of a file
// (a client configuration, a Dockerfile's stages) is added by derived nodes
// built on top of the raw tree.
package document

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Type is a node's value type.
type Type uint8

// Node types.
const (
	Null Type = iota
	Bool
	Number
	String
	Object
	Array
)

func (t Type) String() string {
	switch t {
	case Null:
		return "null"
	case Bool:
		return "bool"
	case Number:
		return "number"
	case String:
		return "string"
	case Object:
		return "object"
	case Array:
		return "array"
	}
	return "unknown"
}

// Loc is a position in a file: a byte offset and the 1-based line and
// code-point column it falls on.
type Loc struct {
	Off, Line, Col int
}

// Node is one value of a document: a scalar, an object (members in file
// order, each with its key) or an array.
type Node struct {
	Type Type
	// Key is the member name in the parent object ("" for array items and
	// the root).
	Key string
	// Index is the position in the parent array, or -1.
	Index int
	// Value is a scalar's value: a decoded string, "true"/"false", a
	// number as written, "" for null and containers.
	Value string
	// Children are an object's members or an array's items, in file order.
	Children []*Node
	Parent   *Node
	// Start and End delimit the value in its file (End exclusive).
	Start, End Loc
	// KeyStart and KeyEnd delimit the member's key, when it has one
	// (KeyStart.Line is 0 otherwise).
	KeyStart, KeyEnd Loc
	// File is the file the node comes from when it differs from its
	// document's (derived documents gather nodes of several files).
	File string
}

// HasKey reports whether the node is an object member with a located key.
func (n *Node) HasKey() bool { return n.KeyStart.Line > 0 }

// Get returns the last member named key of an object (as JSON decoders
// do), or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Type != Object {
		return nil
	}
	for i := len(n.Children) - 1; i >= 0; i-- {
		if n.Children[i].Key == key {
			return n.Children[i]
		}
	}
	return nil
}

// GetFold is Get with a case-insensitive key.
func (n *Node) GetFold(key string) *Node {
	if n == nil || n.Type != Object {
		return nil
	}
	for i := len(n.Children) - 1; i >= 0; i-- {
		if strings.EqualFold(n.Children[i].Key, key) {
			return n.Children[i]
		}
	}
	return nil
}

// Str returns the string value of member key, or "".
func (n *Node) Str(key string) string {
	if c := n.Get(key); c != nil && c.Type != Object && c.Type != Array {
		return c.Value
	}
	return ""
}

// Truthy reports whether the node is the boolean true (or the string
// "true").
func (n *Node) Truthy() bool {
	return n != nil && (n.Type == Bool || n.Type == String) && strings.EqualFold(n.Value, "true")
}

// IsScalar reports whether the node holds a single value.
func (n *Node) IsScalar() bool { return n != nil && n.Type != Object && n.Type != Array }

// Scalars returns the scalar values at or under the node, in order, at most
// limit of them.
func (n *Node) Scalars(limit int) []*Node {
	var out []*Node
	var walk func(x *Node, depth int)
	walk = func(x *Node, depth int) {
		if len(out) >= limit || depth > maxDepth {
			return
		}
		if x.IsScalar() {
			out = append(out, x)
			return
		}
		for _, c := range x.Children {
			walk(c, depth+1)
		}
	}
	if n != nil {
		walk(n, 0)
	}
	return out
}

// Path returns the node's path from the root, in the syntax of Path
// patterns (keys with dots escaped, array items as [i]).
func (n *Node) Path() string {
	var parts []string
	for x := n; x != nil && x.Parent != nil; x = x.Parent {
		if x.Index >= 0 && x.Parent.Type == Array {
			parts = append(parts, "["+strconv.Itoa(x.Index)+"]")
		} else {
			parts = append(parts, escapeKey(x.Key))
		}
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		if b.Len() > 0 && !strings.HasPrefix(p, "[") {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

func escapeKey(k string) string {
	r := strings.NewReplacer(`\`, `\\`, `.`, `\.`, `[`, `\[`, `{`, `\{`, `*`, `\*`)
	return r.Replace(k)
}

// Add appends a child, setting its parent and index.
func (n *Node) Add(c *Node) *Node {
	c.Parent = n
	if n.Type == Array {
		c.Index = len(n.Children)
	} else {
		c.Index = -1
	}
	n.Children = append(n.Children, c)
	return c
}

// NewObject returns an empty object located at loc.
func NewObject(start, end Loc) *Node { return &Node{Type: Object, Index: -1, Start: start, End: end} }

// NewArray returns an empty array located at loc.
func NewArray(start, end Loc) *Node { return &Node{Type: Array, Index: -1, Start: start, End: end} }

// NewString returns a string node located at loc.
func NewString(v string, start, end Loc) *Node {
	return &Node{Type: String, Index: -1, Value: v, Start: start, End: end}
}

// NewBool returns a boolean node.
func NewBool(v bool, start, end Loc) *Node {
	s := "false"
	if v {
		s = "true"
	}
	return &Node{Type: Bool, Index: -1, Value: s, Start: start, End: end}
}

// Set adds a member to an object, keyed, and returns it.
func (n *Node) Set(key string, c *Node) *Node {
	c.Key = key
	return n.Add(c)
}

// Clone copies a node and its subtree (detached from its parent), keeping
// positions and files: derived documents reuse the nodes of the raw tree
// under new paths.
func (n *Node) Clone() *Node {
	return n.clone(0)
}

func (n *Node) clone(depth int) *Node {
	c := *n
	c.Parent = nil
	c.Children = nil
	if depth > maxDepth {
		return &c
	}
	for _, ch := range n.Children {
		cc := ch.clone(depth + 1)
		cc.Parent = &c
		c.Children = append(c.Children, cc)
	}
	return &c
}

// Lines maps byte offsets of a file to lines and code-point columns.
type Lines struct {
	src    []byte
	starts []int
}

// NewLines indexes src.
func NewLines(src []byte) *Lines {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{src: src, starts: starts}
}

// Loc returns the position of a byte offset.
func (l *Lines) Loc(off int) Loc {
	if off < 0 {
		off = 0
	}
	if off > len(l.src) {
		off = len(l.src)
	}
	li := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return Loc{Off: off, Line: li + 1, Col: utf8.RuneCount(l.src[l.starts[li]:off]) + 1}
}

// LineCol returns the byte offset of a 1-based line and code-point column
// (clamped to the line).
func (l *Lines) LineCol(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(l.starts) {
		return len(l.src)
	}
	off := l.starts[line-1]
	end := len(l.src)
	if line < len(l.starts) {
		end = l.starts[line] - 1
	}
	for c := 1; c < col && off < end; c++ {
		_, size := utf8.DecodeRune(l.src[off:])
		off += size
	}
	return off
}

// Line returns the text of a 1-based line without its terminator.
func (l *Lines) Line(n int) string {
	if n < 1 || n > len(l.starts) {
		return ""
	}
	start := l.starts[n-1]
	end := len(l.src)
	if n < len(l.starts) {
		end = l.starts[n] - 1
	}
	if end > start && l.src[end-1] == '\r' {
		end--
	}
	return string(l.src[start:end])
}

// Src returns the indexed bytes.
func (l *Lines) Src() []byte { return l.src }
