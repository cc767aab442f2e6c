package project

import (
	"regexp"
	"strings"
)

// ignoreRule is one line of a .gitignore file (or one --exclude pattern),
// compiled to an RE2 expression so matching is linear in the path length
// whatever the pattern holds.
type ignoreRule struct {
	base    string // directory the rule is relative to ("" for the root)
	re      *regexp.Regexp
	negate  bool
	dirOnly bool
}

// Ignorer holds ignore rules in the order git applies them: the last rule
// that matches a path decides.
type Ignorer struct {
	rules []ignoreRule
}

// AddGitignore adds the rules of a .gitignore file found in directory base
// (a slash path relative to the root, "" for the root).
func (ig *Ignorer) AddGitignore(base string, content string) {
	for _, line := range strings.Split(content, "\n") {
		if r, ok := compileIgnoreLine(base, line); ok {
			ig.rules = append(ig.rules, r)
		}
	}
}

// AddPattern adds one gitignore-syntax pattern relative to the root.
func (ig *Ignorer) AddPattern(p string) {
	if r, ok := compileIgnoreLine("", p); ok {
		ig.rules = append(ig.rules, r)
	}
}

// Ignored reports whether the slash path rel (relative to the root) is
// ignored. isDir says whether it names a directory.
func (ig *Ignorer) Ignored(rel string, isDir bool) bool {
	ignored := false
	for i := range ig.rules {
		r := &ig.rules[i]
		if r.dirOnly && !isDir {
			continue
		}
		p := rel
		if r.base != "" {
			if !strings.HasPrefix(rel, r.base+"/") {
				continue
			}
			p = rel[len(r.base)+1:]
		}
		if r.re.MatchString(p) {
			ignored = !r.negate
		}
	}
	return ignored
}

func compileIgnoreLine(base, line string) (ignoreRule, bool) {
	line = strings.TrimRight(line, "\r")
	// Trailing spaces are ignored unless escaped with a backslash.
	for strings.HasSuffix(line, " ") && !strings.HasSuffix(line, `\ `) {
		line = line[:len(line)-1]
	}
	if line == "" || strings.HasPrefix(line, "#") {
		return ignoreRule{}, false
	}
	r := ignoreRule{base: base}
	if strings.HasPrefix(line, "!") {
		r.negate = true
		line = line[1:]
	} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		r.dirOnly = true
		line = strings.TrimRight(line, "/")
	}
	if line == "" {
		return ignoreRule{}, false
	}
	anchored := strings.Contains(line, "/")
	line = strings.TrimPrefix(line, "/")
	var b strings.Builder
	if anchored {
		b.WriteString("^")
	} else {
		b.WriteString("^(?:.*/)?")
	}
	for i := 0; i < len(line); {
		rest := line[i:]
		switch {
		case strings.HasPrefix(rest, "**/") && (i == 0 || line[i-1] == '/'):
			b.WriteString("(?:.*/)?")
			i += 3
		case rest == "**" && (i == 0 || line[i-1] == '/'):
			b.WriteString(".*")
			i += 2
		case rest[0] == '*':
			// Runs of stars that are not a whole segment act as one star.
			for i < len(line) && line[i] == '*' {
				i++
			}
			b.WriteString("[^/]*")
		case rest[0] == '?':
			b.WriteString("[^/]")
			i++
		case rest[0] == '\\' && len(rest) > 1:
			b.WriteString(regexp.QuoteMeta(rest[1:2]))
			i += 2
		case rest[0] == '[':
			if cls, n, ok := charClass(rest); ok {
				b.WriteString(cls)
				i += n
			} else {
				b.WriteString(`\[`)
				i++
			}
		default:
			b.WriteString(regexp.QuoteMeta(rest[:1]))
			i++
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		// A pattern we cannot translate is dropped rather than guessed.
		return ignoreRule{}, false
	}
	r.re = re
	return r, true
}

// charClass translates a glob bracket expression at the start of s into
// an RE2 class, returning it and the number of bytes consumed.
func charClass(s string) (string, int, bool) {
	var b strings.Builder
	b.WriteString("[")
	i := 1
	if i < len(s) && (s[i] == '!' || s[i] == '^') {
		b.WriteString("^/")
		i++
	}
	first := true
	for i < len(s) {
		c := s[i]
		if c == ']' && !first {
			b.WriteString("]")
			return b.String(), i + 1, true
		}
		first = false
		switch {
		case c == '\\' && i+1 < len(s):
			b.WriteString(regexp.QuoteMeta(s[i+1 : i+2]))
			i += 2
		case c == '-':
			b.WriteString("-")
			i++
		case c == '/':
			return "", 0, false
		default:
			if strings.ContainsRune(`\]^[`, rune(c)) {
				b.WriteString(`\`)
			}
			b.WriteByte(c)
			i++
		}
	}
	return "", 0, false
}
