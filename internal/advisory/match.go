package advisory

import (
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/deps"
	"github.com/mcpsafe/mcpsafe/internal/version"
)

// Match is one advisory that applies to a dependency.
type Match struct {
	Advisory *Advisory
	// Affected is the advisory's entry for the dependency's package.
	Affected *Affected
	// Definite: the dependency resolves to one version and it is affected.
	Definite bool
	// Possible: only a declared range is known, and it admits an affected
	// version (or the advisory's affected versions are unknown).
	Possible bool
	// AdmitsFixed: the declared range also admits an unaffected version
	// above every affected version it admits. Installers pick the highest
	// admitted version, so an install resolves to a fixed release unless a
	// lockfile holds it back; the caller reports a diagnostic rather than a
	// finding. False when the affected range is open-ended (no fix, or a
	// malicious package) or the declaration caps below the fix.
	AdmitsFixed bool
	// RangeUnknown: the advisory names no affected versions.
	RangeUnknown bool
	// Replaced: a go.mod replace directive points the module elsewhere, so
	// the version built is not the one required; a definite match becomes
	// possible.
	Replaced bool
	// Version is what was matched: the exact version, or the declared
	// range as written.
	Version string
}

// Severity returns the advisory's severity.
func (m Match) Severity() string { return m.Advisory.DatabaseSpecific.Severity }

// Fixed returns the version to upgrade to, FixedUnknown or FixedNone.
func (m Match) Fixed() string { return m.Affected.DatabaseSpecific.Fixed }

// Match returns the advisories that apply to a dependency, by advisory ID.
//
// The dependency's Version, when set, is matched exactly; otherwise its
// Constraint is read with the ecosystem's range syntax ("" and the npm tag
// "latest" mean any version). Dependencies from non-registry sources (git,
// paths, URLs) without a version, other dist-tags and unparseable values
// match nothing: their version cannot be known offline.
func (db *DB) Match(dep deps.Dependency) []Match {
	if db == nil {
		return nil
	}
	refs := db.byPackage[packageKey(dep.Ecosystem, dep.Name)]
	if len(refs) == 0 {
		return nil
	}
	scheme := version.For(dep.Ecosystem)
	if scheme == nil {
		return nil
	}
	var exact version.Version
	var rng version.Range
	label := ""
	if dep.Version != "" {
		if v, err := scheme.Parse(dep.Version); err == nil {
			exact, label = v, dep.Version
		}
	}
	if exact == nil {
		if dep.Source != "" && dep.Constraint == "" {
			return nil
		}
		c := strings.TrimSpace(dep.Constraint)
		if dep.Ecosystem == deps.NPM && (c == "latest" || c == "") {
			c = "*"
		}
		r, err := scheme.ParseRange(c)
		if err != nil {
			return nil
		}
		if v, ok := r.Exact(); ok {
			exact = v
		} else {
			rng = r
		}
		label = dep.Constraint
	}
	var out []Match
	for _, rf := range refs {
		m := Match{Advisory: rf.adv, Affected: rf.aff, Version: label}
		aff := rf.aff
		switch {
		case aff.RangeUnknown():
			m.Possible, m.RangeUnknown = true, true
		case exact != nil:
			if !aff.inAffected(scheme, exact) {
				continue
			}
			if dep.Replace != "" {
				m.Possible, m.Replaced = true, true
			} else {
				m.Definite = true
			}
		default:
			in := func(v version.Version) bool { return aff.inAffected(scheme, v) }
			if !rng.AdmitsWhere(aff.points, in) {
				continue
			}
			m.Possible = true
			m.AdmitsFixed = admitsFixed(scheme, rng, aff)
		}
		out = append(out, m)
	}
	sortMatches(out)
	return out
}

// admitsFixed reports whether rng admits an unaffected version above the
// highest affected piece (interval or listed version) that it overlaps.
func admitsFixed(s version.Scheme, rng version.Range, aff *Affected) bool {
	pieces := append([]version.Interval(nil), aff.intervals...)
	for _, v := range aff.versions {
		pieces = append(pieces, version.Interval{Lo: v, Hi: v, HiInclusive: true})
	}
	var top *version.Interval
	for i := range pieces {
		p := &pieces[i]
		if !rng.AdmitsWhere(aff.points, func(v version.Version) bool { return p.Contains(s, v) }) {
			continue
		}
		if p.Hi == nil {
			return false // open-ended: nothing above it is fixed
		}
		if top == nil || s.Compare(p.Hi, top.Hi) > 0 {
			top = p
		}
	}
	if top == nil {
		return false
	}
	return rng.AdmitsWhere(aff.points, func(v version.Version) bool {
		d := s.Compare(v, top.Hi)
		above := d > 0 || (d == 0 && !top.HiInclusive)
		return above && !aff.inAffected(s, v)
	})
}
