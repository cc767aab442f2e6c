package prefilter

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// Filter answers, for one file, which keyword groups occur in it and which
// guarded regular expressions match it, after a single pass over its bytes.
type Filter struct {
	set    *Set
	groups [][]int32
	// regexps are the guarded expressions; lits[i] lists the pattern IDs
	// of which one must occur for regexps[i] to match (nil: always run).
	regexps []*regexp.Regexp
	lits    [][]int32
	// exact marks the expressions that are their literals: they match
	// exactly when one of the literals occurs, and never run.
	exact []bool
}

// Builder collects keyword groups and regular expressions for a Filter.
type Builder struct {
	patterns []Pattern
	index    map[Pattern]int32
	groups   [][]int32
	regexps  []*regexp.Regexp
	lits     [][]int32
	exact    []bool
}

func (b *Builder) id(p Pattern) int32 {
	if b.index == nil {
		b.index = map[Pattern]int32{}
	}
	if id, ok := b.index[p]; ok {
		return id
	}
	id := int32(len(b.patterns))
	b.patterns = append(b.patterns, p)
	b.index[p] = id
	return id
}

// Group adds a group of case-sensitive keywords and returns its index for
// Result.Group. A group with no keywords is never present.
func (b *Builder) Group(keywords []string) int {
	ids := make([]int32, 0, len(keywords))
	for _, k := range keywords {
		ids = append(ids, b.id(Pattern{Text: k}))
	}
	b.groups = append(b.groups, ids)
	return len(b.groups) - 1
}

// Regexp adds a regular expression and returns its index for
// Result.Regexp. When every match of it contains one of a few literals, it
// runs only on files that hold one of them.
func (b *Builder) Regexp(re *regexp.Regexp) int {
	var ids []int32
	if lits, ok := RequiredLiterals(re); ok {
		ids = make([]int32, 0, len(lits))
		for _, l := range lits {
			ids = append(ids, b.id(l))
		}
	}
	b.regexps = append(b.regexps, re)
	b.lits = append(b.lits, ids)
	b.exact = append(b.exact, ids != nil && isLiteralSet(re))
	return len(b.regexps) - 1
}

// Build compiles the filter.
func (b *Builder) Build() *Filter {
	return &Filter{set: NewSet(b.patterns), groups: b.groups, regexps: b.regexps, lits: b.lits, exact: b.exact}
}

// Result is what a Filter found in one file.
type Result struct {
	f     *Filter
	data  []byte
	found []bool
	// re caches regexp results: 0 unknown, 1 no, 2 yes.
	re []uint8
}

// Scan reads data once. The Result runs guarded regular expressions on
// data lazily, when Regexp asks.
func (f *Filter) Scan(data []byte) *Result {
	r := &Result{f: f, data: data, found: make([]bool, f.set.Len()), re: make([]uint8, len(f.regexps))}
	f.set.Scan(data, r.found)
	return r
}

// Group reports whether one of the group's keywords occurs in the file.
func (r *Result) Group(i int) bool {
	for _, id := range r.f.groups[i] {
		if r.found[id] {
			return true
		}
	}
	return false
}

// Regexp reports whether the i-th regular expression matches the file.
func (r *Result) Regexp(i int) bool {
	switch r.re[i] {
	case 1:
		return false
	case 2:
		return true
	}
	ok := r.mayMatch(i) && (r.f.exact[i] || r.f.regexps[i].Match(r.data))
	r.re[i] = 1
	if ok {
		r.re[i] = 2
	}
	return ok
}

func (r *Result) mayMatch(i int) bool {
	ids := r.f.lits[i]
	if ids == nil {
		return true
	}
	for _, id := range ids {
		if r.found[id] {
			return true
		}
	}
	return false
}

// isLiteralSet reports whether re is a case-sensitive literal or an
// alternation of them (no anchors, classes or repetition): it then matches
// exactly where one of its RequiredLiterals occurs.
func isLiteralSet(re *regexp.Regexp) bool {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return false
	}
	var walk func(*syntax.Regexp) bool
	walk = func(r *syntax.Regexp) bool {
		switch r.Op {
		case syntax.OpLiteral:
			return r.Flags&syntax.FoldCase == 0
		case syntax.OpCapture:
			return walk(r.Sub[0])
		case syntax.OpAlternate:
			for _, sub := range r.Sub {
				if !walk(sub) {
					return false
				}
			}
			return true
		case syntax.OpConcat:
			// The parser factors common prefixes out of alternations
			// ("ab|ac" is a(b|c)): a concatenation of literal sets is
			// still a literal set, but its RequiredLiterals are only one
			// part of it, so it does not count.
			return false
		}
		return false
	}
	return walk(parsed.Simplify())
}

