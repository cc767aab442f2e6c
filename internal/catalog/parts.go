package catalog

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// Fixtures that are not source files: YAML fixtures are named
// <ID>[.<variant>].fixture.yaml (so that they are not read as rules), and
// fixtures of several files are folders named <ID>.<variant>.
var fixtureFolder = regexp.MustCompile(`^[A-Z][A-Z0-9_]*-[A-Za-z0-9_-]+\.[^/]+$`)

// IsFixtureYAML reports whether a YAML file is a fixture, not a rule.
func IsFixtureYAML(p string) bool {
	return strings.HasSuffix(p, ".fixture.yaml") || strings.HasSuffix(p, ".fixture.yml")
}

// IsFixtureFolder reports whether a folder name is a project fixture's.
func IsFixtureFolder(name string) bool { return fixtureFolder.MatchString(name) }

// Rule parts. A rule whose inputs are matched by different people or
// different machinery (source queries, document matchers, description
// matchers) may be split over several files: <ID>.yaml and parts named
// <ID>.<part>.yaml with `part: <part>`. Each file is a complete rule for
// its inputs, validated alone; files of one ID are merged when loaded:
//
//   - the header (name, title, severity, cwe, category, scan_type, gate)
//     must be the same in every file;
//   - languages, examples, references, supersedes, patterns, documents and
//     descriptions are combined (two files may not give an example for the
//     same language);
//   - what, why_mcp and message come from the main file (<ID>.yaml, or the
//     first part when there is none); a part's message stays the message
//     of its own matchers; its detection text is appended;
//   - fixtures are read beside every file.

// FixtureDir is a folder holding fixtures of a rule.
type FixtureDir struct {
	FS  fs.FS
	Dir string
}

// FixtureDirs returns every folder holding a rule's fixtures (one per rule
// file when the rule is split into parts).
func (c *Catalog) FixtureDirs(id string) []FixtureDir {
	var out []FixtureDir
	for _, d := range c.fixtureDirs[strings.ToUpper(id)] {
		out = append(out, FixtureDir{FS: d.fsys, Dir: d.dir})
	}
	return out
}

func (c *Catalog) addFixtureDir(id string, d fixtureDir) {
	key := strings.ToUpper(id)
	for _, have := range c.fixtureDirs[key] {
		if have.dir == d.dir && have.fsys == d.fsys {
			return
		}
	}
	if c.fixtureDirs == nil {
		c.fixtureDirs = map[string][]fixtureDir{}
	}
	c.fixtureDirs[key] = append(c.fixtureDirs[key], d)
}

// mergeRule combines two files of one rule. The result is a new rule;
// a and b are not changed.
func mergeRule(a, b *Rule) (*Rule, error) {
	if a.Part == "" && b.Part == "" {
		return nil, fmt.Errorf("%s is already defined in %s", b.ID, a.Path)
	}
	if a.Part != "" && b.Part == "" {
		a, b = b, a // the main file is the base
	}
	if a.Part != "" && a.Part == b.Part {
		return nil, fmt.Errorf("part %q of %s is already defined in %s", b.Part, b.ID, a.Path)
	}
	for _, f := range []struct{ name, x, y string }{
		{"name", a.Name, b.Name}, {"title", a.Title, b.Title}, {"cwe", a.CWE, b.CWE}, {"category", a.Category, b.Category},
		{"scan_type", a.ScanType, b.ScanType}, {"gate", a.Gate, b.Gate}, {"severity", a.Severity.String(), b.Severity.String()},
	} {
		if f.x != f.y {
			return nil, fmt.Errorf("field %q is %q here but %q in %s: the files of one rule share their header", f.name, f.y, f.x, a.Path)
		}
	}
	m := *a
	m.Languages = append([]string(nil), a.Languages...)
	for _, l := range b.Languages {
		if !contains(m.Languages, l) {
			m.Languages = append(m.Languages, l)
		}
	}
	var err error
	if m.VulnerableExample, err = mergeExamples(a.VulnerableExample, b.VulnerableExample, "vulnerable_example", a.Path); err != nil {
		return nil, err
	}
	if m.SecureExample, err = mergeExamples(a.SecureExample, b.SecureExample, "secure_example", a.Path); err != nil {
		return nil, err
	}
	if strings.TrimSpace(b.Detection) != "" {
		m.Detection = strings.TrimRight(a.Detection, "\n") + "\n\n" + strings.TrimSpace(b.Detection) + "\n"
	}
	m.References = append([]string(nil), a.References...)
	for _, r := range b.References {
		if !contains(m.References, r) {
			m.References = append(m.References, r)
		}
	}
	m.Supersedes = append([]string(nil), a.Supersedes...)
	for _, s := range b.Supersedes {
		if !contains(m.Supersedes, s) {
			m.Supersedes = append(m.Supersedes, s)
		}
	}
	// Keywords prefilter source files for the rule's patterns: a part
	// with patterns but no keywords must run on every file.
	switch {
	case len(a.Patterns) > 0 && len(a.Keywords) == 0, len(b.Patterns) > 0 && len(b.Keywords) == 0:
		m.Keywords = nil
	default:
		m.Keywords = append(append([]string(nil), a.Keywords...), b.Keywords...)
	}
	if a.Taint != nil && b.Taint != nil {
		return nil, fmt.Errorf("%s: only one file of a rule may have a taint section (the other is %s)", b.ID, a.Path)
	}
	if m.Taint == nil {
		m.Taint = b.Taint
	}
	// A part's matchers keep the part's message.
	m.Patterns = append([]Pattern(nil), a.Patterns...)
	for _, p := range b.Patterns {
		if p.Message == "" {
			p.Message = b.Message
		}
		m.Patterns = append(m.Patterns, p)
	}
	m.Documents = append([]DocPattern(nil), a.Documents...)
	for _, d := range b.Documents {
		if d.Message == "" {
			d.Message = b.Message
		}
		m.Documents = append(m.Documents, d)
	}
	m.Descriptions = append([]DescPattern(nil), a.Descriptions...)
	for _, d := range b.Descriptions {
		if d.Message == "" {
			d.Message = b.Message
		}
		m.Descriptions = append(m.Descriptions, d)
	}
	m.Builtin = a.Builtin && b.Builtin
	m.Deprecated = a.Deprecated || b.Deprecated
	return &m, nil
}

func mergeExamples(a, b map[string]string, field, other string) (map[string]string, error) {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("field %q: an example for %q is already given in %s", field, k, other)
		}
		out[k] = v
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
