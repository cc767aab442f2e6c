// Package pep440 implements Python package versions and version specifiers
// as PEP 440 defines them and as pip applies them (the packaging library's
// reading of the PEP): normalisation (1.0.0a1 is 1.0.0-alpha1), epochs,
// pre-, post- and development releases, local versions, the eight specifier
// operators with prefix matching, and the exclusion of prereleases from a
// specifier set that does not ask for one. It also reads Poetry's constraint
// syntax (^, ~, *, ||, bare versions), which pyproject.toml and Pipfile
// declarations use, by translating it to specifier sets.
//
// Numbers are kept as decimal strings: PEP 440 puts no bound on them, and
// date-based versions (2025.12.18) and long build numbers are common.
package pep440

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// maxLength caps the version strings this package reads.
const maxLength = 256

// ErrInvalid is wrapped by every version parse error.
var ErrInvalid = errors.New("invalid PEP 440 version")

// Version is a parsed PEP 440 version.
type Version struct {
	// Epoch, Release, and the numbers below are decimal strings without
	// leading zeros.
	Epoch   string
	Release []string
	// Pre is "a", "b" or "rc", or "" for no prerelease.
	Pre  string
	PreN string
	// Post and Dev say whether the segment is present.
	Post  bool
	PostN string
	Dev   bool
	DevN  string
	// Local holds the local version label's segments, lower-cased.
	Local []string
}

// versionRE is PEP 440's permissive version pattern (appendix B of the PEP,
// as the packaging library uses it).
var versionRE = regexp.MustCompile(`(?i)^\s*v?` +
	`(?:(\d+)!)?` + // epoch
	`(\d+(?:\.\d+)*)` + // release
	`(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?` + // pre
	`(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?` + // post
	`(?:[-_.]?(dev)[-_.]?(\d+)?)?` + // dev
	`(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?` + // local
	`\s*$`)

// Parse reads and normalises a version.
func Parse(s string) (Version, error) {
	if len(s) > maxLength {
		return Version{}, fmt.Errorf("%w: longer than %d characters", ErrInvalid, maxLength)
	}
	m := versionRE.FindStringSubmatch(s)
	if m == nil {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalid, s)
	}
	v := Version{Epoch: normNum(m[1])}
	for _, part := range strings.Split(m[2], ".") {
		v.Release = append(v.Release, normNum(part))
	}
	if m[3] != "" {
		switch strings.ToLower(m[3]) {
		case "a", "alpha":
			v.Pre = "a"
		case "b", "beta":
			v.Pre = "b"
		default: // c, rc, pre, preview
			v.Pre = "rc"
		}
		v.PreN = normNum(m[4])
	}
	switch {
	case m[5] != "":
		v.Post, v.PostN = true, normNum(m[5])
	case m[6] != "":
		v.Post, v.PostN = true, normNum(m[7])
	}
	if m[8] != "" {
		v.Dev, v.DevN = true, normNum(m[9])
	}
	if m[10] != "" {
		for _, seg := range strings.FieldsFunc(strings.ToLower(m[10]), func(r rune) bool {
			return r == '-' || r == '_' || r == '.'
		}) {
			if isDigits(seg) {
				seg = normNum(seg)
			}
			v.Local = append(v.Local, seg)
		}
	}
	return v, nil
}

// MustParse is Parse for literals known to be valid.
func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

func normNum(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// String returns the normalised form: "1!2.0rc1.post2.dev3+ubuntu.1".
func (v Version) String() string {
	if len(v.Local) > 0 {
		return v.Public() + "+" + strings.Join(v.Local, ".")
	}
	return v.Public()
}

func (v Version) epochPrefix() string {
	if v.Epoch != "0" && v.Epoch != "" {
		return v.Epoch + "!"
	}
	return ""
}

// Public returns the version without its local label.
func (v Version) Public() string {
	s := v.epochPrefix() + strings.Join(v.Release, ".")
	if v.Pre != "" {
		s += v.Pre + v.PreN
	}
	if v.Post {
		s += ".post" + v.PostN
	}
	if v.Dev {
		s += ".dev" + v.DevN
	}
	return s
}

// IsPrerelease reports whether v is a pre- or development release, the
// versions a specifier set excludes unless it names one.
func (v Version) IsPrerelease() bool { return v.Pre != "" || v.Dev }

// IsPostrelease reports whether v has a post-release segment.
func (v Version) IsPostrelease() bool { return v.Post }

// BaseVersion returns the epoch and release only.
func (v Version) BaseVersion() Version {
	return Version{Epoch: v.epoch(), Release: v.Release}
}

// PublicVersion returns v without its local label.
func (v Version) PublicVersion() Version {
	v.Local = nil
	return v
}

func (v Version) epoch() string {
	if v.Epoch == "" {
		return "0"
	}
	return v.Epoch
}

// cmpNum compares two decimal strings without leading zeros.
func cmpNum(a, b string) int {
	if a == "" {
		a = "0"
	}
	if b == "" {
		b = "0"
	}
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

func cmpRelease(a, b []string) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		x, y := "0", "0"
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if c := cmpNum(x, y); c != 0 {
			return c
		}
	}
	return 0
}

var preRank = map[string]int{"a": 0, "b": 1, "rc": 2}

// Compare orders versions as PEP 440 does: epoch, release (trailing zeros
// ignored), then 1.0.dev0 < 1.0a1.dev0 < 1.0a1 < 1.0a1.post1 < 1.0 <
// 1.0+local < 1.0.post1.dev0 < 1.0.post1.
func Compare(a, b Version) int {
	if c := cmpNum(a.epoch(), b.epoch()); c != 0 {
		return c
	}
	if c := cmpRelease(a.Release, b.Release); c != 0 {
		return c
	}
	if c := cmpPre(a, b); c != 0 {
		return c
	}
	// Post: absent sorts below every post number.
	switch {
	case a.Post && !b.Post:
		return 1
	case !a.Post && b.Post:
		return -1
	case a.Post:
		if c := cmpNum(a.PostN, b.PostN); c != 0 {
			return c
		}
	}
	// Dev: absent sorts above every dev number.
	switch {
	case a.Dev && !b.Dev:
		return -1
	case !a.Dev && b.Dev:
		return 1
	case a.Dev:
		if c := cmpNum(a.DevN, b.DevN); c != 0 {
			return c
		}
	}
	return cmpLocal(a.Local, b.Local)
}

// cmpPre compares the prerelease part, where a version with only a dev
// segment sorts below all prereleases of its release and a version without a
// prerelease sorts above them.
func cmpPre(a, b Version) int {
	key := func(v Version) (int, int, string) {
		switch {
		case v.Pre == "" && !v.Post && v.Dev:
			return -1, 0, ""
		case v.Pre == "":
			return 1, 0, ""
		}
		return 0, preRank[v.Pre], v.PreN
	}
	ka, ra, na := key(a)
	kb, rb, nb := key(b)
	if ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	if ka != 0 {
		return 0
	}
	if ra != rb {
		if ra < rb {
			return -1
		}
		return 1
	}
	return cmpNum(na, nb)
}

// cmpLocal compares local labels: none sorts first; segment by segment,
// numbers above words, numbers by value, words as strings; a shorter label
// that is a prefix of a longer one sorts first.
func cmpLocal(a, b []string) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return -1
	case len(b) == 0:
		return 1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		an, bn := isDigits(a[i]), isDigits(b[i])
		var c int
		switch {
		case an && bn:
			c = cmpNum(a[i], b[i])
		case an:
			c = 1
		case bn:
			c = -1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
