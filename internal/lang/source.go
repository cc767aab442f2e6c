package lang

import (
	"sort"
	"unicode/utf8"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Source is a file's bytes with a line index, for turning byte offsets into
// the 1-based line and code-point column positions findings use.
type Source struct {
	Bytes      []byte
	lineStarts []int
}

// NewSource indexes src.
func NewSource(src []byte) *Source {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Source{Bytes: src, lineStarts: starts}
}

// LineCount returns the number of lines.
func (s *Source) LineCount() int { return len(s.lineStarts) }

// lineIndex returns the 0-based line holding byte offset off.
func (s *Source) lineIndex(off int) int {
	return sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
}

// Position returns the 1-based line and code-point column of a byte offset.
func (s *Source) Position(off int) (line, col int) {
	if off > len(s.Bytes) {
		off = len(s.Bytes)
	}
	li := s.lineIndex(off)
	return li + 1, utf8.RuneCount(s.Bytes[s.lineStarts[li]:off]) + 1
}

// Line returns the text of 1-based line n without its line terminator, or
// "" when n is out of range.
func (s *Source) Line(n int) string {
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.Bytes)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n] - 1
	}
	if end > start && s.Bytes[end-1] == '\r' {
		end--
	}
	return string(s.Bytes[start:end])
}

// Text returns a node's source text.
func (s *Source) Text(n *sitter.Node) string {
	return string(s.Bytes[n.StartByte():n.EndByte()])
}

// View returns bytes [start, end) of the source as a string that shares
// their memory: no copy, for a text only looked at (a condition's regular
// expression on a call, a function, the whole file) and dropped before the
// scan of the file ends. Keeping a view would pin the file's bytes, and
// the caller may reuse them for the next file: store Text instead.
func (s *Source) View(start, end int) string {
	if start >= end {
		return ""
	}
	return unsafe.String(&s.Bytes[start], end-start)
}

// NodeView is View of a node's text.
func (s *Source) NodeView(n *sitter.Node) string {
	return s.View(int(n.StartByte()), int(n.EndByte()))
}

// LineOfNode returns the 1-based line a node starts on.
func LineOfNode(n *sitter.Node) int { return int(n.StartPosition().Row) + 1 }
