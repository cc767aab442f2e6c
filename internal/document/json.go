package document

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonParser is a recursive-descent JSON reader that keeps positions. With
// jsonc it also accepts // and /* */ comments and trailing commas, as
// VS Code, Zed and other editors write their settings.
type jsonParser struct {
	data     []byte
	pos      int
	lines    *Lines
	jsonc    bool
	nodes    int
	comments []Comment
}

// ParseJSON reads JSON (or JSONC) into a node tree.
func ParseJSON(data []byte) (*Node, error) {
	root, _, err := parseJSON(data, NewLines(data), true)
	return root, err
}

func parseJSON(data []byte, lines *Lines, jsonc bool) (*Node, []Comment, error) {
	p := &jsonParser{data: data, lines: lines, jsonc: jsonc}
	// A UTF-8 byte order mark is tolerated.
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		p.pos = 3
	}
	p.space()
	if p.pos >= len(p.data) {
		return nil, p.comments, fmt.Errorf("not valid JSON: empty")
	}
	n, err := p.value(0)
	if err != nil {
		return nil, p.comments, err
	}
	p.space()
	if p.pos < len(p.data) {
		return nil, p.comments, p.errorf("unexpected %s after the top-level value", p.show())
	}
	return n, p.comments, nil
}

func (p *jsonParser) errorf(format string, args ...any) error {
	l := p.lines.Loc(p.pos)
	return fmt.Errorf("not valid JSON (line %d, column %d): %s", l.Line, l.Col, fmt.Sprintf(format, args...))
}

func (p *jsonParser) show() string {
	if p.pos >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *jsonParser) space() {
	for p.pos < len(p.data) {
		switch c := p.data[p.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == '/' && p.jsonc && p.pos+1 < len(p.data) && p.data[p.pos+1] == '/':
			start := p.pos
			for p.pos < len(p.data) && p.data[p.pos] != '\n' {
				p.pos++
			}
			p.comment(start, p.pos)
		case c == '/' && p.jsonc && p.pos+1 < len(p.data) && p.data[p.pos+1] == '*':
			start := p.pos
			end := strings.Index(string(p.data[p.pos+2:]), "*/")
			if end < 0 {
				p.pos = len(p.data)
			} else {
				p.pos += end + 4
			}
			p.comment(start, p.pos)
		default:
			return
		}
	}
}

func (p *jsonParser) comment(start, end int) {
	l := p.lines.Loc(start)
	line := p.lines.Line(l.Line)
	prefix := string([]rune(line)[:min(l.Col-1, utf8.RuneCountInString(line))])
	p.comments = append(p.comments, Comment{Line: l.Line, Col: l.Col, Alone: strings.TrimSpace(prefix) == "", Text: string(p.data[start:end])})
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, p.errorf("nested deeper than %d levels", maxDepth)
	}
	p.nodes++
	if p.nodes > maxNodes {
		return nil, p.errorf("more than %d values", maxNodes)
	}
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end of file")
	}
	start := p.lines.Loc(p.pos)
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(start, depth)
	case c == '[':
		return p.array(start, depth)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Node{Type: String, Index: -1, Value: s, Start: start, End: p.lines.Loc(p.pos)}, nil
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(string(p.data[p.pos:min(p.pos+5, len(p.data))]), lit) {
				p.pos += len(lit)
				n := &Node{Type: Bool, Index: -1, Value: lit, Start: start, End: p.lines.Loc(p.pos)}
				if lit == "null" {
					n.Type, n.Value = Null, ""
				}
				return n, nil
			}
		}
		return nil, p.errorf("unexpected %s", p.show())
	case c == '-' || (c >= '0' && c <= '9'):
		s := p.pos
		for p.pos < len(p.data) && strings.IndexByte("+-0123456789.eE", p.data[p.pos]) >= 0 {
			p.pos++
		}
		text := string(p.data[s:p.pos])
		if _, err := strconv.ParseFloat(text, 64); err != nil {
			if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
				return nil, p.errorf("invalid number %q", text)
			}
		}
		return &Node{Type: Number, Index: -1, Value: text, Start: start, End: p.lines.Loc(p.pos)}, nil
	}
	return nil, p.errorf("unexpected %s", p.show())
}

