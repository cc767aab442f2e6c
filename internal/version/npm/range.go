package npm

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// maxRangeLength caps the range strings this package reads; a declared range
// in a real manifest is a few dozen characters.
const maxRangeLength = 1024

// ErrInvalidRange is wrapped by every range parse error.
var ErrInvalidRange = errors.New("invalid npm range")

type op uint8

const (
	opAny op = iota // matches every version (node-semver's ANY comparator)
	opEQ
	opLT
	opLE
	opGT
	opGE
)

var opText = [...]string{opAny: "", opEQ: "", opLT: "<", opLE: "<=", opGT: ">", opGE: ">="}

type comparator struct {
	op op
	v  Version
}

func (c comparator) String() string {
	if c.op == opAny {
		return ""
	}
	return opText[c.op] + c.v.String()
}

func (c comparator) test(v Version) bool {
	if c.op == opAny {
		return true
	}
	d := Compare(v, c.v)
	switch c.op {
	case opEQ:
		return d == 0
	case opLT:
		return d < 0
	case opLE:
		return d <= 0
	case opGT:
		return d > 0
	case opGE:
		return d >= 0
	}
	return false
}

// nullSet is node-semver's "<0.0.0-0", the comparator no version satisfies.
var nullSet = comparator{op: opLT, v: Version{Prerelease: []string{"0"}}}

func isNull(c comparator) bool { return c.op == nullSet.op && Compare(c.v, nullSet.v) == 0 }

// Range is a parsed npm range: a union ("||") of comparator sets, each an
// intersection of comparators.
type Range struct {
	raw  string
	sets [][]comparator
}

// ParseRange parses a range with node-semver's grammar (non-loose mode):
// "||" unions, space-separated intersections, primitives (< <= > >= =),
// x-ranges (1.x, 1.2.*, *), tilde (~, ~>), caret (^) and hyphen ranges
// (1.2.3 - 2.3). The empty string is the range of every version. Dist-tags
// such as "latest", URLs and "npm:" aliases are not ranges: they return an
// error wrapping ErrInvalidRange.
func ParseRange(s string) (Range, error) {
	if len(s) > maxRangeLength {
		return Range{}, fmt.Errorf("%w: longer than %d characters", ErrInvalidRange, maxRangeLength)
	}
	raw := strings.Join(strings.Fields(s), " ")
	r := Range{raw: raw}
	for _, part := range strings.Split(raw, "||") {
		set, err := parseSet(strings.TrimSpace(part))
		if err != nil {
			return Range{}, fmt.Errorf("%w %q: %v", ErrInvalidRange, raw, err)
		}
		r.sets = append(r.sets, set)
	}
	// Drop null sets when something else remains, and collapse to "any" when
	// one set is "any", as node-semver does; both keep the meaning and make
	// String and the candidate points smaller.
	if len(r.sets) > 1 {
		var kept [][]comparator
		for _, set := range r.sets {
			if !isNull(set[0]) {
				kept = append(kept, set)
			}
		}
		if len(kept) == 0 {
			kept = r.sets[:1]
		}
		r.sets = kept
		for _, set := range r.sets {
			if len(set) == 1 && set[0].op == opAny {
				r.sets = [][]comparator{set}
				break
			}
		}
	}
	return r, nil
}

// MustParseRange is ParseRange for literals known to be valid.
func MustParseRange(s string) Range {
	r, err := ParseRange(s)
	if err != nil {
		panic(err)
	}
	return r
}

// String returns the range as written, with whitespace collapsed.
func (r Range) String() string { return r.raw }

// Desugared returns the range as plain comparators, in node-semver's
// Range.range format ("" for any version).
func (r Range) Desugared() string {
	parts := make([]string, len(r.sets))
	for i, set := range r.sets {
		cs := make([]string, len(set))
		for j, c := range set {
			cs[j] = c.String()
		}
		parts[i] = strings.Join(cs, " ")
	}
	return strings.Join(parts, "||")
}

// Contains reports whether npm would accept v for this range. A prerelease
// is accepted only by a comparator set that satisfies it and that has a
// comparator with a prerelease on the same major.minor.patch: "^1.2.3-beta.1"
// admits 1.2.3-beta.2 but not 1.2.4-alpha.
func (r Range) Contains(v Version) bool {
	for _, set := range r.sets {
		if testSet(set, v) {
			return true
		}
	}
	return false
}

func testSet(set []comparator, v Version) bool {
	for _, c := range set {
		if !c.test(v) {
			return false
		}
	}
	if !v.IsPrerelease() {
		return true
	}
	for _, c := range set {
		if c.op != opAny && c.v.IsPrerelease() && sameTuple(c.v, v) {
			return true
		}
	}
	return false
}

