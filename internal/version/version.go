// Package version gives one interface over the three version schemes the
// scanner reads (npm semver, PEP 440, Go modules), so that code matching
// dependencies against advisories is written once. Each scheme's semantics
// live in its subpackage: npm, pep440, gover.
package version

import (
	"fmt"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/gover"
	"github.com/mcpsafe/mcpsafe/internal/version/npm"
	"github.com/mcpsafe/mcpsafe/internal/version/pep440"
)

// Ecosystem names, as deps.Dependency.Ecosystem spells them.
const (
	NPM  = "npm"
	PyPI = "pypi"
	Go   = "go"
)

// Version is a parsed version of one scheme.
type Version interface {
	String() string
}

// Range is a declared constraint of one scheme.
type Range interface {
	// String returns the constraint as written.
	String() string
	// Contains reports whether the ecosystem's installer would accept v.
	Contains(v Version) bool
	// Exact returns the version when the range pins exactly one.
	Exact() (Version, bool)
	// Unbounded reports whether arbitrarily high versions are admitted.
	Unbounded() bool
	// AdmitsWhere reports whether some admitted version satisfies pred,
	// where pred is a union of intervals with endpoints among points.
	AdmitsWhere(points []Version, pred func(Version) bool) bool
	// AdmitsAtLeast reports whether some admitted version is >= min.
	AdmitsAtLeast(min Version) bool
}

// Scheme is one ecosystem's version semantics.
type Scheme interface {
	Ecosystem() string
	Parse(s string) (Version, error)
	ParseRange(s string) (Range, error)
	// Compare orders two versions of this scheme.
	Compare(a, b Version) int
}

// For returns the scheme of an ecosystem ("npm", "pypi", "go"; case and the
// OSV spellings "PyPI" and "Go" are accepted), or nil.
func For(ecosystem string) Scheme {
	switch strings.ToLower(ecosystem) {
	case NPM:
		return npmScheme{}
	case PyPI:
		return pepScheme{}
	case Go:
		return goScheme{}
	}
	return nil
}

// Interval is a contiguous set of versions of one scheme, as an OSV event
// pair gives it: from Lo (inclusive; nil for "0", the beginning) to Hi
// (exclusive for "fixed", inclusive for "last_affected"; nil for open).
type Interval struct {
	Lo, Hi      Version
	HiInclusive bool
}

// Contains reports whether v lies in the interval.
func (iv Interval) Contains(s Scheme, v Version) bool {
	if iv.Lo != nil && s.Compare(v, iv.Lo) < 0 {
		return false
	}
	if iv.Hi != nil {
		d := s.Compare(v, iv.Hi)
		return d < 0 || (iv.HiInclusive && d == 0)
	}
	return true
}

// Points returns the interval's bounds.
func (iv Interval) Points() []Version {
	var out []Version
	if iv.Lo != nil {
		out = append(out, iv.Lo)
	}
	if iv.Hi != nil {
		out = append(out, iv.Hi)
	}
	return out
}

