package engine

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/mcpsafe/mcpsafe/internal/recache"
)

// A glob is a qualified-name pattern of the catalog ("subprocess.run",
// "axios.*", "*.exec", "*"): "*" stands for one or more characters other
// than a newline, everything else is literal. It answers what the anchored
// regexp ^lit(.+)lit…$ would, without a regexp: call specs and resolves_to
// conditions try their names on every distinct callee of a project, and
// Go's backtracking matcher was most of that time (a twentieth of deep
// mode's).
type glob struct {
	// parts are the literal pieces between the stars, len(stars)+1 of
	// them; a pattern without a star has one.
	parts []string
	// re answers for a pattern with a newline in a literal part (no rule
	// has one; the matcher below relies on there being none).
	re *regexp.Regexp
}

func compileGlob(g string) glob {
	out := glob{parts: strings.Split(g, "*")}
	if strings.Contains(g, "\n") {
		out.re = globToRegexp(g)
	}
	return out
}

func (g glob) match(s string) bool {
	if g.re != nil {
		return g.re.MatchString(s)
	}
	if len(g.parts) == 1 {
		return s == g.parts[0]
	}
	first, last := g.parts[0], g.parts[len(g.parts)-1]
	if !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return false
	}
	// Literal parts hold no newline, so a newline would fall in a star.
	if strings.IndexByte(s, '\n') >= 0 {
		return false
	}
	// Each star takes at least one character: place every middle part at
	// its leftmost position after that, which leaves the most room for the
	// rest; the last part must then start a character or more later.
	at := len(first)
	for _, p := range g.parts[1 : len(g.parts)-1] {
		if at >= len(s) {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[at:]) // the star's first character
		at += w
		i := strings.Index(s[at:], p)
		if i < 0 {
			return false
		}
		at += i + len(p)
	}
	return len(s)-len(last) >= at+1
}

// globToRegexp turns a qualified-name pattern into the anchored regexp it
// stands for: "*" matches one or more characters, anything else is literal.
func globToRegexp(g string) *regexp.Regexp {
	parts := strings.Split(g, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return recache.MustCompile("^" + strings.Join(parts, ".+") + "$")
}
