package document

import (
	"errors"
	"regexp"
	"strings"
)

// ParseEnv reads a .env file (see parseEnv).
func ParseEnv(data []byte) (*Node, error) { return parseEnv(data, NewLines(data)) }

var envKey = regexp.MustCompile(`^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=`)

// parseEnv reads KEY=value lines into an object: "export " prefixes,
// single and double quotes (double quotes with escapes, both spanning
// lines), and comments (whole lines, and " #" after an unquoted value).
// Lines that are not assignments are ignored, as dotenv loaders do.
func parseEnv(data []byte, lines *Lines) (*Node, error) {
	root := NewObject(lines.Loc(0), lines.Loc(len(data)))
	index := keyIndex{}
	n := len(lines.starts)
	for i := 1; i <= n; i++ {
		text := lines.Line(i)
		m := envKey.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		lineOff := lines.LineCol(i, 1)
		key := text[m[2]:m[3]]
		rest := text[m[1]:]
		lead := len(rest) - len(strings.TrimLeft(rest, " \t"))
		rest = rest[lead:]
		vstart := lineOff + m[1] + lead
		var val string
		vend := vstart
		switch {
		case strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, `'`):
			q := rest[0]
			// The value may continue on the following lines.
			body := rest[1:]
			last := i
			var b strings.Builder
			closed := false
			off := vstart + 1
			for !closed {
				for j := 0; j < len(body); j++ {
					c := body[j]
					if c == q {
						closed = true
						vend = off + j + 1
						break
					}
					if c == '\\' && q == '"' && j+1 < len(body) {
						j++
						switch body[j] {
						case 'n':
							b.WriteByte('\n')
						case 't':
							b.WriteByte('\t')
						default:
							b.WriteByte(body[j])
						}
						continue
					}
					b.WriteByte(c)
				}
				if closed || last >= n || last-i > 1000 {
					break
				}
				last++
				b.WriteByte('\n')
				body = lines.Line(last)
				off = lines.LineCol(last, 1)
			}
			if !closed {
				vend = lines.LineCol(last, len([]rune(lines.Line(last)))+1)
			}
			val = b.String()
			i = last
		default:
			v := rest
			if k := strings.Index(v, " #"); k >= 0 {
				v = v[:k]
			} else if k := strings.Index(v, "\t#"); k >= 0 {
				v = v[:k]
			}
			if strings.HasPrefix(v, "#") {
				v = ""
			}
			val = strings.TrimSpace(v)
			vend = vstart + len(val)
		}
		node := NewString(val, lines.Loc(vstart), lines.Loc(vend))
		node.KeyStart, node.KeyEnd = lines.Loc(lineOff+m[2]), lines.Loc(lineOff+m[3])
		index.replace(root, key, node)
		if len(root.Children) > maxNodes {
			return nil, errors.New("too many entries")
		}
	}
	return root, nil
}