// Exact returns the one version the range admits when it is a single exact
// version ("1.2.3", "=1.2.3", "v1.2.3").
func (r Range) Exact() (Version, bool) {
	if len(r.sets) == 1 && len(r.sets[0]) == 1 && r.sets[0][0].op == opEQ {
		return r.sets[0][0].v, true
	}
	return Version{}, false
}

// Unbounded reports whether the range admits arbitrarily high versions:
// "*", "", ">=1.0.0", "1.x || >2". Such a declaration lets a new, possibly
// malicious, release in without any change to the project.
func (r Range) Unbounded() bool {
	for _, set := range r.sets {
		bounded := false
		for _, c := range set {
			if c.op == opLT || c.op == opLE || c.op == opEQ {
				bounded = true
			}
		}
		if !bounded && !isNull(set[0]) {
			return true
		}
	}
	return false
}

// points returns every version the range's comparators name.
func (r Range) points() []Version {
	var out []Version
	for _, set := range r.sets {
		for _, c := range set {
			if c.op != opAny {
				out = append(out, c.v)
			}
		}
	}
	return out
}

// AdmitsWhere reports whether the range admits some version v with pred(v).
// pred must describe a union of intervals whose endpoints are all among
// points (an OSV affected range and its introduced/fixed/last_affected
// versions, or "at least the fixed version" and the fixed version). The
// answer is exact under that condition: it tests the smallest version the
// range could admit at or above every endpoint.
func (r Range) AdmitsWhere(points []Version, pred func(Version) bool) bool {
	for _, c := range r.candidates(points) {
		if pred(c) && r.Contains(c) {
			return true
		}
	}
	return false
}

// AdmitsAtLeast reports whether the range admits some version >= min: for a
// fixed version, whether the declaration already allows the fix.
func (r Range) AdmitsAtLeast(min Version) bool {
	return r.AdmitsWhere([]Version{min}, func(v Version) bool { return Compare(v, min) >= 0 })
}

// AdmitsBetween reports whether the range admits some version in [lo, hi),
// or [lo, hi] when hiInclusive; a nil bound is open.
func (r Range) AdmitsBetween(lo, hi *Version, hiInclusive bool) bool {
	var pts []Version
	if lo != nil {
		pts = append(pts, *lo)
	}
	if hi != nil {
		pts = append(pts, *hi)
	}
	return r.AdmitsWhere(pts, func(v Version) bool {
		if lo != nil && Compare(v, *lo) < 0 {
			return false
		}
		if hi != nil {
			d := Compare(v, *hi)
			return d < 0 || (hiInclusive && d == 0)
		}
		return true
	})
}

// candidates returns, for every endpoint of the range and of the caller's
// intervals, the endpoint itself and the smallest versions above it that a
// range can admit: the next release, the next prerelease of the same tuple,
// and the first prerelease ("-0") of every tuple the range names a
// prerelease for. The global minimum covers sets unbounded below.
func (r Range) candidates(extra []Version) []Version {
	pts := append(r.points(), extra...)
	preTuples := map[[3]uint64]bool{}
	for _, p := range r.points() {
		if p.IsPrerelease() {
			preTuples[[3]uint64{p.Major, p.Minor, p.Patch}] = true
		}
	}
	out := []Version{{}, {Prerelease: []string{"0"}}}
	for _, p := range pts {
		out = append(out, p)
		if p.IsPrerelease() {
			next := p
			next.Prerelease = append(append([]string(nil), p.Prerelease...), "0")
			out = append(out, next, Version{Major: p.Major, Minor: p.Minor, Patch: p.Patch})
		} else if p.Patch < maxSafe {
			out = append(out, Version{Major: p.Major, Minor: p.Minor, Patch: p.Patch + 1})
		}
	}
	tuples := make([][3]uint64, 0, len(preTuples))
	for t := range preTuples {
		tuples = append(tuples, t)
	}
	sort.Slice(tuples, func(i, j int) bool {
		a, b := tuples[i], tuples[j]
		return a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2])))
	})
	for _, t := range tuples {
		out = append(out, Version{Major: t[0], Minor: t[1], Patch: t[2], Prerelease: []string{"0"}})
	}
	return out
}

