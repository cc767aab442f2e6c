package source

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// PEP 440 versions and specifiers, enough to pick a release the way pip
// does: ==, !=, <, <=, >, >=, ~=, === and ==/!= wildcards, with
// pre-releases excluded unless a specifier names one (or nothing else
// matches), and the exclusive-ordered rules for < and >.

var pep440Re = regexp.MustCompile(`(?i)^v?(?:([0-9]+)!)?([0-9]+(?:\.[0-9]+)*)` +
	`(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?([0-9]+)?)?` +
	`(?:(?:-([0-9]+))|(?:[-_.]?(post|rev|r)[-_.]?([0-9]+)?))?` +
	`(?:[-_.]?(dev)[-_.]?([0-9]+)?)?` +
	`(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$`)

type pyVersion struct {
	epoch   int64
	release []int64
	preL    string // "", "a", "b", "rc"
	preN    int64
	post    int64 // -1: none
	dev     int64 // -1: none
	local   string
}

func parsePyVersion(s string) (*pyVersion, error) {
	m := pep440Re.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil, fmt.Errorf("%q is not a PEP 440 version", s)
	}
	num := func(x string) (int64, error) {
		if x == "" {
			return 0, nil
		}
		return strconv.ParseInt(x, 10, 64)
	}
	v := &pyVersion{post: -1, dev: -1}
	var err error
	if v.epoch, err = num(m[1]); err != nil {
		return nil, fmt.Errorf("%q: %v", s, err)
	}
	for _, p := range strings.Split(m[2], ".") {
		n, err := num(p)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", s, err)
		}
		v.release = append(v.release, n)
	}
	if m[3] != "" {
		switch strings.ToLower(m[3]) {
		case "a", "alpha":
			v.preL = "a"
		case "b", "beta":
			v.preL = "b"
		default:
			v.preL = "rc"
		}
		if v.preN, err = num(m[4]); err != nil {
			return nil, err
		}
	}
	if m[5] != "" {
		if v.post, err = num(m[5]); err != nil {
			return nil, err
		}
	} else if m[6] != "" {
		if v.post, err = num(m[7]); err != nil {
			return nil, err
		}
	}
	if m[8] != "" {
		if v.dev, err = num(m[9]); err != nil {
			return nil, err
		}
	}
	v.local = strings.ToLower(strings.NewReplacer("-", ".", "_", ".").Replace(m[10]))
	return v, nil
}

func (v *pyVersion) isPre() bool { return v.preL != "" || v.dev >= 0 }

func (v *pyVersion) String() string {
	var b strings.Builder
	if v.epoch != 0 {
		fmt.Fprintf(&b, "%d!", v.epoch)
	}
	for i, r := range v.release {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.FormatInt(r, 10))
	}
	if v.preL != "" {
		fmt.Fprintf(&b, "%s%d", v.preL, v.preN)
	}
	if v.post >= 0 {
		fmt.Fprintf(&b, ".post%d", v.post)
	}
	if v.dev >= 0 {
		fmt.Fprintf(&b, ".dev%d", v.dev)
	}
	if v.local != "" {
		b.WriteString("+" + v.local)
	}
	return b.String()
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpRelease(a, b []int64) int {
	for i := 0; i < max(len(a), len(b)); i++ {
		var x, y int64
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if c := cmpInt(x, y); c != 0 {
			return c
		}
	}
	return 0
}

// preKey orders the pre-release part: a dev release of a final version
// sorts before its pre-releases, a final version after them.
func (v *pyVersion) preKey() (int64, int64) {
	switch {
	case v.preL == "" && v.post < 0 && v.dev >= 0:
		return -1, 0
	case v.preL == "":
		return 4, 0
	}
	return map[string]int64{"a": 1, "b": 2, "rc": 3}[v.preL], v.preN
}

// compare orders versions, ignoring local labels when ignoreLocal is set.
func (v *pyVersion) compare(o *pyVersion, ignoreLocal bool) int {
	if c := cmpInt(v.epoch, o.epoch); c != 0 {
		return c
	}
	if c := cmpRelease(v.release, o.release); c != 0 {
		return c
	}
	a1, a2 := v.preKey()
	b1, b2 := o.preKey()
	if c := cmpInt(a1, b1); c != 0 {
		return c
	}
	if c := cmpInt(a2, b2); c != 0 {
		return c
	}
	if c := cmpInt(v.post, o.post); c != 0 {
		return c
	}
	vd, od := v.dev, o.dev
	if vd < 0 {
		vd = 1<<63 - 1
	}
	if od < 0 {
		od = 1<<63 - 1
	}
	if c := cmpInt(vd, od); c != 0 {
		return c
	}
	if ignoreLocal {
		return 0
	}
	return cmpLocal(v.local, o.local)
}

func cmpLocal(a, b string) int {
	if a == b {
		return 0
	}
	if a == "" {
		return -1
	}
	if b == "" {
		return 1
	}
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		if i >= len(as) {
			return -1
		}
		if i >= len(bs) {
			return 1
		}
		x, ex := strconv.ParseInt(as[i], 10, 64)
		y, ey := strconv.ParseInt(bs[i], 10, 64)
		switch {
		case ex == nil && ey == nil:
			if c := cmpInt(x, y); c != 0 {
				return c
			}
		case ex == nil:
			return 1 // numbers sort after strings
		case ey == nil:
			return -1
		default:
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
		}
	}
	return 0
}

