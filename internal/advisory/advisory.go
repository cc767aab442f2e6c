// Package advisory holds mcpsafe's bundled advisory data for MCP SDKs,
// frameworks and servers (data/mcp.yaml, OSV schema) and matches declared
// or resolved dependencies against it with each ecosystem's own version
// semantics: npm semver for npm, PEP 440 for PyPI, Go module versions for
// Go.
//
// A match is definite when the dependency resolves to one version inside
// an affected range, and possible when only a declared range is known and
// it admits an affected version. A possible match whose range also admits a
// version outside every affected range (for example "^1.20.0" against a fix
// in 1.24.0) is the caller's cue for a diagnostic rather than a finding:
// the project is one install away from the fix, not pinned to the flaw.
package advisory

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/mcpsafe/mcpsafe/internal/version"
	"go.yaml.in/yaml/v3"
)

//go:embed data/mcp.yaml
var dataYAML []byte

// Kinds of advisory.
const (
	KindVulnerability   = "vulnerability"
	KindMalicious       = "malicious"
	KindInsecureDefault = "insecure-default"
)

// Fixed values that are not versions.
const (
	// FixedUnknown marks an affected package whose fix is not confirmed.
	FixedUnknown = "unknown"
	// FixedNone marks a malicious package that was removed, never fixed.
	FixedNone = "none"
)

// Advisory is one OSV record.
type Advisory struct {
	ID               string     `yaml:"id"`
	Aliases          []string   `yaml:"aliases,omitempty"`
	Summary          string     `yaml:"summary"`
	Details          string     `yaml:"details,omitempty"`
	Affected         []Affected `yaml:"affected"`
	References       []Ref      `yaml:"references"`
	DatabaseSpecific Specific   `yaml:"database_specific"`
}

// Specific holds mcpsafe's fields.
type Specific struct {
	// Severity is CRITICAL, HIGH, MEDIUM or LOW.
	Severity string   `yaml:"severity"`
	CWE      []string `yaml:"cwe_ids,omitempty"`
	// Kind is vulnerability, malicious or insecure-default.
	Kind string `yaml:"kind"`
	// Confidence is S (confirmed by an advisory record or the fixing
	// commit) or R (secondary sources only).
	Confidence string `yaml:"confidence"`
	Notes      string `yaml:"notes,omitempty"`
}

// Affected is one affected package of an advisory.
type Affected struct {
	Package          Package          `yaml:"package"`
	Ranges           []Range          `yaml:"ranges,omitempty"`
	Versions         []string         `yaml:"versions,omitempty"`
	DatabaseSpecific AffectedSpecific `yaml:"database_specific"`

	intervals []version.Interval
	versions  []version.Version
	points    []version.Version
}

// AffectedSpecific carries the version to upgrade to (the highest fixed
// event; with several affected lines, the fix of the newest), or
// FixedUnknown or FixedNone.
type AffectedSpecific struct {
	Fixed string `yaml:"fixed"`
}

// Package names an affected package in OSV terms (ecosystem "npm", "PyPI"
// or "Go").
type Package struct {
	Ecosystem string `yaml:"ecosystem"`
	Name      string `yaml:"name"`
}

// Range is an OSV range: a type (SEMVER or ECOSYSTEM) and ordered events.
type Range struct {
	Type   string  `yaml:"type"`
	Events []Event `yaml:"events"`
}

// Event is one OSV range event; exactly one field is set.
type Event struct {
	Introduced   string `yaml:"introduced,omitempty"`
	Fixed        string `yaml:"fixed,omitempty"`
	LastAffected string `yaml:"last_affected,omitempty"`
	Limit        string `yaml:"limit,omitempty"`
}

// Ref is an OSV reference.
type Ref struct {
	Type string `yaml:"type"`
	URL  string `yaml:"url"`
}

// RangeUnknown reports whether the advisory names no affected versions for
// this package: every declared version matches it as possible.
func (a *Affected) RangeUnknown() bool { return len(a.Ranges) == 0 && len(a.Versions) == 0 }

// DB is the loaded advisory data.
type DB struct {
	advisories []*Advisory
	byPackage  map[string][]ref
}

type ref struct {
	adv *Advisory
	aff *Affected
}

var loadOnce = sync.OnceValues(func() (*DB, error) { return Parse(dataYAML) })

// Load returns the bundled advisory data, decoded and validated once.
func Load() (*DB, error) { return loadOnce() }

