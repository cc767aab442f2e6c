package toolmodel

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mcpsafe/mcpsafe/internal/document"
)

// Escape styles of string literals.
const (
	stylePython = iota
	styleRaw
	styleJS
	styleGo
	styleJSON
)

// maxText bounds a decoded text; longer literals are cut (and so are
// their findings).
const maxText = 256 << 10

// decoded is a decoded literal: its value and, for each byte, the source
// offset it comes from (plus the end).
type decoded struct {
	value   string
	offsets []int
}

func (d *decoded) add(s string, src int) {
	if len(d.value)+len(s) > maxText {
		return
	}
	d.value += s
	for range len(s) {
		d.offsets = append(d.offsets, src)
	}
}

// decodeBody decodes the body of a string literal (the text between the
// quotes) that starts at source offset base.
func decodeBody(body string, base int, style int) decoded {
	var d decoded
	var b strings.Builder
	offs := make([]int, 0, len(body)+1)
	emit := func(s string, at int) {
		if b.Len()+len(s) > maxText {
			return
		}
		b.WriteString(s)
		for range len(s) {
			offs = append(offs, base+at)
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || style == styleRaw || i+1 >= len(body) {
			_, size := utf8.DecodeRuneInString(body[i:])
			emit(body[i:i+size], i)
			i += size
			continue
		}
		s, n := decodeEscape(body[i:], style)
		if n == 0 {
			emit(body[i:i+1], i)
			i++
			continue
		}
		emit(s, i)
		i += n
	}
	offs = append(offs, base+len(body))
	d.value = b.String()
	d.offsets = offs
	return d
}

// decodeEscape decodes the escape at the start of s (s[0] is a
// backslash): its text and length, or length 0 when it is not one.
func decodeEscape(s string, style int) (string, int) {
	if style == styleJSON {
		v, n := document.DecodeJSONEscape([]byte(s))
		return v, n
	}
	c := s[1]
	switch c {
	case '\n':
		return "", 2 // line continuation
	case '\r':
		if len(s) > 2 && s[2] == '\n' {
			return "", 3
		}
		return "", 2
	case '\\', '\'', '"':
		return string(c), 2
	case '`':
		if style == styleJS {
			return "`", 2
		}
	case 'n':
		return "\n", 2
	case 't':
		return "\t", 2
	case 'r':
		return "\r", 2
	case 'b':
		return "\b", 2
	case 'f':
		return "\f", 2
	case 'v':
		return "\v", 2
	case 'a':
		if style != styleJS {
			return "\a", 2
		}
	case 'x':
		if len(s) >= 4 {
			if v, err := strconv.ParseUint(s[2:4], 16, 8); err == nil {
				if style == styleGo {
					return string([]byte{byte(v)}), 4
				}
				return string(rune(v)), 4
			}
		}
	case 'u':
		if style == styleJS && len(s) > 3 && s[2] == '{' {
			end := strings.IndexByte(s, '}')
			if end > 3 && end <= 10 {
				if v, err := strconv.ParseUint(s[3:end], 16, 32); err == nil && v <= utf8.MaxRune {
					return string(rune(v)), end + 1
				}
			}
			return "", 0
		}
		if len(s) >= 6 {
			if v, err := strconv.ParseUint(s[2:6], 16, 32); err == nil {
				r := rune(v)
				if utf16.IsSurrogate(r) {
					if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
						if v2, err := strconv.ParseUint(s[8:12], 16, 32); err == nil {
							if c := utf16.DecodeRune(r, rune(v2)); c != utf8.RuneError {
								return string(c), 12
							}
						}
					}
					return string(utf8.RuneError), 6
				}
				return string(r), 6
			}
		}
	case 'U':
		if style != styleJS && len(s) >= 10 {
			if v, err := strconv.ParseUint(s[2:10], 16, 32); err == nil && v <= utf8.MaxRune {
				return string(rune(v)), 10
			}
		}
	case 'N':
		if style == stylePython && len(s) > 3 && s[2] == '{' {
			if end := strings.IndexByte(s, '}'); end > 0 {
				if r, ok := unicodeNames[strings.ToUpper(s[3:end])]; ok {
					return string(r), end + 1
				}
			}
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if style == styleJS {
			if c == '0' && (len(s) < 3 || s[2] < '0' || s[2] > '9') {
				return "\x00", 2
			}
			return "", 0
		}
		n := 1
		for n < 3 && 1+n < len(s) && s[1+n] >= '0' && s[1+n] <= '7' {
			n++
		}
		if v, err := strconv.ParseUint(s[1:1+n], 8, 16); err == nil {
			if style == styleGo {
				return string([]byte{byte(v)}), 1 + n
			}
			return string(rune(v)), 1 + n
		}
	}
	if style == styleJS {
		// Other escaped characters stand for themselves.
		_, size := utf8.DecodeRuneInString(s[1:])
		return s[1 : 1+size], 1 + size
	}
	return "", 0
}

// unicodeNames are the \N{…} names of the characters description rules
// care about (invisible and bidirectional controls).
var unicodeNames = map[string]rune{
	"ZERO WIDTH SPACE": 0x200B, "ZERO WIDTH NON-JOINER": 0x200C, "ZERO WIDTH JOINER": 0x200D,
	"LEFT-TO-RIGHT MARK": 0x200E, "RIGHT-TO-LEFT MARK": 0x200F, "LEFT-TO-RIGHT EMBEDDING": 0x202A,
	"RIGHT-TO-LEFT EMBEDDING": 0x202B, "POP DIRECTIONAL FORMATTING": 0x202C, "LEFT-TO-RIGHT OVERRIDE": 0x202D,
	"RIGHT-TO-LEFT OVERRIDE": 0x202E, "WORD JOINER": 0x2060, "LEFT-TO-RIGHT ISOLATE": 0x2066,
	"RIGHT-TO-LEFT ISOLATE": 0x2067, "FIRST STRONG ISOLATE": 0x2068, "POP DIRECTIONAL ISOLATE": 0x2069,
	"ZERO WIDTH NO-BREAK SPACE": 0xFEFF, "SOFT HYPHEN": 0x00AD, "ESCAPE": 0x1B,
}

// literalParts splits a string literal's source text into its prefix,
// body and escape style: Python (prefixes r, b, u, f; single and triple
// quotes), JS/TS ('…', "…", `…`), Go ("…", `…`), JSON ("…").
func literalParts(text string, lang string) (bodyStart, bodyEnd int, style int, ok bool) {
	switch lang {
	case "py":
		i := 0
		raw := false
		for i < len(text) && strings.IndexByte("rRbBuUfFtT", text[i]) >= 0 {
			if text[i] == 'r' || text[i] == 'R' {
				raw = true
			}
			i++
		}
		rest := text[i:]
		for _, q := range []string{`"""`, `'''`, `"`, `'`} {
			if strings.HasPrefix(rest, q) && strings.HasSuffix(rest, q) && len(rest) >= 2*len(q) {
				st := stylePython
				if raw {
					st = styleRaw
				}
				return i + len(q), len(text) - len(q), st, true
			}
		}
	case "js", "ts":
		if len(text) >= 2 && (text[0] == '"' || text[0] == '\'' || text[0] == '`') && text[len(text)-1] == text[0] {
			return 1, len(text) - 1, styleJS, true
		}
	case "go":
		if len(text) >= 2 && text[0] == '`' && text[len(text)-1] == '`' {
			return 1, len(text) - 1, styleRaw, true
		}
		if len(text) >= 2 && (text[0] == '"' || text[0] == '\'') && text[len(text)-1] == text[0] {
			return 1, len(text) - 1, styleGo, true
		}
	case "json":
		if len(text) >= 2 && text[0] == '"' && text[len(text)-1] == '"' {
			return 1, len(text) - 1, styleJSON, true
		}
	}
	return 0, 0, 0, false
}

// decodeLiteral decodes a literal written at [start, end) of src.
func decodeLiteral(src []byte, start, end int, lang string) (decoded, bool) {
	if start < 0 || end > len(src) || start >= end {
		return decoded{}, false
	}
	text := string(src[start:end])
	bs, be, style, ok := literalParts(text, lang)
	if !ok {
		return decoded{}, false
	}
	body := text[bs:be]
	if lang == "go" && style == styleRaw {
		// Carriage returns are discarded from Go raw strings.
		if strings.Contains(body, "\r") {
			d := decodeBody(body, start+bs, styleRaw)
			var out decoded
			for i := 0; i < len(d.value); i++ {
				if d.value[i] != '\r' {
					out.value += d.value[i : i+1]
					out.offsets = append(out.offsets, d.offsets[i])
				}
			}
			out.offsets = append(out.offsets, d.offsets[len(d.offsets)-1])
			return out, true
		}
	}
	return decodeBody(body, start+bs, style), true
}

// join concatenates decoded pieces, keeping every byte's source offset.
func join(parts []decoded, sep string) decoded {
	var out decoded
	for i, p := range parts {
		if i > 0 && sep != "" {
			at := 0
			if len(p.offsets) > 0 {
				at = p.offsets[0]
			}
			out.add(sep, at)
		}
		if len(out.value)+len(p.value) > maxText {
			break
		}
		out.value += p.value
		if len(p.offsets) > 0 {
			out.offsets = append(out.offsets, p.offsets[:len(p.offsets)-1]...)
		}
	}
	end := 0
	if n := len(parts); n > 0 && len(parts[n-1].offsets) > 0 {
		end = parts[n-1].offsets[len(parts[n-1].offsets)-1]
	}
	out.offsets = append(out.offsets, end)
	if len(out.offsets) != len(out.value)+1 {
		out.offsets = nil
	}
	return out
}
