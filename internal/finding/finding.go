// Package finding defines the one currency passed between detection,
// scoring and output: a Finding located in a file, with an optional trace.
//
// Detection packages produce Findings; report packages render them. Nothing
// in this package knows about rules' matchers or output formats.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Severity is a finding's base severity. The zero value is invalid.
type Severity int

// Severities from least to most severe. The order is significant: it is
// used by --fail-on thresholds and by scoring.
const (
	Info Severity = iota + 1
	Low
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{
	Info:     "INFO",
	Low:      "LOW",
	Medium:   "MEDIUM",
	High:     "HIGH",
	Critical: "CRITICAL",
}

// AllSeverities lists the severities from most to least severe, the order
// used in summaries.
var AllSeverities = []Severity{Critical, High, Medium, Low, Info}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// Valid reports whether s is one of the defined severities.
func (s Severity) Valid() bool { _, ok := severityNames[s]; return ok }

// ParseSeverity parses a severity name, case-insensitively.
func ParseSeverity(name string) (Severity, error) {
	up := strings.ToUpper(strings.TrimSpace(name))
	for s, n := range severityNames {
		if n == up {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want one of CRITICAL, HIGH, MEDIUM, LOW, INFO)", name)
}

// MarshalText renders the severity as its upper-case name.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses an upper- or lower-case severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Mode says which scan mode produced a finding.
type Mode string

// Scan modes.
const (
	ModeFast Mode = "fast"
	ModeDeep Mode = "deep"
)

// Step is one hop of a dataflow trace, source first.
type Step struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Note   string `json:"note"`
}

// Finding is one occurrence of a rule's weakness.
//
// Positions are 1-based. Columns count Unicode code points, so they match
// what an editor shows; EndColumn is exclusive (the column just past the
// match), as in SARIF.
type Finding struct {
	RuleID      string   `json:"rule_id"`
	Name        string   `json:"name"`
	Title       string   `json:"title"`
	Severity    Severity `json:"severity"`
	CWE         string   `json:"cwe"`
	Category    string   `json:"category"`
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	Snippet     string   `json:"snippet"`
	Message     string   `json:"message"`
	Mode        Mode     `json:"mode"`
	Tool        string   `json:"tool,omitempty"`
	Trace       []Step   `json:"trace,omitempty"`
	Fingerprint string   `json:"fingerprint"`

	// MatchedText is the text of the reported node, used for the
	// fingerprint; it is not part of the output contract.
	MatchedText string `json:"-"`
	// StartByte and EndByte locate the match in the file; rule precedence
	// uses them to decide whether two findings are the same occurrence.
	StartByte int `json:"-"`
	EndByte   int `json:"-"`
	// Requires lists project-wide facts the finding depends on; the scan
	// keeps it only if they hold once every file has been read.
	Requires []Requirement `json:"-"`
}

// Requirement is a project fact a finding depends on: whether some file
// of the project matches the engine's project expression number Fact.
type Requirement struct {
	Fact    int
	Present bool
}

// Suppressed is a finding silenced by a nosem comment. It keeps every field
// of the finding and says why.
type Suppressed struct {
	Finding
	Reason string `json:"reason"`
}

// Diagnostic is a problem met while scanning that is not a finding: a file
// skipped, a parse error, an unknown rule ID in a nosem comment.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// AssignFingerprints sets Fingerprint on every finding. A fingerprint is a
// hash of the rule, the file, the whitespace-normalised matched text and the
// occurrence index among identical (rule, file, text) triples in file order.
// It does not include line numbers, so it survives unrelated edits above
// the finding.
//
// Findings must be sorted in file order before the call (Sort), so that
// occurrence indexes are deterministic; the occurrences of one file are
// then counted together, and only one file's are held at a time (a
// finding-dense project has hundreds of thousands of findings).
func AssignFingerprints(fs []Finding) {
	seen := map[string]int{}
	var buf []byte
	for i := range fs {
		f := &fs[i]
		if i > 0 && f.File != fs[i-1].File {
			clear(seen)
		}
		text := f.MatchedText
		if text == "" {
			text = f.Snippet
		}
		buf = append(append(append(append(buf[:0], f.RuleID...), 0), f.File...), 0)
		buf = appendNormalizedSpace(buf, text)
		n := seen[string(buf)]
		seen[string(buf)] = n + 1
		buf = strconv.AppendInt(append(buf, 0), int64(n), 10)
		sum := sha256.Sum256(buf)
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}

// appendNormalizedSpace appends s with its runs of white space made one
// space and its leading and trailing space dropped (strings.Fields joined
// with spaces, without the slice).
func appendNormalizedSpace(buf []byte, s string) []byte {
	first := true
	for word := range strings.FieldsSeq(s) {
		if !first {
			buf = append(buf, ' ')
		}
		buf = append(buf, word...)
		first = false
	}
	return buf
}
