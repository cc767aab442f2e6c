// Package gover implements Go module version semantics on top of
// golang.org/x/mod: semver order (build metadata ignored, so
// v2.0.0+incompatible sorts with v2.0.0), pseudo-versions (prereleases of
// the version after their base: v1.2.4-0.2024…-abcdef sits between v1.2.3 and
// v1.2.4), and ranges as unions of intervals.
//
// Go has no range syntax of its own: a go.mod requirement names one version,
// and minimal version selection builds exactly the versions the main
// module's go.mod lists. Prereleases and pseudo-versions are ordinary
// members of a range, as in the Go vulnerability database.
package gover

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid Go module version")

// maxLength caps the version strings this package reads.
const maxLength = 256

// Version is a Go module version, kept as written with a leading "v".
type Version struct {
	v string
}

// Parse reads a version; the leading "v" may be omitted (OSV records omit
// it). Shorthands such as v1.2 are completed to v1.2.0, as semver does for
// ordering.
func Parse(s string) (Version, error) {
	s = strings.TrimSpace(s)
	if len(s) > maxLength {
		return Version{}, fmt.Errorf("%w: longer than %d characters", ErrInvalid, maxLength)
	}
	if !strings.HasPrefix(s, "v") {
		s = "v" + s
	}
	if !semver.IsValid(s) {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalid, s)
	}
	c := semver.Canonical(s)
	if b := semver.Build(s); b != "" {
		c += b
	}
	return Version{v: c}, nil
}

// MustParse is Parse for literals known to be valid.
func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// String returns the version with its "v" and any build suffix.
func (v Version) String() string { return v.v }

// Compare orders versions by semver precedence, ignoring build metadata.
func Compare(a, b Version) int { return semver.Compare(a.v, b.v) }

// IsPrerelease reports whether v has a prerelease part (pseudo-versions do).
func (v Version) IsPrerelease() bool { return semver.Prerelease(v.v) != "" }

// IsPseudo reports whether v is a pseudo-version, a version Go derives from
// a commit rather than a tag.
func (v Version) IsPseudo() bool { return module.IsPseudoVersion(v.v) }

// PseudoBase returns the tagged version a pseudo-version builds on ("" when
// there is none, as for v0.0.0-… pseudo-versions), and PseudoRev the commit
// it names.
func (v Version) PseudoBase() (string, error) { return module.PseudoVersionBase(v.v) }

// PseudoRev returns the commit hash prefix of a pseudo-version.
func (v Version) PseudoRev() (string, error) { return module.PseudoVersionRev(v.v) }

// Incompatible reports whether v carries "+incompatible": a v2+ version of
// a module without a /vN path suffix and without a go.mod.
func (v Version) Incompatible() bool { return semver.Build(v.v) == "+incompatible" }

// Interval is a contiguous set of versions: from Lo (inclusive, nil for
// unbounded) to Hi (exclusive, or inclusive when HiInclusive; nil for
// unbounded).
type Interval struct {
	Lo, Hi      *Version
	HiInclusive bool
}

// Contains reports whether v lies in the interval.
func (iv Interval) Contains(v Version) bool {
	if iv.Lo != nil && Compare(v, *iv.Lo) < 0 {
		return false
	}
	if iv.Hi != nil {
		d := Compare(v, *iv.Hi)
		return d < 0 || (iv.HiInclusive && d == 0)
	}
	return true
}

// comparator is one bound: >=, >, <=, < or = a version.
type comparator struct {
	op string
	v  Version
}

func (c comparator) test(v Version) bool {
	d := Compare(v, c.v)
	switch c.op {
	case ">=":
		return d >= 0
	case ">":
		return d > 0
	case "<=":
		return d <= 0
	case "<":
		return d < 0
	}
	return d == 0
}

// Range is a union ("||") of comma-separated comparator intersections, such
// as ">=v1.2.0, <v1.3.0 || =v2.0.0". A bare version means "=".
type Range struct {
	raw  string
	sets [][]comparator
}

// ParseRange reads a range. Go declarations have no range syntax; this one
// exists for advisory bounds and for callers that state constraints.
func ParseRange(s string) (Range, error) {
	if len(s) > 1024 {
		return Range{}, fmt.Errorf("%w: range longer than 1024 characters", ErrInvalid)
	}
	r := Range{raw: strings.TrimSpace(s)}
	for _, alt := range strings.Split(r.raw, "||") {
		var set []comparator
		for _, part := range strings.Split(alt, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			op := "="
			for _, o := range []string{">=", "<=", ">", "<", "="} {
				if rest, ok := strings.CutPrefix(part, o); ok {
					op, part = o, strings.TrimSpace(rest)
					break
				}
			}
			v, err := Parse(part)
			if err != nil {
				return Range{}, err
			}
			set = append(set, comparator{op: op, v: v})
		}
		r.sets = append(r.sets, set)
	}
	return r, nil
}

// Exactly returns the range of one version, which is what a go.mod
// requirement resolves to.
func Exactly(v Version) Range {
	return Range{raw: v.String(), sets: [][]comparator{{{op: "=", v: v}}}}
}

// String returns the range as written.
func (r Range) String() string { return r.raw }

// Contains reports whether v satisfies some alternative.
func (r Range) Contains(v Version) bool {
	for _, set := range r.sets {
		ok := true
		for _, c := range set {
			if !c.test(v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Exact returns the version when the range is a single "=" clause.
func (r Range) Exact() (Version, bool) {
	if len(r.sets) == 1 && len(r.sets[0]) == 1 && r.sets[0][0].op == "=" {
		return r.sets[0][0].v, true
	}
	return Version{}, false
}

// Unbounded reports whether the range admits arbitrarily high versions.
func (r Range) Unbounded() bool {
	for _, set := range r.sets {
		bounded := false
		for _, c := range set {
			if c.op != ">=" && c.op != ">" {
				bounded = true
			}
		}
		if !bounded {
			return true
		}
	}
	return false
}

// AdmitsWhere reports whether the range admits some version v with pred(v),
// where pred is a union of intervals whose endpoints are among points. It
// is exact: it tests every endpoint and the smallest version above each.
func (r Range) AdmitsWhere(points []Version, pred func(Version) bool) bool {
	pts := append([]Version(nil), points...)
	for _, set := range r.sets {
		for _, c := range set {
			pts = append(pts, c.v)
		}
	}
	cands := []Version{{v: "v0.0.0-0"}}
	for _, p := range pts {
		cands = append(cands, p, successor(p))
	}
	sort.Slice(cands, func(i, j int) bool { return Compare(cands[i], cands[j]) < 0 })
	for _, c := range cands {
		if pred(c) && r.Contains(c) {
			return true
		}
	}
	return false
}

// AdmitsAtLeast reports whether the range admits some version >= min.
func (r Range) AdmitsAtLeast(min Version) bool {
	return r.AdmitsWhere([]Version{min}, func(v Version) bool { return Compare(v, min) >= 0 })
}

// successor returns the smallest version above p: p.0 for a prerelease,
// the next patch's first prerelease otherwise.
func successor(p Version) Version {
	s := semver.Canonical(p.v)
	if pre := semver.Prerelease(s); pre != "" {
		return Version{v: s + ".0"}
	}
	var major, minor, patch uint64
	if _, err := fmt.Sscanf(s, "v%d.%d.%d", &major, &minor, &patch); err != nil {
		return p
	}
	return Version{v: fmt.Sprintf("v%d.%d.%d-0", major, minor, patch+1)}
}