// maxLiterals bounds the alternatives RequiredLiterals returns.
const maxLiterals = 64

// RequiredLiterals returns literals of which every match of re contains at
// least one, when it can tell; ok is false when it cannot (an expression
// that can match the empty string, or a class of characters where a literal
// would be needed). Case-insensitive parts give ASCII-folded literals; where
// such a literal holds k or s, whose Unicode case folding includes the
// Kelvin sign and the long s, those runes are alternatives too, so a folded
// byte comparison never misses a match the expression would find.
func RequiredLiterals(re *regexp.Regexp) ([]Pattern, bool) {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	lits, ok := required(parsed.Simplify())
	if !ok || len(lits) == 0 {
		return nil, false
	}
	return lits, true
}

func required(re *syntax.Regexp) ([]Pattern, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return literal(re)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		var best []Pattern
		found := false
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				continue
			}
			if !found || better(lits, best) {
				best, found = lits, true
			}
		}
		return best, found
	case syntax.OpAlternate:
		var all []Pattern
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, lits...)
			if len(all) > maxLiterals {
				return nil, false
			}
		}
		return all, len(all) > 0
	}
	return nil, false
}

// better prefers the set whose shortest literal is longer, then the
// smaller set, then (on a tie) the later part of a concatenation, which
// tends to be the more specific ("import\s+limits").
func better(a, b []Pattern) bool {
	ma, mb := minLen(a), minLen(b)
	if ma != mb {
		return ma > mb
	}
	return common(a) <= common(b)
}

// common counts the literals that are not rare runes.
func common(ps []Pattern) int {
	n := 0
	for _, p := range ps {
		if !rareRune(p.Text) {
			n++
		}
	}
	return n
}

func minLen(ps []Pattern) int {
	m := -1
	for _, p := range ps {
		if rareRune(p.Text) {
			continue // the Kelvin sign or the long s: rare in code
		}
		if m < 0 || len(p.Text) < m {
			m = len(p.Text)
		}
	}
	return m
}

func literal(re *syntax.Regexp) ([]Pattern, bool) {
	if re.Flags&syntax.FoldCase == 0 {
		s := string(re.Rune)
		return []Pattern{{Text: s}}, s != ""
	}
	// Case-insensitive. When every rune is ASCII, the literal is matched
	// ASCII-folded; the few ASCII letters whose case folding leaves ASCII
	// (k and the Kelvin sign, s and the long s) also match wherever the
	// file holds one of those non-ASCII runes, which are alternatives of
	// their own.
	ascii := true
	var extra []Pattern
	seen := map[rune]bool{}
	for _, r := range re.Rune {
		if r >= 0x80 {
			ascii = false
			break
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 0x80 && !seen[f] {
				seen[f] = true
				extra = append(extra, Pattern{Text: string(f)})
			}
		}
	}
	if ascii {
		b := make([]byte, len(re.Rune))
		for i, r := range re.Rune {
			b[i] = byte(r)
		}
		return append([]Pattern{{Text: string(b), Fold: true}}, extra...), len(b) > 0
	}
	// Otherwise the longest run of runes that fold within ASCII.
	bestStart, bestLen, start := 0, 0, 0
	for i, r := range re.Rune {
		if !asciiFold(r) {
			start = i + 1
			continue
		}
		if n := i + 1 - start; n > bestLen {
			bestStart, bestLen = start, n
		}
	}
	if bestLen == 0 {
		return nil, false
	}
	run := re.Rune[bestStart : bestStart+bestLen]
	b := make([]byte, len(run))
	for i, r := range run {
		b[i] = byte(r)
	}
	return []Pattern{{Text: string(b), Fold: true}}, true
}

// rareRune reports whether s is one of the non-ASCII runes that
// case-insensitive literals add as alternatives.
func rareRune(s string) bool { return s == "\u017f" || s == "\u212a" }

// asciiFold reports whether r is ASCII and every rune of its case-folding
// orbit is ASCII.
func asciiFold(r rune) bool {
	if r >= 0x80 {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= 0x80 {
			return false
		}
	}
	return true
}