// compareFallback orders versions of different schemes by text, so that a
// mix-up between schemes gives a wrong answer rather than a crash.
func compareFallback(a, b Version) int {
	return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

// --- npm ---

type npmScheme struct{}

type npmVersion struct{ npm.Version }

type npmRange struct{ npm.Range }

func (npmScheme) Ecosystem() string { return NPM }

func (npmScheme) Parse(s string) (Version, error) {
	v, err := npm.Parse(s)
	if err != nil {
		return nil, err
	}
	return npmVersion{v}, nil
}

func (npmScheme) ParseRange(s string) (Range, error) {
	r, err := npm.ParseRange(s)
	if err != nil {
		return nil, err
	}
	return npmRange{r}, nil
}

func (npmScheme) Compare(a, b Version) int {
	x, ok1 := a.(npmVersion)
	y, ok2 := b.(npmVersion)
	if !ok1 || !ok2 {
		return compareFallback(a, b)
	}
	return npm.Compare(x.Version, y.Version)
}

func (r npmRange) Contains(v Version) bool {
	x, ok := v.(npmVersion)
	return ok && r.Range.Contains(x.Version)
}

func (r npmRange) Exact() (Version, bool) {
	v, ok := r.Range.Exact()
	if !ok {
		return nil, false
	}
	return npmVersion{v}, true
}

func (r npmRange) AdmitsWhere(points []Version, pred func(Version) bool) bool {
	var pts []npm.Version
	for _, p := range points {
		if x, ok := p.(npmVersion); ok {
			pts = append(pts, x.Version)
		}
	}
	return r.Range.AdmitsWhere(pts, func(v npm.Version) bool { return pred(npmVersion{v}) })
}

func (r npmRange) AdmitsAtLeast(min Version) bool {
	x, ok := min.(npmVersion)
	return ok && r.Range.AdmitsAtLeast(x.Version)
}

// --- PyPI ---

type pepScheme struct{}

type pepVersion struct{ pep440.Version }

type pepRange struct{ pep440.Range }

func (pepScheme) Ecosystem() string { return PyPI }

func (pepScheme) Parse(s string) (Version, error) {
	v, err := pep440.Parse(s)
	if err != nil {
		return nil, err
	}
	return pepVersion{v}, nil
}

func (pepScheme) ParseRange(s string) (Range, error) {
	r, err := pep440.ParseRange(s)
	if err != nil {
		return nil, err
	}
	return pepRange{r}, nil
}

func (pepScheme) Compare(a, b Version) int {
	x, ok1 := a.(pepVersion)
	y, ok2 := b.(pepVersion)
	if !ok1 || !ok2 {
		return compareFallback(a, b)
	}
	return pep440.Compare(x.Version, y.Version)
}

func (r pepRange) Contains(v Version) bool {
	x, ok := v.(pepVersion)
	return ok && r.Range.Contains(x.Version)
}

func (r pepRange) Exact() (Version, bool) {
	v, ok := r.Range.Exact()
	if !ok {
		return nil, false
	}
	return pepVersion{v}, true
}

func (r pepRange) AdmitsWhere(points []Version, pred func(Version) bool) bool {
	var pts []pep440.Version
	for _, p := range points {
		if x, ok := p.(pepVersion); ok {
			pts = append(pts, x.Version)
		}
	}
	return r.Range.AdmitsWhere(pts, func(v pep440.Version) bool { return pred(pepVersion{v}) })
}

func (r pepRange) AdmitsAtLeast(min Version) bool {
	x, ok := min.(pepVersion)
	return ok && r.Range.AdmitsAtLeast(x.Version)
}

// --- Go ---

type goScheme struct{}

type goVersion struct{ gover.Version }

type goRange struct{ gover.Range }

func (goScheme) Ecosystem() string { return Go }

func (goScheme) Parse(s string) (Version, error) {
	v, err := gover.Parse(s)
	if err != nil {
		return nil, err
	}
	return goVersion{v}, nil
}

func (goScheme) ParseRange(s string) (Range, error) {
	r, err := gover.ParseRange(s)
	if err != nil {
		return nil, err
	}
	return goRange{r}, nil
}

func (goScheme) Compare(a, b Version) int {
	x, ok1 := a.(goVersion)
	y, ok2 := b.(goVersion)
	if !ok1 || !ok2 {
		return compareFallback(a, b)
	}
	return gover.Compare(x.Version, y.Version)
}

func (r goRange) Contains(v Version) bool {
	x, ok := v.(goVersion)
	return ok && r.Range.Contains(x.Version)
}

func (r goRange) Exact() (Version, bool) {
	v, ok := r.Range.Exact()
	if !ok {
		return nil, false
	}
	return goVersion{v}, true
}

func (r goRange) AdmitsWhere(points []Version, pred func(Version) bool) bool {
	var pts []gover.Version
	for _, p := range points {
		if x, ok := p.(goVersion); ok {
			pts = append(pts, x.Version)
		}
	}
	return r.Range.AdmitsWhere(pts, func(v gover.Version) bool { return pred(goVersion{v}) })
}

func (r goRange) AdmitsAtLeast(min Version) bool {
	x, ok := min.(goVersion)
	return ok && r.Range.AdmitsAtLeast(x.Version)
}
