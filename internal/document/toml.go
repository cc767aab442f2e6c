package document

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// ParseTOML reads TOML into a node tree (see parseTOML).
func ParseTOML(data []byte) (*Node, error) { return parseTOML(data, NewLines(data)) }

// parseTOML builds a node tree with go-toml's position-keeping parser.
// Redefinitions that TOML forbids are tolerated (the later key wins).
func parseTOML(data []byte, lines *Lines) (root *Node, err error) {
	defer func() {
		// The unstable parser documents panics on malformed node shapes.
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("not valid TOML: %v", r)
		}
	}()
	t := &tomlConv{lines: lines, data: data, index: keyIndex{}}
	var p unstable.Parser
	p.Reset(data)
	root = NewObject(lines.Loc(0), lines.Loc(len(data)))
	current := root
	for p.NextExpression() {
		expr := p.Expression()
		t.nodes++
		if t.nodes > maxNodes {
			return nil, fmt.Errorf("not valid TOML: more than %d values", maxNodes)
		}
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			keys, keyNodes := tomlKeys(expr.Key())
			if len(keys) == 0 || len(keys) > maxDepth {
				return nil, errors.New("not valid TOML: bad table name")
			}
			tbl := root
			for i, k := range keys[:len(keys)-1] {
				tbl = t.descend(tbl, k, keyNodes[i])
			}
			last, lastNode := keys[len(keys)-1], keyNodes[len(keys)-1]
			if expr.Kind == unstable.ArrayTable {
				arr := tbl.Get(last)
				if arr == nil || arr.Type != Array {
					arr = NewArray(t.start(lastNode), t.end(lastNode))
					t.setKey(arr, lastNode)
					tbl.Set(last, arr)
				}
				elem := NewObject(t.start(lastNode), t.end(lastNode))
				arr.Add(elem)
				current = elem
			} else {
				current = t.descend(tbl, last, lastNode)
			}
		case unstable.KeyValue:
			keys, keyNodes := tomlKeys(expr.Key())
			if len(keys) == 0 || len(keys) > maxDepth {
				return nil, errors.New("not valid TOML: bad key")
			}
			tbl := current
			for i, k := range keys[:len(keys)-1] {
				tbl = t.descend(tbl, k, keyNodes[i])
			}
			v, err := t.value(expr.Value(), 0)
			if err != nil {
				return nil, err
			}
			t.setKey(v, keyNodes[len(keys)-1])
			t.index.replace(tbl, keys[len(keys)-1], v)
		}
	}
	if err := p.Error(); err != nil {
		var perr *unstable.ParserError
		if errors.As(err, &perr) && len(perr.Highlight) > 0 {
			off := cap(data) - cap(perr.Highlight)
			if off >= 0 && off <= len(data) {
				return nil, fmt.Errorf("not valid TOML (line %d): %s", lines.Loc(off).Line, perr.Message)
			}
		}
		return nil, fmt.Errorf("not valid TOML: %v", err)
	}
	return root, nil
}

type tomlConv struct {
	lines *Lines
	data  []byte
	nodes int
	index keyIndex
}

func (t *tomlConv) start(n *unstable.Node) Loc {
	if n == nil {
		return t.lines.Loc(0)
	}
	return t.lines.Loc(int(n.Raw.Offset))
}

func (t *tomlConv) end(n *unstable.Node) Loc {
	if n == nil {
		return t.lines.Loc(0)
	}
	return t.lines.Loc(int(n.Raw.Offset + n.Raw.Length))
}

func (t *tomlConv) setKey(v *Node, k *unstable.Node) {
	v.KeyStart, v.KeyEnd = t.start(k), t.end(k)
}

func tomlKeys(it unstable.Iterator) ([]string, []*unstable.Node) {
	var keys []string
	var nodes []*unstable.Node
	for it.Next() {
		n := it.Node()
		keys = append(keys, string(n.Data))
		nodes = append(nodes, n)
	}
	return keys, nodes
}

