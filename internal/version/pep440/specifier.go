package pep440

import (
	"errors"
	"fmt"
	"strings"
)

// maxSpecLength caps the specifier strings this package reads.
const maxSpecLength = 1024

// ErrInvalidSpecifier is wrapped by every specifier parse error.
var ErrInvalidSpecifier = errors.New("invalid PEP 440 specifier")

// Specifier is one clause of a specifier set: an operator and a version.
type Specifier struct {
	// Op is one of ~= == != <= >= < > ===.
	Op string
	// Version is the operand; for "===" it is set only when the operand
	// parses as a version.
	Version Version
	// Wildcard marks a prefix match ("==1.2.*", "!=1.2.*").
	Wildcard bool
	// Arbitrary is the operand of "===" as written.
	Arbitrary string
}

func (s Specifier) String() string {
	switch {
	case s.Op == "===":
		return "===" + s.Arbitrary
	case s.Wildcard:
		return s.Op + s.Version.String() + ".*"
	}
	return s.Op + s.Version.String()
}

// ParseSpecifier reads one clause, such as ">=1.0", "~=2.2.post3",
// "==1.1.*" or "===foobar". Local labels are allowed only with == and !=,
// prefix matches only after a release segment, and ~= needs at least two
// release components, as PEP 440 says.
func ParseSpecifier(s string) (Specifier, error) {
	s = strings.TrimSpace(s)
	var sp Specifier
	for _, op := range []string{"===", "~=", "==", "!=", "<=", ">=", "<", ">"} {
		if rest, ok := strings.CutPrefix(s, op); ok {
			sp.Op, s = op, strings.TrimSpace(rest)
			break
		}
	}
	if sp.Op == "" || s == "" {
		return sp, fmt.Errorf("%w: %q", ErrInvalidSpecifier, s)
	}
	if sp.Op == "===" {
		if strings.ContainsAny(s, " \t\r\n") {
			return sp, fmt.Errorf("%w: %q", ErrInvalidSpecifier, s)
		}
		sp.Arbitrary = s
		if v, err := Parse(s); err == nil {
			sp.Version = v
		}
		return sp, nil
	}
	if base, ok := strings.CutSuffix(s, ".*"); ok {
		if sp.Op != "==" && sp.Op != "!=" {
			return sp, fmt.Errorf("%w: prefix match with %s", ErrInvalidSpecifier, sp.Op)
		}
		v, err := Parse(base)
		if err != nil || v.Pre != "" || v.Post || v.Dev || len(v.Local) > 0 || strings.TrimSpace(base) != base {
			return sp, fmt.Errorf("%w: %q", ErrInvalidSpecifier, s)
		}
		sp.Version, sp.Wildcard = v, true
		return sp, nil
	}
	v, err := Parse(s)
	if err != nil {
		return sp, fmt.Errorf("%w: %v", ErrInvalidSpecifier, err)
	}
	if len(v.Local) > 0 && sp.Op != "==" && sp.Op != "!=" {
		return sp, fmt.Errorf("%w: local version with %s", ErrInvalidSpecifier, sp.Op)
	}
	if sp.Op == "~=" && len(v.Release) < 2 {
		return sp, fmt.Errorf("%w: ~= needs two release components", ErrInvalidSpecifier)
	}
	sp.Version = v
	return sp, nil
}

// prefixMatch reports whether v's epoch is p's and v's release, padded
// with zeros, starts with p's release: "==1.1.*" admits 1.1, 1.1a1, 1.1.5
// and 1.1.post1, not 1.10.
func prefixMatch(v, p Version) bool {
	if cmpNum(v.epoch(), p.epoch()) != 0 {
		return false
	}
	for i, want := range p.Release {
		got := "0"
		if i < len(v.Release) {
			got = v.Release[i]
		}
		if cmpNum(got, want) != 0 {
			return false
		}
	}
	return true
}

// Contains applies the clause alone, with no prerelease filtering (that is
// the set's job).
func (s Specifier) Contains(v Version) bool {
	switch s.Op {
	case "===":
		return strings.EqualFold(v.String(), s.Arbitrary)
	case "==":
		return s.equal(v)
	case "!=":
		return !s.equal(v)
	case "~=":
		prefix := Version{Epoch: s.Version.epoch(), Release: s.Version.Release[:len(s.Version.Release)-1]}
		return Compare(v.PublicVersion(), s.Version) >= 0 && prefixMatch(v, prefix)
	case "<=":
		return Compare(v.PublicVersion(), s.Version) <= 0
	case ">=":
		return Compare(v.PublicVersion(), s.Version) >= 0
	case "<":
		// <V excludes prereleases of V itself unless V is one.
		if Compare(v, s.Version) >= 0 {
			return false
		}
		return s.Version.IsPrerelease() || !v.IsPrerelease() ||
			Compare(v.BaseVersion(), s.Version.BaseVersion()) != 0
	case ">":
		// >V excludes post-releases of V unless V is one, and local
		// versions of V.
		if Compare(v, s.Version) <= 0 {
			return false
		}
		sameBase := Compare(v.BaseVersion(), s.Version.BaseVersion()) == 0
		if !s.Version.IsPostrelease() && v.IsPostrelease() && sameBase {
			return false
		}
		return len(v.Local) == 0 || !sameBase
	}
	return false
}

func (s Specifier) equal(v Version) bool {
	if s.Wildcard {
		return prefixMatch(v, s.Version)
	}
	if len(s.Version.Local) == 0 {
		v = v.PublicVersion()
	}
	return Compare(v, s.Version) == 0
}

// allowsPrereleases is the packaging library's Specifier.prereleases: an
// inclusive clause whose operand is a prerelease asks for prereleases.
func (s Specifier) allowsPrereleases() bool {
	switch s.Op {
	case "==", ">=", "<=", "~=":
		return s.Version.IsPrerelease()
	case "===":
		return len(s.Version.Release) > 0 && s.Version.IsPrerelease()
	}
	return false
}

// SpecifierSet is a comma-separated intersection of clauses. The empty set
// admits every final release.
type SpecifierSet []Specifier

// ParseSpecifierSet reads a PEP 440 specifier set such as ">=1.0,!=1.3.4,<2".
// Empty clauses are ignored, as pip ignores them.
func ParseSpecifierSet(s string) (SpecifierSet, error) {
	if len(s) > maxSpecLength {
		return nil, fmt.Errorf("%w: longer than %d characters", ErrInvalidSpecifier, maxSpecLength)
	}
	set := SpecifierSet{}
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		sp, err := ParseSpecifier(part)
		if err != nil {
			return nil, err
		}
		set = append(set, sp)
	}
	return set, nil
}

func (set SpecifierSet) String() string {
	parts := make([]string, len(set))
	for i, s := range set {
		parts[i] = s.String()
	}
	return strings.Join(parts, ",")
}

// AllowsPrereleases reports whether the set names a prerelease in an
// inclusive clause, which makes it admit prereleases at all.
func (set SpecifierSet) AllowsPrereleases() bool {
	for _, s := range set {
		if s.allowsPrereleases() {
			return true
		}
	}
	return false
}

// Contains reports whether pip would accept v for this set: every clause
// holds, and v is not a prerelease unless the set asks for prereleases.
// (pip may still fall back to a prerelease when no final release exists at
// all; that depends on the index and is not modelled.)
func (set SpecifierSet) Contains(v Version) bool {
	if v.IsPrerelease() && !set.AllowsPrereleases() {
		return false
	}
	for _, s := range set {
		if !s.Contains(v) {
			return false
		}
	}
	return true
}
