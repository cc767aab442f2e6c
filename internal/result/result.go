// Package result defines the report model: what one scan found, in the
// shape of the JSON output contract (docs/report.schema.json). The report
// packages render it; the service will store it.
package result

import (
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// SchemaVersion is the version of the JSON report contract. Additions keep
// the major version; removals or changes of meaning bump it.
const SchemaVersion = "1.0"

// Result is one scan's report.
type Result struct {
	SchemaVersion string               `json:"schema_version"`
	Tool          Tool                 `json:"tool"`
	Target        Target               `json:"target"`
	Mode          string               `json:"mode"`
	MCPContext    MCPContext           `json:"mcp_context"`
	Summary       Summary              `json:"summary"`
	Findings      finding.List         `json:"findings"`
	Suppressed    []finding.Suppressed `json:"suppressed"`
	Diagnostics   []finding.Diagnostic `json:"diagnostics"`
}

// Close releases the store the findings are read back from (a scan
// keeps a finding-dense project's in a temporary file); the findings
// cannot be read after it.
func (r *Result) Close() error { return r.Findings.Close() }

// Tool names the scanner.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Target says what was scanned.
type Target struct {
	// Kind is the target type: dir or file (packages, repositories and
	// archives come later).
	Kind string `json:"kind"`
	// Ref is the target as the user gave it.
	Ref string `json:"ref"`
	// Resolved is what Ref resolved to: an absolute path, an exact
	// version, a digest or a commit.
	Resolved string `json:"resolved"`
	// Digest is the checksum the fetched content was verified against,
	// or the git commit or image digest.
	Digest string `json:"digest,omitempty"`
	// Package is, for an MCP registry entry, the kind of package it
	// published that was scanned.
	Package string `json:"package,omitempty"`
}

// Multi is the JSON report of a scan of several targets: one Result per
// target, in the order given.
type Multi struct {
	SchemaVersion string    `json:"schema_version"`
	Results       []*Result `json:"results"`
}

// MCPContext says whether the target is MCP code, and why.
type MCPContext struct {
	IsMCP bool `json:"is_mcp"`
	// Reason is a one-line explanation, for people.
	Reason   string            `json:"reason"`
	Evidence []mcpctx.Evidence `json:"evidence"`
	// EvidenceOmitted counts evidence entries left out to keep the
	// report small.
	EvidenceOmitted int `json:"evidence_omitted,omitempty"`
}

// Summary is the scan's bottom line.
type Summary struct {
	Score int    `json:"score"`
	Grade string `json:"grade"`
	// Counts holds the number of (unsuppressed) findings per severity;
	// every severity is present.
	Counts       map[string]int `json:"counts"`
	Suppressed   int            `json:"suppressed"`
	FilesScanned int            `json:"files_scanned"`
	FilesSkipped int            `json:"files_skipped"`
	DurationMS   int64          `json:"duration_ms"`
}
