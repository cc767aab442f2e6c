// Package npm implements the version and range semantics of node-semver,
// the library npm itself uses to choose a version for a package.json range.
//
// It is written out rather than borrowed from a general semver library
// because npm's rules differ from "plain" semver in ways that decide whether
// an advisory applies: a prerelease is admitted only by a comparator set that
// names a prerelease of the same major.minor.patch, x-ranges and hyphen
// ranges close with "-0" upper bounds, an empty range means any version, and
// "latest" is a dist-tag, not a range. github.com/Masterminds/semver/v3
// (checked at v3.5.0) differs on several of these: ">=1.2.3-beta.1" admits
// 1.2.4-alpha there, "^1.2.3-beta.2" admits 1.2.4-beta, "1.2" and "01.2.3"
// parse as versions, ">=1, <2" is accepted, and "" is rejected.
package npm

import (
	"errors"
	"fmt"
	"strings"
)

// maxLength is node-semver's cap on a version string (MAX_LENGTH).
const maxLength = 256

// maxSafe is node-semver's cap on a numeric component
// (Number.MAX_SAFE_INTEGER): larger numbers are invalid there.
const maxSafe = 1<<53 - 1

// Version is a parsed npm version: MAJOR.MINOR.PATCH with optional
// prerelease and build identifiers.
type Version struct {
	Major, Minor, Patch uint64
	// Prerelease holds the dot-separated prerelease identifiers, as written.
	Prerelease []string
	// Build holds the build metadata identifiers; they never affect order.
	Build []string
}

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid npm version")

// Parse reads a version the way node-semver's strict parser does: surrounding
// space is trimmed and one leading "v" is allowed; "=1.2.3", "1.2" and
// "01.2.3" are not versions.
func Parse(s string) (Version, error) {
	s = strings.TrimSpace(s)
	if len(s) > maxLength {
		return Version{}, fmt.Errorf("%w: longer than %d characters", ErrInvalid, maxLength)
	}
	v, rest, ok := parseFull(strings.TrimPrefix(s, "v"))
	if !ok || rest != "" {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalid, s)
	}
	return v, nil
}

// MustParse is Parse for literals known to be valid; it panics otherwise.
func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// parseFull reads MAJOR.MINOR.PATCH[-PRE][+BUILD] at the start of s and
// returns what follows.
func parseFull(s string) (Version, string, bool) {
	var v Version
	var ok bool
	if v.Major, s, ok = parseNum(s); !ok {
		return v, s, false
	}
	if s, ok = strings.CutPrefix(s, "."); !ok {
		return v, s, false
	}
	if v.Minor, s, ok = parseNum(s); !ok {
		return v, s, false
	}
	if s, ok = strings.CutPrefix(s, "."); !ok {
		return v, s, false
	}
	if v.Patch, s, ok = parseNum(s); !ok {
		return v, s, false
	}
	if rest, found := strings.CutPrefix(s, "-"); found {
		if v.Prerelease, s, ok = parseIdents(rest, true); !ok {
			return v, s, false
		}
	}
	if rest, found := strings.CutPrefix(s, "+"); found {
		if v.Build, s, ok = parseIdents(rest, false); !ok {
			return v, s, false
		}
	}
	return v, s, true
}

// parseNum reads a numeric identifier: "0" or digits without a leading zero,
// at most maxSafe.
func parseNum(s string) (uint64, string, bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || (i > 1 && s[0] == '0') || i > 16 {
		return 0, s, false
	}
	var n uint64
	for _, c := range s[:i] {
		n = n*10 + uint64(c-'0')
	}
	if n > maxSafe {
		return 0, s, false
	}
	return n, s[i:], true
}

// parseIdents reads dot-separated identifiers of [0-9A-Za-z-]. Prerelease
// identifiers that are all digits must not have a leading zero.
func parseIdents(s string, pre bool) ([]string, string, bool) {
	var ids []string
	for {
		i := 0
		for i < len(s) && isIdentChar(s[i]) {
			i++
		}
		if i == 0 {
			return nil, s, false
		}
		id := s[:i]
		if pre && isNumeric(id) && len(id) > 1 && id[0] == '0' {
			return nil, s, false
		}
		ids = append(ids, id)
		s = s[i:]
		rest, more := strings.CutPrefix(s, ".")
		if !more {
			return ids, s, true
		}
		s = rest
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentChar(c byte) bool {
	return isDigit(c) || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isNumeric(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// String returns the version without build metadata, as node-semver's
// version property does.
func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Prerelease) > 0 {
		s += "-" + strings.Join(v.Prerelease, ".")
	}
	return s
}

// IsPrerelease reports whether v has prerelease identifiers.
func (v Version) IsPrerelease() bool { return len(v.Prerelease) > 0 }

// sameTuple reports whether a and b share major.minor.patch.
func sameTuple(a, b Version) bool {
	return a.Major == b.Major && a.Minor == b.Minor && a.Patch == b.Patch
}

// Compare orders versions by semver precedence: -1, 0 or +1. Build
// metadata is ignored.
func Compare(a, b Version) int {
	if c := cmpUint(a.Major, b.Major); c != 0 {
		return c
	}
	if c := cmpUint(a.Minor, b.Minor); c != 0 {
		return c
	}
	if c := cmpUint(a.Patch, b.Patch); c != 0 {
		return c
	}
	switch {
	case len(a.Prerelease) == 0 && len(b.Prerelease) == 0:
		return 0
	case len(a.Prerelease) == 0:
		return 1
	case len(b.Prerelease) == 0:
		return -1
	}
	for i := 0; i < len(a.Prerelease) && i < len(b.Prerelease); i++ {
		if c := cmpIdent(a.Prerelease[i], b.Prerelease[i]); c != 0 {
			return c
		}
	}
	return cmpInt(len(a.Prerelease), len(b.Prerelease))
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpInt(a, b int) int { return cmpUint(uint64(a), uint64(b)) }

// cmpIdent compares prerelease identifiers: numeric ones by value and below
// alphanumeric ones, alphanumeric ones in ASCII order.
func cmpIdent(a, b string) int {
	an, bn := isNumeric(a), isNumeric(b)
	switch {
	case an && bn:
		a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
		if c := cmpInt(len(a), len(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	case an:
		return -1
	case bn:
		return 1
	}
	return strings.Compare(a, b)
}
