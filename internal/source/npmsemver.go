package source

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/Masterminds/semver/v3"
)

// npm range semantics on top of Masterminds/semver: Masterminds parses and
// checks ranges (^ ~ x-ranges, hyphen ranges, ||, space as AND) the way
// node-semver does, except for prereleases. node-semver lets a prerelease
// version satisfy a comparator set only when a comparator of that same set
// names a prerelease of the same major.minor.patch; that extra rule is
// applied here, per || alternative.

var npmPreTupleRe = regexp.MustCompile(`v?(\d+)\.(\d+)\.(\d+)-[0-9A-Za-z.-]+`)

type npmRange struct {
	sets []npmRangeSet
}

type npmRangeSet struct {
	c      *semver.Constraints
	tuples map[[3]uint64]bool // major.minor.patch of prereleases named in the set
}

func parseNPMRange(s string) (*npmRange, error) {
	s = strings.TrimSpace(s)
	var out npmRange
	for _, alt := range strings.Split(s, "||") {
		alt = strings.TrimSpace(alt)
		if alt == "" || alt == "latest" {
			alt = "*"
		}
		c, err := semver.NewConstraint(alt)
		if err != nil {
			return nil, fmt.Errorf("%q is not a valid npm version range: %v", s, err)
		}
		set := npmRangeSet{c: c, tuples: map[[3]uint64]bool{}}
		for _, m := range npmPreTupleRe.FindAllStringSubmatch(alt, -1) {
			v, err := semver.NewVersion(m[0])
			if err == nil {
				set.tuples[[3]uint64{v.Major(), v.Minor(), v.Patch()}] = true
			}
		}
		out.sets = append(out.sets, set)
	}
	return &out, nil
}

func (r *npmRange) check(v *semver.Version) bool {
	for _, s := range r.sets {
		if v.Prerelease() != "" && !s.tuples[[3]uint64{v.Major(), v.Minor(), v.Patch()}] {
			continue
		}
		if s.c.Check(v) {
			return true
		}
	}
	return false
}

// npmPick chooses a version the way npm-pick-manifest does: a dist-tag
// names its version; an exact version is itself; for a range, the "latest"
// dist-tag wins if it satisfies the range, else the highest satisfying
// version that is not deprecated, else the highest satisfying one.
func npmPick(versions []string, distTags map[string]string, deprecated map[string]bool, want string) (string, error) {
	want = strings.TrimSpace(want)
	if want == "" {
		want = "latest"
	}
	has := map[string]bool{}
	for _, v := range versions {
		has[v] = true
	}
	if v, ok := distTags[want]; ok {
		if !has[v] {
			return "", fmt.Errorf("dist-tag %q points to %s, which the registry does not list", want, v)
		}
		return v, nil
	}
	if has[want] {
		return want, nil
	}
	if v, err := semver.StrictNewVersion(strings.TrimPrefix(strings.TrimPrefix(want, "="), "v")); err == nil {
		for _, c := range versions {
			if cv, err := semver.StrictNewVersion(c); err == nil && cv.Equal(v) {
				return c, nil
			}
		}
		return "", fmt.Errorf("version %s is not published", want)
	}
	rng, err := parseNPMRange(want)
	if err != nil {
		if want == "latest" {
			return "", fmt.Errorf("the package has no \"latest\" dist-tag; name a version")
		}
		return "", fmt.Errorf("%q is neither a dist-tag nor a version or range of this package", want)
	}
	if l, ok := distTags["latest"]; ok && has[l] {
		if lv, err := semver.StrictNewVersion(l); err == nil && rng.check(lv) {
			return l, nil
		}
	}
	type cand struct {
		s string
		v *semver.Version
	}
	var ok []cand
	for _, s := range versions {
		v, err := semver.StrictNewVersion(s)
		if err != nil || !rng.check(v) {
			continue
		}
		ok = append(ok, cand{s, v})
	}
	if len(ok) == 0 {
		return "", fmt.Errorf("no published version matches %q", want)
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i].v.GreaterThan(ok[j].v) })
	for _, c := range ok {
		if !deprecated[c.s] {
			return c.s, nil
		}
	}
	return ok[0].s, nil
}