// descend returns the table at key, creating it, or the last element when
// key holds an array of tables.
func (t *tomlConv) descend(tbl *Node, key string, k *unstable.Node) *Node {
	v := tbl.Get(key)
	switch {
	case v != nil && v.Type == Object:
		return v
	case v != nil && v.Type == Array && len(v.Children) > 0 && v.Children[len(v.Children)-1].Type == Object:
		return v.Children[len(v.Children)-1]
	}
	n := NewObject(t.start(k), t.end(k))
	t.setKey(n, k)
	t.index.replace(tbl, key, n)
	return n
}

// keyIndex finds members by key in constant time, so that files with many
// keys (a .env, a TOML table, a Dockerfile's ENV) are read in linear time.
type keyIndex map[*Node]map[string]int

// replace sets member key of tbl to v, replacing an earlier one.
func (ix keyIndex) replace(tbl *Node, key string, v *Node) {
	m := ix[tbl]
	if m == nil {
		m = map[string]int{}
		for i, c := range tbl.Children {
			m[c.Key] = i
		}
		ix[tbl] = m
	}
	if i, ok := m[key]; ok && i < len(tbl.Children) && tbl.Children[i].Key == key {
		v.Key, v.Parent, v.Index = key, tbl, -1
		tbl.Children[i] = v
		return
	}
	m[key] = len(tbl.Children)
	tbl.Set(key, v)
}

// replace sets a member without an index (for small objects).
func replace(tbl *Node, key string, v *Node) {
	for i, m := range tbl.Children {
		if m.Key == key {
			v.Key, v.Parent, v.Index = key, tbl, -1
			tbl.Children[i] = v
			return
		}
	}
	tbl.Set(key, v)
}

func (t *tomlConv) value(n *unstable.Node, depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, errors.New("not valid TOML: nested too deeply")
	}
	t.nodes++
	if t.nodes > maxNodes {
		return nil, fmt.Errorf("not valid TOML: more than %d values", maxNodes)
	}
	start, end := t.start(n), t.end(n)
	switch n.Kind {
	case unstable.String:
		// Raw covers the string's content; include the quotes.
		s := start.Off
		for s > 0 && s > start.Off-3 && (t.data[s-1] == '"' || t.data[s-1] == '\'') {
			s--
		}
		e := end.Off
		for e < len(t.data) && e < end.Off+3 && (t.data[e] == '"' || t.data[e] == '\'') {
			e++
		}
		return &Node{Type: String, Index: -1, Value: string(n.Data), Start: t.lines.Loc(s), End: t.lines.Loc(e)}, nil
	case unstable.Bool:
		return &Node{Type: Bool, Index: -1, Value: strings.ToLower(string(n.Data)), Start: start, End: end}, nil
	case unstable.Integer, unstable.Float:
		return &Node{Type: Number, Index: -1, Value: string(n.Data), Start: start, End: end}, nil
	case unstable.Array:
		arr := NewArray(start, end)
		it := n.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			v, err := t.value(c, depth+1)
			if err != nil {
				return nil, err
			}
			arr.Add(v)
		}
		if len(arr.Children) > 0 {
			arr.Start = arr.Children[0].Start
			arr.End = arr.Children[len(arr.Children)-1].End
		}
		return arr, nil
	case unstable.InlineTable:
		obj := NewObject(start, end)
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			keys, keyNodes := tomlKeys(kv.Key())
			if len(keys) == 0 || len(keys) > maxDepth {
				continue
			}
			tbl := obj
			for i, k := range keys[:len(keys)-1] {
				tbl = t.descend(tbl, k, keyNodes[i])
			}
			v, err := t.value(kv.Value(), depth+1)
			if err != nil {
				return nil, err
			}
			t.setKey(v, keyNodes[len(keys)-1])
			t.index.replace(tbl, keys[len(keys)-1], v)
		}
		if len(obj.Children) > 0 {
			obj.Start = obj.Children[0].KeyStart
			obj.End = obj.Children[len(obj.Children)-1].End
		}
		return obj, nil
	}
	// Dates and times: kept as strings.
	return &Node{Type: String, Index: -1, Value: string(n.Data), Start: start, End: end}, nil
}
