package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ParseYAML reads YAML into a node tree (see parseYAML).
func ParseYAML(data []byte) (*Node, error) { return parseYAML(data, NewLines(data)) }

// parseYAML reads every document of a YAML stream. One document becomes
// the root; several become an array of documents. Aliases are expanded
// within the node budget, so an alias bomb gives an error, not a hang.
func parseYAML(data []byte, lines *Lines) (root *Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("not valid YAML: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*Node
	budget := maxNodes
	for i := 0; ; i++ {
		if i > 1000 {
			return nil, errors.New("not valid YAML: more than 1000 documents")
		}
		var y yaml.Node
		if err := dec.Decode(&y); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, fmt.Errorf("not valid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		c := &yamlConv{lines: lines, budget: &budget}
		n, err := c.conv(&y, 0)
		if err != nil {
			return nil, err
		}
		if n != nil {
			docs = append(docs, n)
		}
	}
	switch len(docs) {
	case 0:
		return &Node{Type: Null, Index: -1, Start: lines.Loc(0), End: lines.Loc(0)}, nil
	case 1:
		return docs[0], nil
	}
	arr := NewArray(docs[0].Start, docs[len(docs)-1].End)
	for _, d := range docs {
		arr.Add(d)
	}
	return arr, nil
}

type yamlConv struct {
	lines  *Lines
	budget *int
}

func (c *yamlConv) loc(y *yaml.Node) Loc {
	return c.lines.Loc(c.lines.LineCol(y.Line, y.Column))
}

// scalarEnd estimates where a scalar ends: its value's length for plain
// scalars, the closing quote for quoted ones, the line's end for block
// scalars.
func (c *yamlConv) scalarEnd(y *yaml.Node, start Loc) Loc {
	src := c.lines.src
	switch {
	case y.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		// A block scalar runs over the following, more indented lines;
		// findings point at its first line.
		end := start.Off
		for end < len(src) && src[end] != '\n' {
			end++
		}
		return c.lines.Loc(end)
	case y.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		q := byte('"')
		if y.Style&yaml.SingleQuotedStyle != 0 {
			q = '\''
		}
		i := start.Off + 1
		for i < len(src) {
			if src[i] == '\\' && q == '"' {
				i += 2
				continue
			}
			if src[i] == q {
				if q == '\'' && i+1 < len(src) && src[i+1] == '\'' {
					i += 2
					continue
				}
				return c.lines.Loc(i + 1)
			}
			i++
		}
		return c.lines.Loc(len(src))
	}
	end := start.Off + len(y.Value)
	if end > len(src) || !utf8.Valid(src[start.Off:end]) || string(src[start.Off:end]) != y.Value {
		// Plain multi-line scalars are folded: point at the first line.
		end = start.Off
		for end < len(src) && src[end] != '\n' {
			end++
		}
	}
	return c.lines.Loc(end)
}

func (c *yamlConv) conv(y *yaml.Node, depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, errors.New("not valid YAML: nested too deeply")
	}
	*c.budget--
	if *c.budget < 0 {
		return nil, fmt.Errorf("not valid YAML: more than %d values (alias expansion?)", maxNodes)
	}
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return nil, nil
		}
		return c.conv(y.Content[0], depth+1)
	case yaml.AliasNode:
		if y.Alias == nil {
			return &Node{Type: Null, Index: -1, Start: c.loc(y), End: c.loc(y)}, nil
		}
		n, err := c.conv(y.Alias, depth+1)
		if err != nil {
			return nil, err
		}
		// The alias is located where it is written.
		n.Start = c.loc(y)
		n.End = c.lines.Loc(n.Start.Off + 1 + len(y.Value))
		return n, nil
	case yaml.MappingNode:
		n := &Node{Type: Object, Index: -1, Start: c.loc(y)}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			val, err := c.conv(v, depth+1)
			if err != nil {
				return nil, err
			}
			if val == nil {
				continue
			}
			ks := c.loc(k)
			if k.Value == "<<" && k.Tag == "!!merge" && val.Type == Object {
				// Merge keys: the merged mapping's members, unless set here.
				for _, m := range val.Children {
					if n.Get(m.Key) == nil {
						n.Set(m.Key, m)
					}
				}
				continue
			}
			val.KeyStart, val.KeyEnd = ks, c.scalarEnd(k, ks)
			n.Set(k.Value, val)
		}
		n.End = n.Start
		if len(n.Children) > 0 {
			n.End = n.Children[len(n.Children)-1].End
		}
		return n, nil
	case yaml.SequenceNode:
		n := &Node{Type: Array, Index: -1, Start: c.loc(y)}
		for _, it := range y.Content {
			v, err := c.conv(it, depth+1)
			if err != nil {
				return nil, err
			}
			if v != nil {
				n.Add(v)
			}
		}
		n.End = n.Start
		if len(n.Children) > 0 {
			n.End = n.Children[len(n.Children)-1].End
		}
		return n, nil
	case yaml.ScalarNode:
		start := c.loc(y)
		n := &Node{Index: -1, Value: y.Value, Start: start, End: c.scalarEnd(y, start)}
		switch y.ShortTag() {
		case "!!null":
			n.Type, n.Value = Null, ""
		case "!!bool":
			n.Type = Bool
			n.Value = strings.ToLower(y.Value)
			if n.Value != "true" && n.Value != "false" {
				// YAML 1.1 spellings (yes/no/on/off) are strings in v3.
				n.Type = String
				n.Value = y.Value
			}
		case "!!int", "!!float":
			n.Type = Number
		default:
			n.Type = String
		}
		return n, nil
	}
	return &Node{Type: Null, Index: -1, Start: c.loc(y), End: c.loc(y)}, nil
}
