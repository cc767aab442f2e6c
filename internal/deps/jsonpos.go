package deps

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// maxJSONDepth bounds nesting in manifests and lockfiles; the deepest real
// one (a package-lock.json v1 tree) nests a few dozen levels.
const maxJSONDepth = 512

// jnode is a JSON value with the line it starts on. Objects keep their
// members in document order with the line of each key, which findings need
// and encoding/json does not give.
type jnode struct {
	kind    byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	line    int
	str     string
	members []jmember
	items   []*jnode
}

type jmember struct {
	key  string
	line int
	val  *jnode
}

// get returns the member value for key (the last one, as encoding/json
// would), or nil.
func (n *jnode) get(key string) *jnode {
	if n == nil || n.kind != 'o' {
		return nil
	}
	for i := len(n.members) - 1; i >= 0; i-- {
		if n.members[i].key == key {
			return n.members[i].val
		}
	}
	return nil
}

// getStr returns the string member for key, or "".
func (n *jnode) getStr(key string) string {
	if v := n.get(key); v != nil && v.kind == 's' {
		return v.str
	}
	return ""
}

// getBool returns the boolean member for key.
func (n *jnode) getBool(key string) bool {
	v := n.get(key)
	return v != nil && v.kind == 'b' && v.str == "true"
}

// lineIndex maps byte offsets to 1-based lines.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (idx lineIndex) line(off int64) int {
	return sort.Search(len(idx), func(i int) bool { return int64(idx[i]) > off })
}

// parseJSON decodes data into a jnode tree, keeping lines. It rejects
// trailing data and nesting deeper than maxJSONDepth.
func parseJSON(data []byte) (*jnode, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	lines := newLineIndex(data)
	// tokStart finds where the token just read began: InputOffset is its
	// end, and the token itself (a string, a delimiter, a literal) has no
	// newline inside, so its line is the line of its last byte.
	lineOf := func() int {
		off := dec.InputOffset() - 1
		if off < 0 {
			off = 0
		}
		return lines.line(off)
	}
	var parse func(depth int) (*jnode, error)
	parse = func(depth int) (*jnode, error) {
		if depth > maxJSONDepth {
			return nil, fmt.Errorf("nested deeper than %d levels", maxJSONDepth)
		}
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		n := &jnode{line: lineOf()}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				n.kind = 'o'
				for dec.More() {
					kt, err := dec.Token()
					if err != nil {
						return nil, err
					}
					key, _ := kt.(string)
					kl := lineOf()
					val, err := parse(depth + 1)
					if err != nil {
						return nil, err
					}
					n.members = append(n.members, jmember{key: key, line: kl, val: val})
				}
			case '[':
				n.kind = 'a'
				for dec.More() {
					val, err := parse(depth + 1)
					if err != nil {
						return nil, err
					}
					n.items = append(n.items, val)
				}
			default:
				return nil, fmt.Errorf("unexpected %v", t)
			}
			if _, err := dec.Token(); err != nil { // closing delimiter
				return nil, err
			}
		case string:
			n.kind, n.str = 's', t
		case json.Number:
			n.kind, n.str = 'n', t.String()
		case bool:
			n.kind, n.str = 'b', fmt.Sprint(t)
		case nil:
			n.kind = 'z'
		}
		return n, nil
	}
	root, err := parse(0)
	if err != nil {
		return nil, jsonErr(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("not valid JSON: data after the top-level value")
	}
	return root, nil
}

func jsonErr(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("not valid JSON: %v", se)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("not valid JSON: unexpected end of input")
	}
	return fmt.Errorf("not valid JSON: %v", err)
}
