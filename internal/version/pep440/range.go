package pep440

import (
	"errors"
	"fmt"
	"strings"
)

// Range is a union of specifier sets: one set for a PEP 440 declaration,
// several for a Poetry constraint with "||".
type Range struct {
	raw  string
	sets []SpecifierSet
}

// ParseRange reads a declared constraint: a PEP 440 specifier set
// (">=1.0,<2", "~=1.4.5", "==1.1.*", "" for any), or Poetry's syntax, which
// pyproject.toml [tool.poetry] tables and Pipfiles use: "^1.2.3", "~1.2",
// "*", a bare version for ==, space- or comma-separated clauses, and "||"
// unions. The two syntaxes do not collide: Poetry's forms are invalid PEP 440.
func ParseRange(s string) (Range, error) {
	if len(s) > maxSpecLength {
		return Range{}, fmt.Errorf("%w: longer than %d characters", ErrInvalidSpecifier, maxSpecLength)
	}
	raw := strings.TrimSpace(s)
	r := Range{raw: raw}
	if set, err := ParseSpecifierSet(raw); err == nil {
		r.sets = []SpecifierSet{set}
		return r, nil
	}
	for _, alt := range splitUnion(raw) {
		set, err := parsePoetrySet(alt)
		if err != nil {
			return Range{}, fmt.Errorf("%w %q: %v", ErrInvalidSpecifier, raw, err)
		}
		r.sets = append(r.sets, set)
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

// splitUnion splits on "||" or a single "|", as Poetry does.
func splitUnion(s string) []string {
	return strings.Split(strings.ReplaceAll(s, "||", "|"), "|")
}

// parsePoetrySet reads one Poetry alternative: clauses separated by commas
// or spaces, each a PEP 440 clause, ^V, ~V, *, V.* or a bare V.
func parsePoetrySet(s string) (SpecifierSet, error) {
	var tokens []string
	for _, part := range strings.Split(s, ",") {
		fields := strings.Fields(part)
		for i := 0; i < len(fields); i++ {
			f := fields[i]
			// Join an operator written apart from its version: ">= 1.2".
			if i+1 < len(fields) && strings.TrimLeft(f, "<>=!~^") == "" {
				f += fields[i+1]
				i++
			}
			tokens = append(tokens, f)
		}
	}
	if len(tokens) == 0 {
		return nil, errors.New("empty alternative")
	}
	set := SpecifierSet{}
	for _, tok := range tokens {
		clauses, err := poetryClause(tok)
		if err != nil {
			return nil, err
		}
		set = append(set, clauses...)
	}
	return set, nil
}

func poetryClause(tok string) ([]Specifier, error) {
	switch {
	case tok == "*":
		return nil, nil
	case strings.HasPrefix(tok, "^"):
		v, err := Parse(tok[1:])
		if err != nil {
			return nil, err
		}
		return []Specifier{{Op: ">=", Version: v}, {Op: "<", Version: nextBreaking(v)}}, nil
	case strings.HasPrefix(tok, "~") && !strings.HasPrefix(tok, "~="):
		v, err := Parse(tok[1:])
		if err != nil {
			return nil, err
		}
		hi := bumpAt(v, 1)
		if len(v.Release) == 1 {
			hi = bumpAt(v, 0)
		}
		return []Specifier{{Op: ">=", Version: v}, {Op: "<", Version: hi}}, nil
	case strings.TrimLeft(tok, "<>=!~") != tok:
		sp, err := ParseSpecifier(tok)
		if err != nil {
			return nil, err
		}
		return []Specifier{sp}, nil
	}
	// A bare version or prefix.
	sp, err := ParseSpecifier("==" + tok)
	if err != nil {
		return nil, err
	}
	return []Specifier{sp}, nil
}

// bumpAt returns the release with component i incremented and the rest
// dropped, with no pre/post/dev/local: bumpAt(1.2.3, 1) is 1.3.
func bumpAt(v Version, i int) Version {
	rel := make([]string, i+1)
	for k := 0; k <= i; k++ {
		rel[k] = "0"
		if k < len(v.Release) {
			rel[k] = v.Release[k]
		}
	}
	rel[i] = incNum(rel[i])
	return Version{Epoch: v.epoch(), Release: rel}
}

// nextBreaking is Poetry's caret upper bound: the next major version, or
// for 0.x the next minor, or for 0.0.x the next patch.
func nextBreaking(v Version) Version {
	at := func(i int) (string, bool) {
		if i < len(v.Release) {
			return v.Release[i], true
		}
		return "0", false
	}
	major, _ := at(0)
	minor, hasMinor := at(1)
	_, hasPatch := at(2)
	switch {
	case major != "0" || !hasMinor:
		return bumpAt(v, 0)
	case minor != "0" || !hasPatch:
		return bumpAt(v, 1)
	}
	return bumpAt(v, 2)
}

// incNum adds one to a decimal string.
func incNum(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// String returns the constraint as written, trimmed.
func (r Range) String() string { return r.raw }

// Sets returns the alternatives of the range.
func (r Range) Sets() []SpecifierSet { return r.sets }

// Contains reports whether some alternative admits v.
func (r Range) Contains(v Version) bool {
	for _, set := range r.sets {
		if set.Contains(v) {
			return true
		}
	}
	return false
}

// Exact returns the version the range pins when it is one "==V" (without
// a wildcard) or "===V" clause.
func (r Range) Exact() (Version, bool) {
	if len(r.sets) != 1 || len(r.sets[0]) != 1 {
		return Version{}, false
	}
	s := r.sets[0][0]
	if (s.Op == "==" && !s.Wildcard) || (s.Op == "===" && len(s.Version.Release) > 0) {
		return s.Version, true
	}
	return Version{}, false
}

// Unbounded reports whether the range admits arbitrarily high versions:
// "", "*", ">=1.0", "!=1.5". Such a declaration lets any future release in.
func (r Range) Unbounded() bool {
	for _, set := range r.sets {
		bounded := false
		for _, s := range set {
			switch s.Op {
			case "==", "===", "<", "<=", "~=":
				bounded = true
			}
		}
		if !bounded {
			return true
		}
	}
	return len(r.sets) == 0
}

// AdmitsWhere reports whether the range admits some version v with pred(v).
// pred must describe a union of intervals whose endpoints are among points
// (an advisory's introduced, fixed and last_affected versions). The answer
// tests the endpoints of both and the smallest versions the range could
// admit just above each; see candidates for the one approximation.
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

// points returns the versions at which the range's clauses change value:
// each operand, and for prefix matches the first version of the prefix and
// of the next one (1.1.* spans [1.1.dev0, 1.2.dev0)).
func (r Range) points() []Version {
	var out []Version
	for _, set := range r.sets {
		for _, s := range set {
			if len(s.Version.Release) == 0 {
				continue
			}
			out = append(out, s.Version)
			var prefix Version
			switch {
			case s.Wildcard:
				prefix = s.Version
			case s.Op == "~=":
				prefix = Version{Epoch: s.Version.epoch(), Release: s.Version.Release[:len(s.Version.Release)-1]}
			default:
				continue
			}
			lo := Version{Epoch: prefix.epoch(), Release: prefix.Release, Dev: true, DevN: "0"}
			hi := bumpAt(prefix, len(prefix.Release)-1)
			hi.Dev, hi.DevN = true, "0"
			out = append(out, lo, hi)
		}
	}
	return out
}

// candidates returns the endpoints and, above each, the smallest versions
// a range can admit: the final release of a prerelease, the next post
// release, the next development release, and a release just above every
// post-release of a version (">1.0" excludes 1.0.postN, so its smallest
// admitted versions are 1.0.0.1-like). PEP 440 has no smallest version above
// a final release, so that last witness pads the release to one component
// longer than every endpoint, which puts it between the endpoint and any
// larger one: the only approximation, and a safe one for real releases.
func (r Range) candidates(extra []Version) []Version {
	pts := append(r.points(), extra...)
	maxLen := 1
	for _, p := range pts {
		maxLen = max(maxLen, len(p.Release))
	}
	out := []Version{
		{Epoch: "0", Release: []string{"0"}},
		{Epoch: "0", Release: []string{"0"}, Dev: true, DevN: "0"},
	}
	for _, p := range pts {
		if len(p.Local) > 0 {
			// A local endpoint is itself a candidate; the rest work on
			// its public version.
			out = append(out, p)
			p = p.PublicVersion()
		}
		base := p.BaseVersion()
		out = append(out, p, base, Version{Epoch: p.epoch(), Release: []string{"0"}})
		switch {
		case p.Dev:
			next := p
			next.DevN = incNum(p.DevN)
			noDev := p
			noDev.Dev, noDev.DevN = false, ""
			out = append(out, next, noDev)
		default:
			next := p
			next.Post, next.PostN = true, "0"
			if p.Post {
				next.PostN = incNum(p.PostN)
			}
			out = append(out, next)
			next.Dev, next.DevN = true, "0"
			out = append(out, next)
		}
		ext := make([]string, maxLen+1)
		for i := range ext {
			ext[i] = "0"
			if i < len(base.Release) {
				ext[i] = base.Release[i]
			}
		}
		ext[maxLen] = "1"
		w := Version{Epoch: base.epoch(), Release: ext}
		out = append(out, w, Version{Epoch: w.Epoch, Release: ext, Dev: true, DevN: "0"})
	}
	return out
}
