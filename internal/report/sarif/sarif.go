// Package sarif renders a scan result as SARIF 2.1.0, in the shape GitHub
// code scanning ingests: rules with help text, help URI, CWE tags and
// security-severity; results with relative locations, partial
// fingerprints, in-source suppressions and, for dataflow findings, code
// flows. Diagnostics become tool execution notifications.
package sarif

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/result"
)

// Schema is the SARIF 2.1.0 schema URI written into reports.
const Schema = "https://json.schemastore.org/sarif-2.1.0.json"

// RuleDocs is where the per-rule pages live; helpUri points there.
const RuleDocs = "https://github.com/mcpsafe/mcpsafe/blob/main/docs/rules/"

// srcRoot is the uriBaseId that locations are relative to.
const srcRoot = "%SRCROOT%"

type log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                   `json:"tool"`
	OriginalURIBaseIDs map[string]artifactLoc `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                 `json:"columnKind"`
	Results            []sresult              `json:"results"`
	Invocations        []invocation           `json:"invocations"`
	Properties         map[string]any         `json:"properties,omitempty"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name            string `json:"name"`
	Version         string `json:"version"`
	InformationURI  string `json:"informationUri"`
	Rules           []rule `json:"rules"`
	SemanticVersion string `json:"semanticVersion,omitempty"`
}

type message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type rule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     message        `json:"shortDescription"`
	FullDescription      message        `json:"fullDescription"`
	Help                 message        `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration ruleConfig     `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type ruleConfig struct {
	Level string `json:"level"`
}

type artifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int      `json:"startLine"`
	StartColumn int      `json:"startColumn"`
	EndLine     int      `json:"endLine"`
	EndColumn   int      `json:"endColumn"`
	Snippet     *message `json:"snippet,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLoc `json:"artifactLocation"`
	Region           *region     `json:"region,omitempty"`
}

type location struct {
	PhysicalLocation physicalLocation `json:"physicalLocation"`
	Message          *message         `json:"message,omitempty"`
}

type suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type threadFlowLocation struct {
	Location location `json:"location"`
}

type threadFlow struct {
	Locations []threadFlowLocation `json:"locations"`
}

type codeFlow struct {
	ThreadFlows []threadFlow `json:"threadFlows"`
}

type sresult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             message           `json:"message"`
	Locations           []location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []codeFlow        `json:"codeFlows,omitempty"`
	Suppressions        []suppression     `json:"suppressions,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Level     string     `json:"level"`
	Message   message    `json:"message"`
	Locations []location `json:"locations,omitempty"`
}

// Level maps a severity to a SARIF result level.
func Level(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return "error"
	case finding.Medium:
		return "warning"
	}
	return "note"
}

// SecuritySeverity maps a severity to GitHub's numeric security-severity
// (critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9); INFO has
// none.
func SecuritySeverity(s finding.Severity) string {
	switch s {
	case finding.Critical:
		return "9.5"
	case finding.High:
		return "8.0"
	case finding.Medium:
		return "5.5"
	case finding.Low:
		return "3.0"
	}
	return ""
}

// Write renders res. rules are the rules that ran; each appears in the
// driver's rule list with its documentation.
func Write(w io.Writer, res *result.Result, rules []*catalog.Rule) error {
	return WriteRuns(w, []*result.Result{res}, rules)
}

