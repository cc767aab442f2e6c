package prefilter

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
)

// Filter answers, for one file, which keyword groups occur in it and which
// guarded regular expressions match it, after a single pass over its bytes.
type Filter struct {
	set    *Set
	groups [][]int32
	// exprs are the guarded expressions, each split into its top-level
	// alternatives.
	exprs []guarded
}

// guarded is one regular expression as the alternatives of its top-level
// alternation: the expression matches when one of them does. Each runs on
// its own, and only on files that hold one of its literals; an alternative
// that starts with a literal runs at the speed of a substring search,
// where the whole alternation steps an automaton over every byte.
type guarded struct {
	// whole is the expression, which answers when a branch cannot be
	// compiled.
	whole    *regexp.Regexp
	branches []branch
}

type branch struct {
	// re compiles the branch on first use (nil if it does not compile):
	// most branches never run, their literals are not in the file.
	re func() *regexp.Regexp
	// lits lists the pattern IDs of which one must occur for re to match
	// (nil: always run).
	lits []int32
	// exact marks a branch that is a set of literals: it matches exactly
	// when one of them occurs and never runs, unless one of the rare runes
	// in rare occurs (case-insensitive literals holding k or s also match
	// the Kelvin sign and the long s, which the folded search does not
	// see).
	exact bool
	rare  []int32
}

// Builder collects keyword groups and regular expressions for a Filter.
type Builder struct {
	patterns []Pattern
	index    map[Pattern]int32
	groups   [][]int32
	exprs    []guarded
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

// Literals adds a group of patterns (case-sensitive or ASCII-folded) and
// returns its index for Result.Group.
func (b *Builder) Literals(ps []Pattern) int {
	ids := make([]int32, 0, len(ps))
	for _, p := range ps {
		ids = append(ids, b.id(p))
	}
	b.groups = append(b.groups, ids)
	return len(b.groups) - 1
}

// maxBranches bounds the alternatives an expression is split into.
const maxBranches = 64

// Regexp adds a regular expression and returns its index for
// Result.Regexp. Each top-level alternative of it runs only on files that
// hold one of its literals, and alternatives that are plain literals never
// run at all.
func (b *Builder) Regexp(re *regexp.Regexp) int {
	g := guarded{whole: re}
	for _, p := range alternatives(re) {
		g.branches = append(g.branches, b.branch(p))
	}
	b.exprs = append(b.exprs, g)
	return len(b.exprs) - 1
}

// part is one top-level alternative of an expression: its source, its
// simplified syntax tree for the literal analyses, and its program,
// compiled on first use.
type part struct {
	src    string
	parsed *syntax.Regexp
	re     func() *regexp.Regexp
}

func newPart(src string, parsed *syntax.Regexp) part {
	if parsed != nil {
		parsed = parsed.Simplify()
	}
	return part{src: src, parsed: parsed, re: sync.OnceValue(func() *regexp.Regexp {
		r, err := regexp.Compile(src)
		if err != nil {
			return nil
		}
		return r
	})}
}

// alternatives splits re at its top-level alternation. The parts come from
// the expression's own text where it can be cut safely (topLevelBranches);
// otherwise each part is printed from the syntax tree, so flags set for
// the whole expression ((?i), (?s)) stay with every part. Printing is the
// slow way: the printer tests every rune of a negated class for case
// folding (about a millisecond per class), and the catalog's expressions
// made it a tenth of a small scan's start-up. Parts are parsed, not
// compiled: compiling them is left to their first use.
func alternatives(re *regexp.Regexp) []part {
	src := re.String()
	srcs, cut := topLevelBranches(src)
	tooMany := cut && len(srcs) > maxBranches
	if cut && len(srcs) > 1 && !tooMany {
		if out, ok := parseParts(srcs); ok {
			return out
		}
	}
	parsed, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		parsed = nil // no literals: the expression always runs
	}
	// The parts printed from the syntax tree, which also finds the
	// alternation inside a group that spans the whole expression
	// ("(?i:a|b)").
	if !tooMany && parsed != nil && parsed.Op == syntax.OpAlternate && len(parsed.Sub) <= maxBranches {
		printed := make([]string, len(parsed.Sub))
		for i, sub := range parsed.Sub {
			printed[i] = sub.String()
		}
		if out, ok := parseParts(printed); ok {
			return out
		}
	}
	whole := newPart(src, parsed)
	whole.re = func() *regexp.Regexp { return re }
	return []part{whole}
}

