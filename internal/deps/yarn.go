package deps

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/npm"
)

// parseYarnLock reads yarn.lock: the classic (v1) format, a line-oriented
// text of "pattern, pattern:" headers with indented fields, or the berry
// (v2+) format, which is YAML with a __metadata entry. Neither records
// which packages the project declares or which are dev-only.
func parseYarnLock(r *Result, data []byte) {
	if isYarnBerry(data) {
		parseYarnBerry(r, data)
		return
	}
	parseYarnClassic(r, data)
}

func isYarnBerry(data []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for i := 0; sc.Scan() && i < 50; i++ {
		line := sc.Text()
		if strings.Contains(line, "yarn lockfile v1") {
			return false
		}
		if strings.HasPrefix(line, "__metadata:") {
			return true
		}
	}
	return false
}

type yarnEntry struct {
	patterns []string
	line     int
	version  string
	resolved string
}

func parseYarnClassic(r *Result, data []byte) {
	var cur *yarnEntry
	flush := func() {
		if cur == nil {
			return
		}
		e := cur
		cur = nil
		if len(e.patterns) == 0 {
			return
		}
		// "name@range"; a scoped name's own "@" is its first byte.
		p := e.patterns[0]
		name, spec := p, ""
		if n := strings.Index(p[min(1, len(p)):], "@"); n >= 0 {
			name, spec = p[:n+1], p[n+2:]
		}
		d := Dependency{Ecosystem: NPM, Name: name, Line: e.line}
		// "alias@npm:real@^1.0.0" installs real under alias.
		if rest, ok := strings.CutPrefix(spec, "npm:"); ok {
			if real, _ := splitNameAt(rest); real != "" && strings.Contains(rest[1:], "@") {
				d.Name, d.Alias = real, name
			}
		}
		if _, err := npm.Parse(e.version); err == nil {
			d.Version = e.version
		}
		if e.resolved != "" && !isRegistryTarball(e.resolved) {
			d.Source = e.resolved
		}
		if d.Version == "" && d.Source == "" {
			d.Source = spec
		}
		r.add(d)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			flush()
			head, ok := strings.CutSuffix(trimmed, ":")
			if !ok {
				r.diag(lineNo, "unexpected line in yarn.lock; ignored")
				continue
			}
			cur = &yarnEntry{line: lineNo, patterns: splitPatterns(head)}
			continue
		}
		if cur == nil {
			continue
		}
		// Fields of the entry are indented by two spaces; deeper lines
		// belong to nested blocks (dependencies).
		if strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t\t") {
			continue
		}
		key, val, _ := strings.Cut(trimmed, " ")
		switch key {
		case "version":
			cur.version = unquoteYarn(val)
		case "resolved":
			cur.resolved = unquoteYarn(val)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		r.diag(lineNo, "could not be read past this line: %v", err)
	}
}

// splitPatterns splits a classic header on commas outside quotes.
func splitPatterns(head string) []string {
	var out []string
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(head); i++ {
		c := head[i]
		switch {
		case c == '"':
			inQuote = !inQuote
			b.WriteByte(c)
		case c == ',' && !inQuote:
			out = append(out, unquoteYarn(strings.TrimSpace(b.String())))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	if s := strings.TrimSpace(b.String()); s != "" {
		out = append(out, unquoteYarn(s))
	}
	return out
}

func unquoteYarn(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
		return strings.Trim(s, `"`)
	}
	return s
}

func parseYarnBerry(r *Result, data []byte) {
	doc, err := parseYAML(data)
	if err != nil {
		r.diag(0, "not valid YAML: %v", err)
		return
	}
	for _, kv := range yamlPairs(doc) {
		if kv[0].Value == "__metadata" {
			continue
		}
		res := yamlStr(yamlGet(kv[1], "resolution"))
		if res == "" {
			continue
		}
		// "name@protocol:reference"; the name's own "@" is its first byte.
		i := strings.Index(res[1:], "@")
		if i < 0 {
			r.diag(kv[0].Line, "unrecognised resolution %q; ignored", res)
			continue
		}
		name, ref := res[:i+1], res[i+2:]
		switch {
		case strings.HasPrefix(ref, "workspace:"), strings.HasPrefix(ref, "patch:"),
			strings.HasPrefix(ref, "virtual:"):
			// The project itself, or a patched or peer-virtual copy of a
			// package listed on its own.
			continue
		}
		d := Dependency{Ecosystem: NPM, Name: name, Line: kv[0].Line}
		ver := yamlStr(yamlGet(kv[1], "version"))
		if rest, ok := strings.CutPrefix(ref, "npm:"); ok {
			ver = rest
		} else {
			d.Source = ref
		}
		if _, err := npm.Parse(ver); err == nil {
			d.Version = ver
		}
		// The key's first pattern names the alias, if any.
		first := strings.TrimSpace(strings.SplitN(kv[0].Value, ",", 2)[0])
		if j := strings.Index(first[min(1, len(first)):], "@"); j >= 0 {
			if alias := first[:j+1]; alias != name {
				d.Alias = alias
			}
		}
		r.add(d)
	}
}