// Parse decodes and validates advisory data in the format of data/mcp.yaml.
// Unknown fields are errors: a typo in the data must not silently drop a
// range.
func Parse(data []byte) (*DB, error) {
	var file struct {
		Advisories []*Advisory `yaml:"advisories"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("advisory data: %v", err)
	}
	db := &DB{advisories: file.Advisories, byPackage: map[string][]ref{}}
	var errs []error
	seen := map[string]bool{}
	for _, a := range file.Advisories {
		if seen[a.ID] {
			errs = append(errs, fmt.Errorf("%s: duplicate id", a.ID))
		}
		seen[a.ID] = true
		if err := a.validate(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", a.ID, err))
			continue
		}
		for i := range a.Affected {
			aff := &a.Affected[i]
			key := packageKey(aff.Package.Ecosystem, aff.Package.Name)
			db.byPackage[key] = append(db.byPackage[key], ref{a, aff})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return db, nil
}

// Advisories returns every advisory, in file order.
func (db *DB) Advisories() []*Advisory { return db.advisories }

// Get returns the advisory with an ID or alias.
func (db *DB) Get(id string) *Advisory {
	for _, a := range db.advisories {
		if strings.EqualFold(a.ID, id) {
			return a
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, id) {
				return a
			}
		}
	}
	return nil
}

var (
	idRE       = regexp.MustCompile(`^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,}|GO-\d{4}-\d{4,}|PYSEC-\d{4}-\d+|MAL-\d{4}-\d+|MCPSAFE-\d{4}-\d{4})$`)
	cweRE      = regexp.MustCompile(`^CWE-\d+$`)
	severities = map[string]bool{"CRITICAL": true, "HIGH": true, "MEDIUM": true, "LOW": true}
	kinds      = map[string]bool{KindVulnerability: true, KindMalicious: true, KindInsecureDefault: true}
	refTypes   = map[string]bool{"ADVISORY": true, "ARTICLE": true, "FIX": true, "PACKAGE": true, "REPORT": true, "WEB": true}
)

// validate checks an advisory and precomputes its intervals: identifiers,
// enumerations, versions that parse in the package's ecosystem, events in
// OSV order with each interval non-empty, and a fixed field that agrees
// with the events.
func (a *Advisory) validate() error {
	if !idRE.MatchString(a.ID) {
		return fmt.Errorf("malformed id")
	}
	for _, al := range a.Aliases {
		if !idRE.MatchString(al) {
			return fmt.Errorf("malformed alias %q", al)
		}
	}
	ds := a.DatabaseSpecific
	switch {
	case strings.TrimSpace(a.Summary) == "":
		return errors.New("no summary")
	case !severities[ds.Severity]:
		return fmt.Errorf("severity %q", ds.Severity)
	case !kinds[ds.Kind]:
		return fmt.Errorf("kind %q", ds.Kind)
	case ds.Confidence != "S" && ds.Confidence != "R":
		return fmt.Errorf("confidence %q", ds.Confidence)
	case len(a.Affected) == 0:
		return errors.New("no affected package")
	case len(a.References) == 0:
		return errors.New("no reference")
	}
	if ds.Kind == KindMalicious && ds.Severity != "CRITICAL" {
		return errors.New("a malicious package must be CRITICAL")
	}
	if ds.Kind == KindInsecureDefault && ds.Severity != "LOW" {
		return errors.New("an insecure default must be LOW")
	}
	for _, c := range ds.CWE {
		if !cweRE.MatchString(c) {
			return fmt.Errorf("malformed CWE %q", c)
		}
	}
	for _, r := range a.References {
		if !refTypes[r.Type] || !strings.HasPrefix(r.URL, "https://") {
			return fmt.Errorf("bad reference %v", r)
		}
	}
	for i := range a.Affected {
		if err := a.Affected[i].compile(); err != nil {
			return fmt.Errorf("%s: %v", a.Affected[i].Package.Name, err)
		}
	}
	return nil
}

func (aff *Affected) compile() error {
	scheme := version.For(aff.Package.Ecosystem)
	switch {
	case scheme == nil || (aff.Package.Ecosystem != "npm" && aff.Package.Ecosystem != "PyPI" && aff.Package.Ecosystem != "Go"):
		return fmt.Errorf("ecosystem %q (want npm, PyPI or Go)", aff.Package.Ecosystem)
	case strings.TrimSpace(aff.Package.Name) == "":
		return errors.New("no package name")
	}
	parse := func(s string) (version.Version, error) {
		v, err := scheme.Parse(s)
		if err != nil {
			return nil, fmt.Errorf("version %q: %v", s, err)
		}
		aff.points = append(aff.points, v)
		return v, nil
	}
	var lastFixed version.Version
	for _, r := range aff.Ranges {
		want := "SEMVER"
		if aff.Package.Ecosystem == "PyPI" {
			want = "ECOSYSTEM"
		}
		if r.Type != want {
			return fmt.Errorf("range type %q (want %s for %s)", r.Type, want, aff.Package.Ecosystem)
		}
		var open *version.Interval
		for _, e := range r.Events {
			set := 0
			for _, f := range []string{e.Introduced, e.Fixed, e.LastAffected, e.Limit} {
				if f != "" {
					set++
				}
			}
			if set != 1 {
				return errors.New("an event must set exactly one field")
			}
			switch {
			case e.Introduced != "":
				if open != nil {
					return errors.New("introduced twice without an end")
				}
				iv := version.Interval{}
				if e.Introduced != "0" {
					v, err := parse(e.Introduced)
					if err != nil {
						return err
					}
					if n := len(aff.intervals); n > 0 {
						prev := aff.intervals[n-1]
						if prev.Hi == nil || scheme.Compare(v, prev.Hi) <= 0 {
							return fmt.Errorf("introduced %s does not follow the previous interval", e.Introduced)
						}
					}
					iv.Lo = v
				} else if len(aff.intervals) > 0 {
					return errors.New(`introduced "0" after another interval`)
				}
				open = &iv
			default:
				if open == nil {
					return errors.New("an end event without introduced")
				}
				end := e.Fixed + e.LastAffected + e.Limit
				v, err := parse(end)
				if err != nil {
					return err
				}
				open.Hi, open.HiInclusive = v, e.LastAffected != ""
				if open.Lo != nil {
					d := scheme.Compare(open.Lo, v)
					if d > 0 || (d == 0 && !open.HiInclusive) {
						return fmt.Errorf("empty interval ending at %s", end)
					}
				}
				if e.Fixed != "" && (lastFixed == nil || scheme.Compare(v, lastFixed) > 0) {
					lastFixed = v
				}
				aff.intervals = append(aff.intervals, *open)
				open = nil
			}
		}
		if open != nil {
			aff.intervals = append(aff.intervals, *open)
		}
		if len(r.Events) == 0 {
			return errors.New("a range without events")
		}
	}
	for _, s := range aff.Versions {
		v, err := parse(s)
		if err != nil {
			return err
		}
		aff.versions = append(aff.versions, v)
	}
	fixed := aff.DatabaseSpecific.Fixed
	switch fixed {
	case "":
		return errors.New(`database_specific.fixed is required ("unknown" when not confirmed)`)
	case FixedUnknown, FixedNone:
	default:
		fv, err := scheme.Parse(fixed)
		if err != nil {
			return fmt.Errorf("fixed %q: %v", fixed, err)
		}
		if aff.inAffected(scheme, fv) {
			return fmt.Errorf("fixed %s lies inside an affected range", fixed)
		}
		if lastFixed != nil && scheme.Compare(lastFixed, fv) != 0 {
			return fmt.Errorf("fixed %s differs from the highest fixed event %s", fixed, lastFixed)
		}
		if aff.RangeUnknown() {
			return errors.New("a fixed version without affected ranges")
		}
	}
	return nil
}

// inAffected reports whether v lies in an affected interval or is a listed
// affected version.
func (aff *Affected) inAffected(s version.Scheme, v version.Version) bool {
	for _, iv := range aff.intervals {
		if iv.Contains(s, v) {
			return true
		}
	}
	for _, x := range aff.versions {
		if s.Compare(v, x) == 0 {
			return true
		}
	}
	return false
}

// Intervals returns the affected intervals (OSV events folded to bounds).
func (aff *Affected) Intervals() []version.Interval { return aff.intervals }

// packageKey is the lookup key: the ecosystem in deps' spelling and the
// name as each registry compares it.
func packageKey(ecosystem, name string) string {
	eco := strings.ToLower(ecosystem)
	switch eco {
	case "npm":
		name = strings.ToLower(name)
	case "pypi":
		name = strings.ToLower(pySeparators.ReplaceAllString(name, "-"))
	}
	return eco + "\x00" + strings.TrimSpace(name)
}

var pySeparators = regexp.MustCompile(`[-_.]+`)

// sortMatches orders matches by advisory ID for deterministic output.
func sortMatches(ms []Match) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Advisory.ID < ms[j].Advisory.ID })
}