// parseParts parses each part's source, or says one does not parse.
func parseParts(srcs []string) ([]part, bool) {
	out := make([]part, 0, len(srcs))
	for _, src := range srcs {
		parsed, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			return nil, false
		}
		out = append(out, newPart(src, parsed))
	}
	return out, true
}

// topLevelBranches cuts the source of an RE2 expression at each "|" outside
// groups, classes, escapes and \Q…\E quotes. A flag group at the start
// ("(?i)") applies to the whole expression and is put before every part;
// a flag group later at the top level applies to the rest of the
// expression, across "|", so such an expression is not cut (ok false), nor
// is one whose text does not scan cleanly. An unanchored search for the
// expression matches exactly when one for some part does.
func topLevelBranches(expr string) (parts []string, ok bool) {
	prefix, rest := "", expr
	if n := flagGroupLen(rest); n > 0 {
		prefix, rest = rest[:n], rest[n:]
	}
	depth, start := 0, 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '\\':
			if i+1 < len(rest) && rest[i+1] == 'Q' {
				end := strings.Index(rest[i+2:], `\E`)
				if end < 0 {
					i = len(rest) // quoted to the end
					continue
				}
				i += 2 + end + 1
				continue
			}
			i++ // the escaped byte; a multi-byte rune's other bytes are never special
		case '[':
			end, ok := classEnd(rest, i)
			if !ok {
				return nil, false
			}
			i = end
		case '(':
			if depth == 0 && flagGroupLen(rest[i:]) > 0 {
				return nil, false
			}
			depth++
		case ')':
			if depth--; depth < 0 {
				return nil, false
			}
		case '|':
			if depth == 0 {
				parts = append(parts, prefix+rest[start:i])
				start = i + 1
			}
		}
	}
	if depth != 0 {
		return nil, false
	}
	return append(parts, prefix+rest[start:]), true
}

// flagGroupLen returns the length of the flag group "(?flags)" that s
// starts with, or 0.
func flagGroupLen(s string) int {
	if !strings.HasPrefix(s, "(?") {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == ')':
			if i == 2 {
				return 0
			}
			return i + 1
		case c == 'i' || c == 'm' || c == 's' || c == 'U' || c == '-':
		default:
			return 0
		}
	}
	return 0
}

// classEnd returns the index of the "]" closing the character class that
// starts at s[i]. A "]" first in the class is a member; "[:name:]" is a
// named class; an escape hides the byte after it. A \Q quote inside a
// class is not handled (ok false).
func classEnd(s string, i int) (int, bool) {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for j < len(s) {
		switch {
		case s[j] == '\\':
			if j+1 < len(s) && s[j+1] == 'Q' {
				return 0, false
			}
			j += 2
		case s[j] == '[' && j+1 < len(s) && s[j+1] == ':':
			end := strings.Index(s[j+2:], ":]")
			if end < 0 {
				return 0, false
			}
			j += 2 + end + 2
		case s[j] == ']':
			return j, true
		default:
			j++
		}
	}
	return 0, false
}

func (b *Builder) branch(p part) branch {
	br := branch{re: p.re}
	if set, ok := literalSetOf(p.parsed); ok {
		for _, p := range set {
			br.lits = append(br.lits, b.id(p))
			if p.Fold {
				for _, r := range []rune{'k', 's'} {
					if containsFold(p.Text, r) {
						br.rare = append(br.rare, b.id(Pattern{Text: string(foldRare[r])}))
					}
				}
			}
		}
		br.exact = true
		return br
	}
	if lits, ok := requiredOf(p.parsed); ok {
		for _, l := range lits {
			br.lits = append(br.lits, b.id(l))
		}
	}
	return br
}

// foldRare maps the ASCII letters whose Unicode case folding leaves ASCII
// to that rune.
var foldRare = map[rune]rune{'k': '\u212a', 's': '\u017f'}

func containsFold(s string, r rune) bool {
	for _, c := range s {
		if unicode.ToLower(c) == r {
			return true
		}
	}
	return false
}