type pySpec struct {
	op       string
	raw      string
	v        *pyVersion
	wildcard bool
}

type pySpecSet []pySpec

func parseSpecifierSet(s string) (pySpecSet, error) {
	var out pySpecSet
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		loc := pypiOpRe.FindStringIndex(part)
		if loc == nil || loc[0] != 0 {
			return nil, fmt.Errorf("%q is not a version specifier (use ==, !=, >=, <=, >, <, ~= or ===)", part)
		}
		op, rest := part[:loc[1]], strings.TrimSpace(part[loc[1]:])
		sp := pySpec{op: op, raw: rest}
		if op == "===" {
			out = append(out, sp)
			continue
		}
		if strings.HasSuffix(rest, ".*") {
			if op != "==" && op != "!=" {
				return nil, fmt.Errorf("%q: a .* wildcard works only with == and !=", part)
			}
			sp.wildcard = true
			rest = strings.TrimSuffix(rest, ".*")
		}
		v, err := parsePyVersion(rest)
		if err != nil {
			return nil, err
		}
		if op == "~=" && len(v.release) < 2 {
			return nil, fmt.Errorf("%q: ~= needs at least two release numbers", part)
		}
		sp.v = v
		out = append(out, sp)
	}
	return out, nil
}

func (s pySpecSet) mentionsPre() bool {
	for _, sp := range s {
		if sp.v != nil && sp.v.isPre() {
			return true
		}
	}
	return false
}

func (s pySpecSet) contains(v *pyVersion, raw string) bool {
	for _, sp := range s {
		if !sp.contains(v, raw) {
			return false
		}
	}
	return true
}

func (sp pySpec) contains(v *pyVersion, raw string) bool {
	switch sp.op {
	case "===":
		return strings.EqualFold(strings.TrimSpace(raw), sp.raw)
	case "==", "!=":
		var eq bool
		if sp.wildcard {
			eq = v.epoch == sp.v.epoch && prefixMatch(v, sp.v)
		} else {
			eq = v.compare(sp.v, sp.v.local == "") == 0
		}
		return eq == (sp.op == "==")
	case "~=":
		if v.compare(sp.v, true) < 0 {
			return false
		}
		pfx := &pyVersion{epoch: sp.v.epoch, release: sp.v.release[:len(sp.v.release)-1], post: -1, dev: -1}
		return v.epoch == pfx.epoch && prefixMatch(v, pfx)
	case ">=":
		return v.compare(sp.v, true) >= 0
	case "<=":
		return v.compare(sp.v, true) <= 0
	case "<":
		if v.compare(sp.v, true) >= 0 {
			return false
		}
		// <V excludes pre-releases of V itself unless V is one.
		return sp.v.isPre() || !(v.isPre() && cmpRelease(v.release, sp.v.release) == 0)
	case ">":
		if v.compare(sp.v, true) <= 0 {
			return false
		}
		// >V excludes post-releases of V unless V is one, and local versions of V.
		if sp.v.post < 0 && v.post >= 0 && cmpRelease(v.release, sp.v.release) == 0 && v.preL == sp.v.preL {
			return false
		}
		return true
	}
	return false
}

// prefixMatch is the ==X.Y.* test: the release of v starts with p's
// (padded with zeros), and p's pre/post/dev parts, if any, match.
func prefixMatch(v, p *pyVersion) bool {
	for i, n := range p.release {
		var x int64
		if i < len(v.release) {
			x = v.release[i]
		}
		if x != n {
			return false
		}
	}
	if p.preL != "" && (v.preL != p.preL || v.preN != p.preN) {
		return false
	}
	if p.post >= 0 && v.post != p.post {
		return false
	}
	if p.dev >= 0 && v.dev != p.dev {
		return false
	}
	return true
}

// pyPick returns the highest version satisfying spec. Pre-releases count
// only if the specifier names one or no final release matches.
func pyPick(versions []string, spec string) (string, error) {
	set, err := parseSpecifierSet(spec)
	if err != nil {
		return "", err
	}
	var best, bestPre string
	var bv, bpv *pyVersion
	for _, raw := range versions {
		v, err := parsePyVersion(raw)
		if err != nil || !set.contains(v, raw) {
			continue
		}
		if v.isPre() && !set.mentionsPre() {
			if bpv == nil || v.compare(bpv, false) > 0 {
				bpv, bestPre = v, raw
			}
			continue
		}
		if bv == nil || v.compare(bv, false) > 0 {
			bv, best = v, raw
		}
	}
	if best != "" {
		return best, nil
	}
	if bestPre != "" {
		return bestPre, nil
	}
	if spec == "" {
		return "", fmt.Errorf("no release has a valid version")
	}
	return "", fmt.Errorf("no release matches %s", spec)
}

// normalizePyName is the PEP 503 normalized project name.
func normalizePyName(n string) string {
	return strings.ToLower(pyNameSepRe.ReplaceAllString(n, "-"))
}

var pyNameSepRe = regexp.MustCompile(`[-_.]+`)