// WriteRuns renders several results as one SARIF log with a run each.
func WriteRuns(w io.Writer, results []*result.Result, rules []*catalog.Rule) error {
	lg := log{Schema: Schema, Version: "2.1.0"}
	for _, res := range results {
		lg.Runs = append(lg.Runs, makeRun(res, rules))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(lg)
}

func makeRun(res *result.Result, rules []*catalog.Rule) run {
	drv := driver{Name: res.Tool.Name, Version: res.Tool.Version, InformationURI: "https://github.com/mcpsafe/mcpsafe", Rules: []rule{}}
	if strings.Count(res.Tool.Version, ".") == 2 && !strings.ContainsAny(res.Tool.Version, " +") {
		drv.SemanticVersion = strings.TrimPrefix(res.Tool.Version, "v")
	}
	index := map[string]int{}
	for _, r := range rules {
		index[r.ID] = len(drv.Rules)
		drv.Rules = append(drv.Rules, sarifRule(r))
	}
	rn := run{
		Tool:        tool{Driver: drv},
		ColumnKind:  "unicodeCodePoints",
		Results:     []sresult{},
		Invocations: []invocation{{ExecutionSuccessful: true}},
		Properties: map[string]any{
			"mcpsafe": map[string]any{
				"score":       res.Summary.Score,
				"grade":       res.Summary.Grade,
				"mcp_context": res.MCPContext,
				"mode":        res.Mode,
				"target":      res.Target,
			},
		},
	}
	if res.Target.Resolved != "" && filepath.IsAbs(res.Target.Resolved) {
		root := res.Target.Resolved
		if res.Target.Kind == "file" {
			root = filepath.Dir(root)
		}
		rn.OriginalURIBaseIDs = map[string]artifactLoc{srcRoot: {URI: fileURI(root)}}
	}
	add := func(f *finding.Finding, sup *suppression) {
		i, ok := index[f.RuleID]
		if !ok {
			return
		}
		r := sresult{
			RuleID:              f.RuleID,
			RuleIndex:           i,
			Level:               Level(f.Severity),
			Message:             message{Text: f.Message},
			Locations:           []location{loc(f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Snippet, "")},
			PartialFingerprints: map[string]string{"mcpsafe/v1": f.Fingerprint},
			Properties:          map[string]any{"severity": f.Severity.String(), "mode": string(f.Mode)},
		}
		if f.Tool != "" {
			r.Properties["tool"] = f.Tool
		}
		if len(f.Trace) > 0 {
			var tfl []threadFlowLocation
			for _, s := range f.Trace {
				tfl = append(tfl, threadFlowLocation{Location: loc(s.File, s.Line, s.Column, 0, 0, "", s.Note)})
			}
			r.CodeFlows = []codeFlow{{ThreadFlows: []threadFlow{{Locations: tfl}}}}
		}
		if sup != nil {
			r.Suppressions = []suppression{*sup}
		}
		rn.Results = append(rn.Results, r)
	}
	for i := range res.Findings {
		add(&res.Findings[i], nil)
	}
	for i := range res.Suppressed {
		s := &res.Suppressed[i]
		add(&s.Finding, &suppression{Kind: "inSource", Justification: s.Reason})
	}
	for _, d := range res.Diagnostics {
		n := notification{Level: "warning", Message: message{Text: d.Message}}
		if d.File != "" {
			n.Locations = []location{loc(d.File, d.Line, 0, 0, 0, "", "")}
		}
		rn.Invocations[0].ToolExecutionNotifications = append(rn.Invocations[0].ToolExecutionNotifications, n)
	}
	return rn
}

func sarifRule(r *catalog.Rule) rule {
	tags := []string{"security", "mcp", "external/cwe/" + strings.ToLower(r.CWE), r.CategoryName()}
	props := map[string]any{
		"tags":             tags,
		"precision":        "medium",
		"problem.severity": Level(r.Severity),
		"severity":         r.Severity.String(),
		"cwe":              r.CWE,
		"category":         r.CategoryName(),
		"scan_type":        r.ScanType,
	}
	if ss := SecuritySeverity(r.Severity); ss != "" {
		props["security-severity"] = ss
	}
	return rule{
		ID:                   r.ID,
		Name:                 pascal(r.Name),
		ShortDescription:     message{Text: r.Title},
		FullDescription:      message{Text: strings.TrimSpace(r.What)},
		Help:                 message{Text: helpText(r), Markdown: helpMarkdown(r)},
		HelpURI:              RuleDocs + r.ID + ".md",
		DefaultConfiguration: ruleConfig{Level: Level(r.Severity)},
		Properties:           props,
	}
}

func helpText(r *catalog.Rule) string {
	return fmt.Sprintf("%s\n\nWhy it matters for MCP: %s\n\nHow it is detected: %s",
		strings.TrimSpace(r.What), strings.TrimSpace(r.WhyMCP), strings.TrimSpace(r.Detection))
}

func helpMarkdown(r *catalog.Rule) string {
	return fmt.Sprintf("**%s** (%s, %s)\n\n%s\n\n**Why it matters for MCP.** %s\n\n**How it is detected.** %s\n\n[Full rule page](%s%s.md)",
		r.Title, r.Severity, r.CWE, strings.TrimSpace(r.What), strings.TrimSpace(r.WhyMCP), strings.TrimSpace(r.Detection), RuleDocs, r.ID)
}

// pascal turns a slug into the PascalCase name SARIF viewers show.
func pascal(slug string) string {
	var b strings.Builder
	for _, part := range strings.Split(slug, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func loc(file string, line, col, endLine, endCol int, snippet, note string) location {
	l := location{PhysicalLocation: physicalLocation{ArtifactLocation: artifactLoc{URI: relURI(file), URIBaseID: srcRoot}}}
	if line > 0 {
		rg := &region{StartLine: line, StartColumn: max(col, 1), EndLine: max(endLine, line), EndColumn: endCol}
		if rg.EndColumn <= 0 || (rg.EndLine == rg.StartLine && rg.EndColumn <= rg.StartColumn) {
			rg.EndColumn = rg.StartColumn + 1
		}
		if snippet != "" {
			rg.Snippet = &message{Text: snippet}
		}
		l.PhysicalLocation.Region = rg
	}
	if note != "" {
		l.Message = &message{Text: note}
	}
	return l
}

// relURI percent-encodes each segment of a relative slash path.
func relURI(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

func fileURI(dir string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	s := u.String()
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s
}
