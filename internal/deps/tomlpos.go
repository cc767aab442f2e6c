package deps

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// tnode is a TOML value with the line it starts on. Tables keep their keys
// in document order with the line of each key. The tree is built from
// go-toml's position-keeping parser because BurntSushi/toml, used elsewhere,
// reports no positions for keys and values.
type tnode struct {
	kind    byte // 't' table, 'a' array, 's' string, 'o' other scalar
	line    int
	str     string
	members []tmember
	items   []*tnode
}

type tmember struct {
	key  string
	line int
	val  *tnode
}

func (n *tnode) get(key string) *tnode {
	if n == nil || n.kind != 't' {
		return nil
	}
	for _, m := range n.members {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

func (n *tnode) member(key string) (tmember, bool) {
	if n == nil || n.kind != 't' {
		return tmember{}, false
	}
	for _, m := range n.members {
		if m.key == key {
			return m, true
		}
	}
	return tmember{}, false
}

func (n *tnode) getStr(key string) string {
	if v := n.get(key); v != nil && v.kind == 's' {
		return v.str
	}
	return ""
}

// path walks nested tables by key.
func (n *tnode) path(keys ...string) *tnode {
	for _, k := range keys {
		n = n.get(k)
	}
	return n
}

// parseTOML builds a tnode tree. Redefinitions that TOML forbids are
// tolerated (the later key wins); the caller wants the dependencies, not a
// validator.
func parseTOML(data []byte) (root *tnode, err error) {
	defer func() {
		// The unstable parser documents panics on malformed node shapes;
		// a hostile file must give an error, not a crash.
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("not valid TOML: %v", r)
		}
	}()
	lines := newLineIndex(data)
	var p unstable.Parser
	p.Reset(data)
	lineOf := func(n *unstable.Node) int {
		if n == nil || n.Raw.Length == 0 && n.Raw.Offset == 0 {
			return 0
		}
		return lines.line(int64(n.Raw.Offset))
	}
	root = &tnode{kind: 't', line: 1}
	current := root
	for p.NextExpression() {
		expr := p.Expression()
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			keys, keyNodes := keyParts(expr.Key())
			if len(keys) == 0 {
				return nil, errors.New("not valid TOML: empty table name")
			}
			t := root
			for i, k := range keys[:len(keys)-1] {
				t = descend(t, k, lineOf(keyNodes[i]))
			}
			last := keys[len(keys)-1]
			line := lineOf(keyNodes[len(keys)-1])
			if expr.Kind == unstable.ArrayTable {
				arr := t.get(last)
				if arr == nil || arr.kind != 'a' {
					arr = &tnode{kind: 'a', line: line}
					setMember(t, last, line, arr)
				}
				elem := &tnode{kind: 't', line: line}
				arr.items = append(arr.items, elem)
				current = elem
			} else {
				current = descend(t, last, line)
			}
		case unstable.KeyValue:
			keys, keyNodes := keyParts(expr.Key())
			if len(keys) == 0 {
				return nil, errors.New("not valid TOML: empty key")
			}
			t := current
			for i, k := range keys[:len(keys)-1] {
				t = descend(t, k, lineOf(keyNodes[i]))
			}
			val := convertTOML(expr.Value(), lineOf)
			setMember(t, keys[len(keys)-1], lineOf(keyNodes[len(keys)-1]), val)
		}
	}
	if err := p.Error(); err != nil {
		var perr *unstable.ParserError
		if errors.As(err, &perr) && len(perr.Highlight) > 0 {
			off := int64(cap(data) - cap(perr.Highlight))
			if off >= 0 && off <= int64(len(data)) {
				return nil, fmt.Errorf("not valid TOML (line %d): %s", lines.line(off), perr.Message)
			}
		}
		return nil, fmt.Errorf("not valid TOML: %v", err)
	}
	return root, nil
}

func keyParts(it unstable.Iterator) ([]string, []*unstable.Node) {
	var keys []string
	var nodes []*unstable.Node
	for it.Next() {
		n := it.Node()
		keys = append(keys, string(n.Data))
		nodes = append(nodes, n)
	}
	return keys, nodes
}

// descend returns the table at key in t, creating it, or the last element
// when key holds an array of tables.
func descend(t *tnode, key string, line int) *tnode {
	v := t.get(key)
	switch {
	case v != nil && v.kind == 't':
		return v
	case v != nil && v.kind == 'a' && len(v.items) > 0 && v.items[len(v.items)-1].kind == 't':
		return v.items[len(v.items)-1]
	}
	n := &tnode{kind: 't', line: line}
	setMember(t, key, line, n)
	return n
}

func setMember(t *tnode, key string, line int, val *tnode) {
	for i, m := range t.members {
		if m.key == key {
			t.members[i] = tmember{key: key, line: line, val: val}
			return
		}
	}
	t.members = append(t.members, tmember{key: key, line: line, val: val})
}

func convertTOML(n *unstable.Node, lineOf func(*unstable.Node) int) *tnode {
	out := &tnode{line: lineOf(n)}
	switch n.Kind {
	case unstable.String:
		out.kind, out.str = 's', string(n.Data)
	case unstable.Array:
		out.kind = 'a'
		it := n.Children()
		for it.Next() {
			if it.Node().Kind == unstable.Comment {
				continue
			}
			out.items = append(out.items, convertTOML(it.Node(), lineOf))
		}
	case unstable.InlineTable:
		out.kind = 't'
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			keys, keyNodes := keyParts(kv.Key())
			if len(keys) == 0 {
				continue
			}
			t := out
			for i, k := range keys[:len(keys)-1] {
				t = descend(t, k, lineOf(keyNodes[i]))
			}
			setMember(t, keys[len(keys)-1], lineOf(keyNodes[len(keys)-1]), convertTOML(kv.Value(), lineOf))
		}
	default:
		out.kind, out.str = 'o', strings.TrimSpace(string(n.Data))
	}
	return out
}