func (p *jsonParser) object(start Loc, depth int) (*Node, error) {
	n := &Node{Type: Object, Index: -1, Start: start}
	p.pos++ // {
	p.space()
	for {
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of file in an object")
		}
		if p.data[p.pos] == '}' {
			p.pos++
			n.End = p.lines.Loc(p.pos)
			return n, nil
		}
		if p.data[p.pos] != '"' {
			return nil, p.errorf("expected a string key, found %s", p.show())
		}
		ks := p.lines.Loc(p.pos)
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		ke := p.lines.Loc(p.pos)
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errorf("expected ':' after key %q", key)
		}
		p.pos++
		p.space()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v.KeyStart, v.KeyEnd = ks, ke
		n.Set(key, v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			p.space()
			if !p.jsonc && p.pos < len(p.data) && p.data[p.pos] == '}' {
				return nil, p.errorf("trailing comma")
			}
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			continue
		}
		return nil, p.errorf("expected ',' or '}' in an object, found %s", p.show())
	}
}

func (p *jsonParser) array(start Loc, depth int) (*Node, error) {
	n := &Node{Type: Array, Index: -1, Start: start}
	p.pos++ // [
	p.space()
	for {
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of file in an array")
		}
		if p.data[p.pos] == ']' {
			p.pos++
			n.End = p.lines.Loc(p.pos)
			return n, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Add(v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			p.space()
			if !p.jsonc && p.pos < len(p.data) && p.data[p.pos] == ']' {
				return nil, p.errorf("trailing comma")
			}
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			continue
		}
		return nil, p.errorf("expected ',' or ']' in an array, found %s", p.show())
	}
}

// str reads a string token at p.pos and returns its decoded value.
func (p *jsonParser) str() (string, error) {
	start := p.pos
	p.pos++ // opening quote
	var b strings.Builder
	for {
		if p.pos >= len(p.data) {
			p.pos = start
			return "", p.errorf("unterminated string")
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\':
			dec, size := DecodeJSONEscape(p.data[p.pos:])
			if size == 0 {
				return "", p.errorf("invalid escape in a string")
			}
			b.WriteString(dec)
			p.pos += size
		case c < 0x20:
			if c == '\n' || c == '\r' {
				return "", p.errorf("newline in a string")
			}
			// Control characters are tolerated: editors write them.
			b.WriteByte(c)
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(p.data[p.pos : p.pos+size])
			}
			p.pos += size
		}
	}
}

// DecodeJSONEscape decodes one JSON escape sequence at the start of s
// (which begins with a backslash) and returns its text and length, or
// size 0 when it is invalid. A surrogate pair written as two \u escapes is
// decoded as one character.
func DecodeJSONEscape(s []byte) (string, int) {
	if len(s) < 2 || s[0] != '\\' {
		return "", 0
	}
	switch s[1] {
	case '"', '\\', '/':
		return string(s[1]), 2
	case 'b':
		return "\b", 2
	case 'f':
		return "\f", 2
	case 'n':
		return "\n", 2
	case 'r':
		return "\r", 2
	case 't':
		return "\t", 2
	case 'u':
		r, ok := hex4(s[2:])
		if !ok {
			return "", 0
		}
		if utf16.IsSurrogate(r) {
			if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
				if r2, ok := hex4(s[8:]); ok {
					if c := utf16.DecodeRune(r, r2); c != utf8.RuneError {
						return string(c), 12
					}
				}
			}
			return string(utf8.RuneError), 6
		}
		return string(r), 6
	}
	return "", 0
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(string(s[:4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