// parseSet parses one "||"-separated part into its comparators.
func parseSet(part string) ([]comparator, error) {
	part = stripBuild(part)
	var tokens []string
	fields := strings.Fields(part)
	if from, to, ok := hyphen(fields); ok {
		cs, err := desugarHyphen(from, to)
		if err != nil {
			return nil, err
		}
		tokens = cs
	} else {
		// Join a lone operator with the version after it: "> 1.2.3",
		// "~ 1.2", "^ 1.2", "~> 1.2".
		for i := 0; i < len(fields); i++ {
			f := fields[i]
			if i+1 < len(fields) && isLoneOperator(f) {
				if f == "~>" {
					f = "~"
				}
				f += fields[i+1]
				i++
			}
			tokens = append(tokens, f)
		}
	}
	var out []comparator
	seen := map[string]bool{}
	null := false
	for _, tok := range tokens {
		cs, err := desugar(tok)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if isNull(c) {
				null = true
			}
			key := c.String()
			if c.op == opEQ {
				key = "=" + key
			}
			if !seen[key] {
				seen[key] = true
				out = append(out, c)
			}
		}
	}
	if null {
		return []comparator{nullSet}, nil
	}
	if len(out) == 0 {
		return []comparator{{op: opAny}}, nil
	}
	if len(out) > 1 {
		kept := out[:0]
		for _, c := range out {
			if c.op != opAny {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out, nil
}

func isLoneOperator(f string) bool {
	switch f {
	case "<", ">", "<=", ">=", "=", "~", "~>", "^":
		return true
	}
	return false
}

// stripBuild removes build metadata ("+" and dot-separated identifiers), as
// node-semver does before reading a range.
func stripBuild(s string) string {
	if !strings.Contains(s, "+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '+' {
			j := i + 1
			for {
				k := j
				for k < len(s) && isIdentChar(s[k]) {
					k++
				}
				if k == j {
					break
				}
				j = k
				if j+1 < len(s) && s[j] == '.' && isIdentChar(s[j+1]) {
					j++
					continue
				}
				break
			}
			if j > i+1 {
				i = j - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// partial is an x-range operand: up to three numbers, the rest wildcards.
type partial struct {
	nums [3]uint64
	// n counts the leading components that are numbers; the others are
	// x, X, * or absent.
	n   int
	pre []string
	// prefix is the run of "v" and "=" before the first number.
	prefix string
	// disordered marks a number after a wildcard ("1.x.2").
	disordered bool
}

func (p partial) version() Version {
	return Version{Major: p.nums[0], Minor: p.nums[1], Patch: p.nums[2], Prerelease: p.pre}
}

// parsePartial reads node-semver's XRANGEPLAIN: [v=]* xr(.xr(.xr(-pre)?)?)?
// where xr is a number, x, X or *, and a prerelease may follow only a third
// component. p.n counts the numbers before the first wildcard or missing
// component; the numbers after a wildcard are kept out of n and flagged by
// disordered, which x-ranges reject and carets, tildes and hyphen ranges
// ignore, as node-semver does.
func parsePartial(s string) (partial, bool) {
	var p partial
	i := 0
	for i < len(s) && (s[i] == 'v' || s[i] == '=') {
		i++
	}
	p.prefix, s = s[:i], s[i:]
	wild := false
	comps := 0
	for k := 0; k < 3; k++ {
		if k > 0 {
			rest, ok := strings.CutPrefix(s, ".")
			if !ok {
				break
			}
			s = rest
		}
		comps++
		if s != "" && (s[0] == 'x' || s[0] == 'X' || s[0] == '*') {
			wild = true
			s = s[1:]
			continue
		}
		n, rest, ok := parseNum(s)
		if !ok {
			return p, false
		}
		s = rest
		if wild {
			p.disordered = true
			continue
		}
		p.nums[k] = n
		p.n++
	}
	if after, found := strings.CutPrefix(s, "-"); found && comps == 3 {
		ids, rest, ok := parseIdents(after, true)
		if !ok {
			return p, false
		}
		p.pre, s = ids, rest
	}
	if p.n < 3 {
		// node-semver drops the prerelease of a wildcard partial.
		p.pre = nil
	}
	return p, s == ""
}

func bump(n uint64) (uint64, error) {
	if n >= maxSafe {
		return 0, errors.New("version component overflows")
	}
	return n + 1, nil
}

func ge(v Version) comparator { return comparator{op: opGE, v: v} }
func lt0(major, minor, patch uint64) comparator {
	return comparator{op: opLT, v: Version{Major: major, Minor: minor, Patch: patch, Prerelease: []string{"0"}}}
}

// desugar turns one comparator token into plain comparators. A ">=0.0.0"
// that comes out as text is "any" to node-semver (replaceGTE0), which only
// matters to 0.0.0 prereleases; ">=v0.0.0" as written is not.
func desugar(tok string) ([]comparator, error) {
	cs, literal, err := desugarToken(tok)
	if err != nil {
		return nil, err
	}
	for i, c := range cs {
		if c.op == opGE && !c.v.IsPrerelease() && Compare(c.v, Version{}) == 0 && (!literal || strings.HasPrefix(tok, ">=0")) {
			cs[i] = comparator{op: opAny}
		}
	}
	return cs, nil
}

// desugarToken does the work of desugar; literal says the result is the
// token's own comparator rather than an expansion.
func desugarToken(tok string) ([]comparator, bool, error) {
	switch {
	case strings.HasPrefix(tok, "^"):
		p, ok := parsePartial(tok[1:])
		if !ok {
			return nil, false, fmt.Errorf("invalid comparator %q", tok)
		}
		cs, err := caret(p)
		return cs, false, err
	case strings.HasPrefix(tok, "~"):
		rest := strings.TrimPrefix(tok[1:], ">")
		p, ok := parsePartial(rest)
		if !ok {
			return nil, false, fmt.Errorf("invalid comparator %q", tok)
		}
		cs, err := tilde(p)
		return cs, false, err
	}
	o, rest := splitGTLT(tok)
	p, ok := parsePartial(rest)
	if !ok || p.disordered {
		// node-semver then deletes every "*" (with a "<", ">" or "=" just
		// before it) and reads what is left as a plain comparator, which
		// makes "1.2.3*" mean "1.2.3".
		stripped := stripStars(tok)
		if stripped == tok {
			return nil, false, fmt.Errorf("invalid comparator %q", tok)
		}
		if stripped == "" {
			return []comparator{{op: opAny}}, false, nil
		}
		o, rest = splitGTLT(stripped)
		p, ok = parsePartial(rest)
		if !ok || p.n != 3 {
			return nil, false, fmt.Errorf("invalid comparator %q", tok)
		}
		tok = stripped
	}
	if p.n == 3 {
		// A full version keeps its operator; node-semver reads it with the
		// strict comparator grammar, which allows only "v" before it.
		if p.prefix != "" && p.prefix != "v" {
			return nil, false, fmt.Errorf("invalid comparator %q", tok)
		}
		c := comparator{op: opGE, v: p.version()}
		switch o {
		case "", "=":
			c.op = opEQ
		case "<":
			c.op = opLT
		case "<=":
			c.op = opLE
		case ">":
			c.op = opGT
		}
		return []comparator{c}, true, nil
	}
	cs, err := xrange(o, p)
	return cs, false, err
}

// stripStars applies node-semver's replaceStars: remove each
// (<|>)?=?\s*\* run.
func stripStars(tok string) string {
	var b []byte
	for i := 0; i < len(tok); i++ {
		if tok[i] != '*' {
			b = append(b, tok[i])
			continue
		}
		if n := len(b); n > 0 && b[n-1] == '=' {
			b = b[:n-1]
		}
		if n := len(b); n > 0 && (b[n-1] == '<' || b[n-1] == '>') {
			b = b[:n-1]
		}
	}
	return string(b)
}

func splitGTLT(tok string) (string, string) {
	for _, o := range []string{">=", "<=", ">", "<", "="} {
		if rest, ok := strings.CutPrefix(tok, o); ok {
			return o, rest
		}
	}
	return "", tok
}

// xrange desugars a partial with at least one wildcard (node-semver's
// replaceXRange, includePrerelease off).
func xrange(o string, p partial) ([]comparator, error) {
	M, m := p.nums[0], p.nums[1]
	if p.n == 0 {
		if o == ">" || o == "<" {
			return []comparator{nullSet}, nil
		}
		return []comparator{{op: opAny}}, nil
	}
	var err error
	switch o {
	case "", "=":
		if p.n == 1 {
			if M, err = bump(M); err != nil {
				return nil, err
			}
			return []comparator{ge(Version{Major: p.nums[0]}), lt0(M, 0, 0)}, nil
		}
		if m, err = bump(m); err != nil {
			return nil, err
		}
		return []comparator{ge(Version{Major: M, Minor: p.nums[1]}), lt0(M, m, 0)}, nil
	case ">":
		// >1 is >=2.0.0; >1.2 is >=1.3.0.
		if p.n == 1 {
			if M, err = bump(M); err != nil {
				return nil, err
			}
			return []comparator{ge(Version{Major: M})}, nil
		}
		if m, err = bump(m); err != nil {
			return nil, err
		}
		return []comparator{ge(Version{Major: M, Minor: m})}, nil
	case ">=":
		if p.n == 1 {
			m = 0
		}
		return []comparator{ge(Version{Major: M, Minor: m})}, nil
	case "<":
		if p.n == 1 {
			m = 0
		}
		return []comparator{lt0(M, m, 0)}, nil
	default: // "<=": <=1 is <2.0.0-0; <=1.2 is <1.3.0-0.
		if p.n == 1 {
			if M, err = bump(M); err != nil {
				return nil, err
			}
			return []comparator{lt0(M, 0, 0)}, nil
		}
		if m, err = bump(m); err != nil {
			return nil, err
		}
		return []comparator{lt0(M, m, 0)}, nil
	}
}

// tilde desugars ~ and ~> (node-semver's replaceTilde).
func tilde(p partial) ([]comparator, error) {
	M, m := p.nums[0], p.nums[1]
	switch p.n {
	case 0:
		return []comparator{{op: opAny}}, nil
	case 1:
		up, err := bump(M)
		if err != nil {
			return nil, err
		}
		return []comparator{ge(Version{Major: M}), lt0(up, 0, 0)}, nil
	}
	up, err := bump(m)
	if err != nil {
		return nil, err
	}
	lo := Version{Major: M, Minor: m}
	if p.n == 3 {
		lo = p.version()
	}
	return []comparator{ge(lo), lt0(M, up, 0)}, nil
}

// caret desugars ^ (node-semver's replaceCaret): the upper bound moves to
// the next change of the leftmost non-zero component.
func caret(p partial) ([]comparator, error) {
	M, m, pt := p.nums[0], p.nums[1], p.nums[2]
	switch p.n {
	case 0:
		return []comparator{{op: opAny}}, nil
	case 1:
		up, err := bump(M)
		if err != nil {
			return nil, err
		}
		return []comparator{ge(Version{Major: M}), lt0(up, 0, 0)}, nil
	case 2:
		lo := Version{Major: M, Minor: m}
		if M == 0 {
			up, err := bump(m)
			if err != nil {
				return nil, err
			}
			return []comparator{ge(lo), lt0(0, up, 0)}, nil
		}
		up, err := bump(M)
		if err != nil {
			return nil, err
		}
		return []comparator{ge(lo), lt0(up, 0, 0)}, nil
	}
	lo := p.version()
	switch {
	case M == 0 && m == 0:
		up, err := bump(pt)
		if err != nil {
			return nil, err
		}
		return []comparator{ge(lo), lt0(0, 0, up)}, nil
	case M == 0:
		up, err := bump(m)
		if err != nil {
			return nil, err
		}
		return []comparator{ge(lo), lt0(0, up, 0)}, nil
	}
	up, err := bump(M)
	if err != nil {
		return nil, err
	}
	return []comparator{ge(lo), lt0(up, 0, 0)}, nil
}

// hyphen recognises "A - B" where both sides are x-range operands.
func hyphen(fields []string) (partial, partial, bool) {
	if len(fields) != 3 || fields[1] != "-" {
		return partial{}, partial{}, false
	}
	from, ok1 := parsePartial(fields[0])
	to, ok2 := parsePartial(fields[2])
	return from, to, ok1 && ok2
}

// desugarHyphen returns the comparator tokens of "from - to" (node-semver's
// hyphenReplace): a partial upper bound admits every version it covers.
func desugarHyphen(from, to partial) ([]string, error) {
	var out []string
	fullOK := func(p partial) bool { return p.prefix == "" || p.prefix == "v" }
	switch from.n {
	case 0:
	case 1:
		out = append(out, fmt.Sprintf(">=%d.0.0", from.nums[0]))
	case 2:
		out = append(out, fmt.Sprintf(">=%d.%d.0", from.nums[0], from.nums[1]))
	default:
		if !fullOK(from) {
			return nil, errors.New("invalid hyphen range")
		}
		out = append(out, ">="+from.prefix+from.version().String())
	}
	switch to.n {
	case 0:
	case 1:
		up, err := bump(to.nums[0])
		if err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("<%d.0.0-0", up))
	case 2:
		up, err := bump(to.nums[1])
		if err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("<%d.%d.0-0", to.nums[0], up))
	default:
		// node-semver rebuilds a prerelease bound from its parts but keeps
		// a plain one as written, "v" or "=" included.
		if len(to.pre) == 0 && !fullOK(to) {
			return nil, errors.New("invalid hyphen range")
		}
		out = append(out, "<="+to.version().String())
	}
	return out, nil
}
