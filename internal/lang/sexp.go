package lang

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Sexp renders a syntax tree one named node per line, indented, with field
// names and the text of leaves, in the vocabulary of tree-sitter queries.
func Sexp(root *sitter.Node, src []byte) string {
	var b strings.Builder
	cur := root.Walk()
	defer cur.Close()
	depth := 0
	for {
		n := cur.Node()
		if n.IsNamed() {
			b.WriteString(strings.Repeat("  ", depth))
			if f := cur.FieldName(); f != "" {
				b.WriteString(f + ": ")
			}
			fmt.Fprintf(&b, "(%s)", n.Kind())
			if n.ChildCount() == 0 {
				fmt.Fprintf(&b, " %q", string(src[n.StartByte():n.EndByte()]))
			}
			fmt.Fprintf(&b, "  [%d:%d]\n", n.StartPosition().Row+1, n.StartPosition().Column+1)
		}
		if cur.GotoFirstChild() {
			depth++
			continue
		}
		for !cur.GotoNextSibling() {
			if !cur.GotoParent() {
				return b.String()
			}
			depth--
		}
	}
}
