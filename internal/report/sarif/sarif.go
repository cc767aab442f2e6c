// Package sarif renders a scan result as SARIF 2.1.0, in the shape GitHub
// code scanning ingests: rules with help text, help URI, CWE tags and
// security-severity; results with relative locations, partial
// fingerprints, in-source suppressions and, for dataflow findings, code
// flows. Diagnostics become tool execution notifications.
package sarif

import (
	"bytes"
	"crypto/rand"
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
	Results            resultsSlot            `json:"results"`
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
//
// The results of a run are written one at a time as its findings are read
// back (a large scan's wait in a temporary file): the log is encoded with
// a placeholder in each run's results, and the results are written in its
// place, in exactly the bytes encoding the whole log would give (a test
// checks it). The placeholder holds a random nonce, so no text of the
// scanned project can pose as one.
func WriteRuns(w io.Writer, results []*result.Result, rules []*catalog.Rule) error {
	var nonce [12]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return err
	}
	lg := log{Schema: Schema, Version: "2.1.0"}
	for i, res := range results {
		rn := makeRun(res, rules)
		rn.Results = resultsSlot{mark: fmt.Sprintf("mcpsafe-results-%x-%d", nonce, i)}
		lg.Runs = append(lg.Runs, rn)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(lg); err != nil {
		return err
	}
	skeleton := buf.Bytes()
	for i, res := range results {
		mark := []byte(`"` + lg.Runs[i].Results.mark + `"`)
		at := bytes.Index(skeleton, mark)
		if at < 0 {
			return fmt.Errorf("sarif: run %d has no place for its results", i)
		}
		if _, err := w.Write(skeleton[:at]); err != nil {
			return err
		}
		// The placeholder's line is indented to the results' depth.
		line := skeleton[bytes.LastIndexByte(skeleton[:at], '\n')+1 : at]
		depth := (len(line) - len(bytes.TrimLeft(line, " "))) / len(indent)
		if err := writeResults(w, res, rules, depth); err != nil {
			return err
		}
		skeleton = skeleton[at+len(mark):]
	}
	_, err := w.Write(skeleton)
	return err
}

const indent = "  "

// resultsSlot stands for a run's results while the log around them is
// encoded: a placeholder (mark), or the results themselves, which is what
// the streamed log must equal.
type resultsSlot struct {
	mark  string
	items []sresult
}

func (s resultsSlot) MarshalJSON() ([]byte, error) {
	if s.mark != "" {
		return json.Marshal(s.mark)
	}
	if len(s.items) == 0 {
		return []byte("[]"), nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the log's encoder escapes, or not, itself
	err := enc.Encode(s.items)
	return b.Bytes(), err
}

// writeResults writes a run's results array, whose key is at the given
// nesting depth, as the indenting encoder would: findings, then
// suppressed findings, in report order.
func writeResults(w io.Writer, res *result.Result, rules []*catalog.Rule, depth int) error {
	index := map[string]int{}
	for i, r := range rules {
		index[r.ID] = i
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(strings.Repeat(indent, depth+1), indent)
	enc.SetEscapeHTML(false)
	n := 0
	add := func(f *finding.Finding, sup *suppression) error {
		r, ok := makeResult(f, sup, index)
		if !ok {
			return nil
		}
		buf.Reset()
		if n == 0 {
			buf.WriteString("[\n")
		} else {
			buf.WriteString(",\n")
		}
		buf.WriteString(strings.Repeat(indent, depth+1))
		if err := enc.Encode(r); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the encoder's newline
		n++
		_, err := w.Write(buf.Bytes())
		return err
	}
	if err := res.Findings.Each(func(f *finding.Finding) error { return add(f, nil) }); err != nil {
		return err
	}
	for i := range res.Suppressed {
		s := &res.Suppressed[i]
		if err := add(&s.Finding, &suppression{Kind: "inSource", Justification: s.Reason}); err != nil {
			return err
		}
	}
	end := "[]"
	if n > 0 {
		end = "\n" + strings.Repeat(indent, depth) + "]"
	}
	_, err := io.WriteString(w, end)
	return err
}

// makeResult is the SARIF result of a finding, or false when its rule is
// not in the log's driver.
func makeResult(f *finding.Finding, sup *suppression, index map[string]int) (sresult, bool) {
	i, ok := index[f.RuleID]
	if !ok {
		return sresult{}, false
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
	return r, true
}

func makeRun(res *result.Result, rules []*catalog.Rule) run {
	drv := driver{Name: res.Tool.Name, Version: res.Tool.Version, InformationURI: "https://github.com/mcpsafe/mcpsafe", Rules: []rule{}}
	if strings.Count(res.Tool.Version, ".") == 2 && !strings.ContainsAny(res.Tool.Version, " +") {
		drv.SemanticVersion = strings.TrimPrefix(res.Tool.Version, "v")
	}
	for _, r := range rules {
		drv.Rules = append(drv.Rules, sarifRule(r))
	}
	rn := run{
		Tool:        tool{Driver: drv},
		ColumnKind:  "unicodeCodePoints",
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