// Build compiles the filter.
func (b *Builder) Build() *Filter {
	return &Filter{set: NewSet(b.patterns), groups: b.groups, exprs: b.exprs}
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
	r := &Result{f: f, data: data, found: make([]bool, f.set.Len()), re: make([]uint8, len(f.exprs))}
	f.set.Scan(data, r.found)
	return r
}

// Group reports whether one of the group's keywords occurs in the file.
func (r *Result) Group(i int) bool {
	return r.any(r.f.groups[i])
}

func (r *Result) any(ids []int32) bool {
	for _, id := range ids {
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
	ok := false
	g := &r.f.exprs[i]
	for _, br := range g.branches {
		if br.lits != nil && !r.any(br.lits) && !r.any(br.rare) {
			continue
		}
		if br.exact && !r.any(br.rare) {
			ok = true
			break
		}
		re := br.re()
		if re == nil {
			ok = g.whole.Match(r.data)
			break
		}
		if re.Match(r.data) {
			ok = true
			break
		}
	}
	r.re[i] = 1
	if ok {
		r.re[i] = 2
	}
	return ok
}

// literalSet returns the strings re matches when it matches only a small
// set of non-empty literals (alternations, optional parts and small
// character classes of them, as "redirect_?ur[il]" or the prefix-factored
// form the parser gives "token_endpoint|tokenEndpoint"): every occurrence
// of one of them is a match. Case-insensitive parts must be ASCII and not
// mixed with case-sensitive ones.
func literalSet(re *regexp.Regexp) ([]Pattern, bool) {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	return literalSetOf(parsed.Simplify())
}

// literalSetOf is literalSet of a simplified syntax tree.
func literalSetOf(simplified *syntax.Regexp) ([]Pattern, bool) {
	if simplified == nil {
		return nil, false
	}
	set, fold, ok := expand(simplified)
	if !ok || len(set) == 0 {
		return nil, false
	}
	out := make([]Pattern, 0, len(set))
	for _, s := range set {
		if s == "" {
			return nil, false
		}
		out = append(out, Pattern{Text: s, Fold: fold == 1})
	}
	return out, true
}

// expand returns the strings r matches; fold is 0 when r has no letters
// that care, 1 when it is case-insensitive, 2 when case-sensitive.
func expand(r *syntax.Regexp) (set []string, fold int, ok bool) {
	switch r.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, 0, true
	case syntax.OpLiteral:
		f := 2
		if r.Flags&syntax.FoldCase != 0 {
			f = 1
			for _, c := range r.Rune {
				if c >= 0x80 {
					return nil, 0, false
				}
			}
		}
		if !hasLetterRunes(r.Rune) {
			f = 0
		}
		return []string{string(r.Rune)}, f, true
	case syntax.OpCharClass:
		n := 0
		var out []string
		f := 0
		for i := 0; i+1 < len(r.Rune); i += 2 {
			for c := r.Rune[i]; c <= r.Rune[i+1]; c++ {
				if n++; n > 8 {
					return nil, 0, false
				}
				if unicode.IsLetter(c) {
					f = 2
				}
				out = append(out, string(c))
			}
		}
		return out, f, len(out) > 0
	case syntax.OpCapture:
		return expand(r.Sub[0])
	case syntax.OpQuest:
		sub, f, ok := expand(r.Sub[0])
		if !ok {
			return nil, 0, false
		}
		return append([]string{""}, sub...), f, true
	case syntax.OpAlternate:
		subs, f, ok := expandEach(r.Sub)
		if !ok {
			return nil, 0, false
		}
		for _, sub := range subs {
			if set = append(set, sub...); len(set) > maxLiterals {
				return nil, 0, false
			}
		}
		return set, f, true
	case syntax.OpConcat:
		subs, f, ok := expandEach(r.Sub)
		if !ok {
			return nil, 0, false
		}
		set = []string{""}
		for _, sub := range subs {
			if len(set)*len(sub) > maxLiterals {
				return nil, 0, false
			}
			next := make([]string, 0, len(set)*len(sub))
			for _, a := range set {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			set = next
		}
		return set, f, true
	}
	return nil, 0, false
}

// expandEach expands every part, requiring their case sensitivity to
// agree.
func expandEach(subs []*syntax.Regexp) ([][]string, int, bool) {
	out := make([][]string, 0, len(subs))
	f := 0
	for _, s := range subs {
		sub, sf, ok := expand(s)
		if !ok {
			return nil, 0, false
		}
		if f, ok = mergeFold(f, sf); !ok {
			return nil, 0, false
		}
		out = append(out, sub)
	}
	return out, f, true
}

func mergeFold(a, b int) (int, bool) {
	switch {
	case a == 0:
		return b, true
	case b == 0 || a == b:
		return a, true
	}
	return 0, false
}

func hasLetterRunes(rs []rune) bool {
	for _, c := range rs {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
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
	return requiredOf(parsed.Simplify())
}

// requiredOf is RequiredLiterals of a simplified syntax tree.
func requiredOf(simplified *syntax.Regexp) ([]Pattern, bool) {
	if simplified == nil {
		return nil, false
	}
	lits, ok := required(simplified)
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

// Matcher answers a regular expression on short texts (a captured node, a
// line, a function body) faster than the expression itself when it is an
// alternation, or requires one of a few literals: each alternative with
// required literals runs only when one of them occurs in the text, and the
// others run together as one expression. Catalog expressions are mostly
// alternations of token families (secret formats, API names), of which a
// text holds none.
type Matcher struct {
	re   *regexp.Regexp
	once sync.Once
	// guarded are the alternatives with required literals, rest the
	// others as one expression (or nil); both are prepared on first use,
	// so that start-up compiles nothing more.
	guarded []guardedBranch
	rest    *regexp.Regexp
	// lits holds the literals of every guarded alternative (but the
	// non-ASCII ones, which an ASCII text cannot hold): one pass over a
	// text tells which alternatives may match, where a pass per literal
	// was most of the cost of an expression guarded by twenty names.
	lits *Set
}

type guardedBranch struct {
	re func() *regexp.Regexp
	// lits are the alternative's literals in Matcher.lits.
	lits []int32
}

// NewMatcher wraps re. Its answers are re.MatchString's.
func NewMatcher(re *regexp.Regexp) *Matcher { return &Matcher{re: re} }

func (m *Matcher) prepare() {
	// An expression without a top-level alternation is one branch: it is
	// guarded by its own required literals, when it has some (one of the
	// names an alternation inside it spells: deep mode tests such an
	// expression on the text of nearly every call of a project).
	var guarded []guardedBranch
	var rest []string
	var all []Pattern
	for _, p := range alternatives(m.re) {
		if lits, ok := requiredOf(p.parsed); ok {
			b := guardedBranch{re: p.re}
			for _, l := range lits {
				if !rareRune(l.Text) {
					b.lits = append(b.lits, int32(len(all)))
					all = append(all, l)
				}
			}
			guarded = append(guarded, b)
		} else {
			rest = append(rest, p.src)
		}
	}
	if len(guarded) == 0 {
		return
	}
	if len(rest) > 0 {
		r, err := regexp.Compile(strings.Join(rest, "|"))
		if err != nil {
			return
		}
		m.rest = r
	}
	m.guarded = guarded
	m.lits = NewSet(all)
}

// String returns the expression.
func (m *Matcher) String() string { return m.re.String() }

// Splits reports whether the expression is answered by its alternatives
// (otherwise MatchString is the expression's own).
func (m *Matcher) Splits() bool {
	m.once.Do(m.prepare)
	return m.guarded != nil
}

// MatchString reports whether the expression matches s.
func (m *Matcher) MatchString(s string) bool {
	m.once.Do(m.prepare)
	if m.guarded == nil {
		return m.re.MatchString(s)
	}
	var found []bool
	if isASCII(s) {
		var buf [64]bool
		if n := m.lits.Len(); n <= len(buf) {
			found = buf[:n]
		} else {
			found = make([]bool, n)
		}
		m.lits.ScanString(s, found)
	}
	for _, b := range m.guarded {
		if found != nil && !anyFound(found, b.lits) {
			continue
		}
		re := b.re()
		if re == nil {
			return m.re.MatchString(s)
		}
		if re.MatchString(s) {
			return true
		}
	}
	return m.rest != nil && m.rest.MatchString(s)
}

func anyFound(found []bool, ids []int32) bool {
	for _, id := range ids {
		if found[id] {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
