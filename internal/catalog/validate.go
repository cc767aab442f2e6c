package catalog

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/recache"
)

var (
	idPattern   = regexp.MustCompile(`^[A-Z][A-Z0-9_]*-[A-Za-z0-9_-]+$`)
	slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	cwePattern  = regexp.MustCompile(`^CWE-[0-9]+$`)
	capRef      = regexp.MustCompile(`\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}`)
)

// Input languages other than source code. Rules may list them; matchers
// for them arrive with later work.
var nonSourceLanguages = map[string]bool{"manifest": true, "config": true, "description": true, "probe": true}

func validate(r *Rule, opts Options) Errors {
	var errs Errors
	bad := func(field, format string, args ...any) {
		errs = append(errs, &Error{Path: r.Path, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	required := func(field, value string) bool {
		if strings.TrimSpace(value) == "" {
			bad(field, "required")
			return false
		}
		return true
	}

	if required("id", r.ID) && !idPattern.MatchString(r.ID) {
		bad("id", "%q is not an ID like MCP-279 (PREFIX-NUMBER, upper-case prefix)", r.ID)
	}
	if required("name", r.Name) && !slugPattern.MatchString(r.Name) {
		bad("name", "%q is not a lower-case slug like oauth-missing-resource-indicator", r.Name)
	}
	required("title", r.Title)
	if !r.Severity.Valid() {
		bad("severity", "required: one of CRITICAL, HIGH, MEDIUM, LOW, INFO")
	}
	if required("cwe", r.CWE) && !cwePattern.MatchString(r.CWE) {
		bad("cwe", "%q is not a CWE ID like CWE-345", r.CWE)
	}
	if required("category", r.Category) {
		if _, ok := Categories[r.Category]; !ok {
			bad("category", "%q is not one of SI, CE, IDF, TDL", r.Category)
		}
	}
	if required("scan_type", r.ScanType) {
		switch r.ScanType {
		case ScanFast, ScanDeep, ScanProbe:
		default:
			bad("scan_type", "%q is not one of fast, deep, probe", r.ScanType)
		}
	}
	if len(r.Languages) == 0 {
		bad("languages", "required: list the inputs the rule covers (py, js, ts, go, …)")
	}
	seenLang := map[string]bool{}
	for _, l := range r.Languages {
		if !lang.ValidCode(l) && !nonSourceLanguages[l] {
			bad("languages", "unknown language %q (want py, js, ts, go, manifest, config, description or probe)", l)
		}
		if seenLang[l] {
			bad("languages", "%q is listed twice", l)
		}
		seenLang[l] = true
	}
	if required("gate", r.Gate) {
		switch r.Gate {
		case GateMCPFile, GateMCPProject, GateAny:
		default:
			bad("gate", "%q is not one of mcp-file, mcp-project, any", r.Gate)
		}
	}
	required("message", r.Message)
	required("what", r.What)
	required("why_mcp", r.WhyMCP)
	required("detection", r.Detection)
	checkExamples(r, "vulnerable_example", r.VulnerableExample, seenLang, bad)
	checkExamples(r, "secure_example", r.SecureExample, seenLang, bad)
	for i, k := range r.Keywords {
		if k == "" {
			bad(fmt.Sprintf("keywords[%d]", i), "empty keyword")
		}
	}
	for _, s := range r.Supersedes {
		if !idPattern.MatchString(s) {
			bad("supersedes", "%q is not a rule ID", s)
		}
	}
	if r.Deprecated {
		return errs
	}

	covered := map[string]bool{}
	for i := range r.Patterns {
		errs = append(errs, validatePattern(r, i, seenLang, covered, opts)...)
	}
	if r.Taint != nil {
		errs = append(errs, validateTaint(r, seenLang, covered)...)
	}
	for i := range r.Documents {
		validateDocPattern(r, i, seenLang, covered, bad)
	}
	for i := range r.Descriptions {
		validateDescPattern(r, i, seenLang, covered, bad)
	}
	if r.ScanType == ScanFast || r.ScanType == ScanDeep {
		for _, l := range r.Languages {
			if (lang.ValidCode(l) || (nonSourceLanguages[l] && l != "probe")) && !covered[l] {
				bad("patterns", "no pattern covers language %q listed in languages", l)
			}
		}
	}
	return errs
}

func checkExamples(r *Rule, field string, ex map[string]string, langs map[string]bool, bad func(string, string, ...any)) {
	if len(ex) == 0 {
		bad(field, "required: at least one example, keyed by language (py, js, ts, go)")
		return
	}
	for l, code := range ex {
		if !langs[l] {
			bad(field, "example for %q, which is not among the rule's languages", l)
		}
		if strings.TrimSpace(code) == "" {
			bad(field, "example for %q is empty", l)
		}
	}
}

func validatePattern(r *Rule, i int, ruleLangs, covered map[string]bool, opts Options) Errors {
	var errs Errors
	field := fmt.Sprintf("patterns[%d]", i)
	bad := func(sub, format string, args ...any) {
		f := field
		if sub != "" {
			f += "." + sub
		}
		errs = append(errs, &Error{Path: r.Path, Field: f, Msg: fmt.Sprintf(format, args...)})
	}
	p := &r.Patterns[i]
	if len(p.Languages) == 0 {
		bad("languages", "required")
	}
	for _, m := range p.Modes {
		if m != ScanFast && m != ScanDeep {
			bad("modes", "%q is not fast or deep", m)
		}
	}
	for _, l := range p.Languages {
		if !lang.ValidCode(l) {
			bad("languages", "%q is not a source language (py, js, ts, go)", l)
			continue
		}
		if !ruleLangs[l] {
			bad("languages", "%q is not among the rule's languages", l)
		}
		covered[l] = true
	}
	if strings.TrimSpace(p.Query) == "" {
		bad("query", "required")
		return errs
	}
	if strings.TrimSpace(p.Report) == "" {
		bad("report", "required: the capture the finding is located at")
	}
	captures := map[string]bool{}
	if opts.QueryCheck != nil {
		for _, l := range p.Languages {
			if !lang.ValidCode(l) {
				continue
			}
			names, err := opts.QueryCheck(l, p.Query)
			if err != nil {
				bad("query", "does not compile for %s: %v", l, err)
				continue
			}
			for _, n := range names {
				captures[n] = true
			}
		}
		if p.Report != "" && len(captures) > 0 && !captures[p.Report] {
			bad("report", "capture @%s is not defined by the query", p.Report)
		}
	}
	for j := range p.Where {
		validateCondition(&p.Where[j], fmt.Sprintf("where[%d]", j), captures, opts.QueryCheck != nil, bad)
	}
	msgs := []string{p.Message}
	if p.Message == "" {
		msgs = append(msgs, r.Message) // the rule's message is this pattern's
	}
	for _, msg := range msgs {
		for _, m := range capRef.FindAllStringSubmatch(msg, -1) {
			if opts.QueryCheck != nil && len(captures) > 0 && !captures[m[1]] {
				bad("message", "{{%s}} names no capture of the query", m[1])
			}
		}
	}
	return errs
}

func validateCondition(c *Condition, field string, captures map[string]bool, checkCaptures bool, bad func(string, string, ...any)) {
	tests := 0
	needsCapture := false
	for _, re := range []struct {
		name, value string
	}{{"matches", c.Matches}, {"not_matches", c.NotMatches}, {"line_matches", c.LineMatches}, {"line_not_matches", c.LineNotMatches}} {
		if re.value == "" {
			continue
		}
		tests++
		needsCapture = true
		if _, err := recache.Compile(re.value); err != nil {
			bad(field+"."+re.name, "invalid regular expression: %v", err)
		}
	}
	for _, re := range []struct {
		name, value string
		capture     bool
	}{{"value_matches", c.ValueMatches, true}, {"file_matches", c.FileMatches, false}, {"function_matches", c.FunctionMatches, true},
		{"before_matches", c.BeforeMatches, true}, {"handler_matches", c.HandlerMatches, true},
		{"project_lacks", c.ProjectLacks, false}, {"project_has", c.ProjectHas, false}} {
		if re.value == "" {
			continue
		}
		tests++
		needsCapture = needsCapture || re.capture
		if _, err := recache.Compile(re.value); err != nil {
			bad(field+"."+re.name, "invalid regular expression: %v", err)
		}
	}
	if c.HasArg != "" {
		tests++
		needsCapture = true
	}
	if c.HasArgDefinitely != "" {
		tests++
		needsCapture = true
	}
	if c.ArgMatches != nil {
		tests++
		needsCapture = true
		if c.ArgMatches.Name == "" {
			bad(field+".arg_matches.name", "required")
		}
		if _, err := recache.Compile(c.ArgMatches.Regex); err != nil || c.ArgMatches.Regex == "" {
			bad(field+".arg_matches.regex", "required: a valid regular expression")
		}
	}
	for _, b := range []*bool{c.Constant, c.ToolInput, c.ModuleScope} {
		if b != nil {
			tests++
			needsCapture = true
		}
	}
	if len(c.InHandler) > 0 {
		tests++
		needsCapture = true
		for _, k := range c.InHandler {
			switch k {
			case "tool", "prompt", "resource", "any":
			default:
				bad(field+".in_handler", "%q is not one of tool, prompt, resource, any", k)
			}
		}
	}
	if len(c.ResolvesTo) > 0 {
		tests++
		needsCapture = true
		for _, n := range c.ResolvesTo {
			if strings.TrimSpace(n) == "" {
				bad(field+".resolves_to", "empty name")
			}
		}
	}
	if len(c.FileImports) > 0 {
		tests++
	}
	if c.Not != nil {
		tests++
		validateCondition(c.Not, field+".not", captures, checkCaptures, bad)
	}
	if len(c.Any) > 0 {
		tests++
		for k := range c.Any {
			validateCondition(&c.Any[k], fmt.Sprintf("%s.any[%d]", field, k), captures, checkCaptures, bad)
		}
	}
	switch {
	case tests == 0:
		bad(field, "a condition needs one test (see docs/writing-rules.md): matches, not_matches, line_matches, line_not_matches, resolves_to, file_imports, has_arg, has_arg_definitely, arg_matches, value_matches, constant, file_matches, function_matches, before_matches, handler_matches, in_handler, tool_input, module_scope, project_lacks, project_has, not or any")
	case tests > 1:
		bad(field, "a condition holds exactly one test; split it into several conditions")
	}
	if needsCapture {
		if c.Capture == "" {
			bad(field+".capture", "required by this test")
		} else if checkCaptures && len(captures) > 0 && !captures[c.Capture] {
			bad(field+".capture", "@%s is not defined by the query", c.Capture)
		}
	} else if c.Capture != "" && c.Not == nil && len(c.Any) == 0 {
		bad(field+".capture", "this test does not use a capture")
	}
}

// BuiltinSourceKinds are the source kinds the engine provides: the
// client-controlled parameters of MCP tool, prompt and resource-template
// handlers.
var BuiltinSourceKinds = map[string]bool{"tool-input": true, "prompt-input": true, "resource-input": true}

func validateTaint(r *Rule, ruleLangs, covered map[string]bool) Errors {
	var errs Errors
	t := r.Taint
	bad := func(field, format string, args ...any) {
		errs = append(errs, &Error{Path: r.Path, Field: "taint." + field, Msg: fmt.Sprintf(format, args...)})
	}
	kinds := map[string]bool{}
	for k := range BuiltinSourceKinds {
		kinds[k] = true
	}
	for i, sp := range t.SourceSpecs {
		if sp.Kind == "" {
			bad(fmt.Sprintf("source_specs[%d].kind", i), "required: the source kind this spec produces")
		}
		kinds[sp.Kind] = true
	}
	if len(t.Sources) == 0 {
		bad("sources", "required: the source kinds (tool-input, prompt-input, resource-input, or a source_specs kind)")
	}
	for _, k := range t.Sources {
		if !kinds[k] {
			bad("sources", "unknown source kind %q (built in: tool-input, prompt-input, resource-input; others come from source_specs)", k)
		}
	}
	if len(t.Sinks) == 0 {
		bad("sinks", "required")
	}
	for f, v := range map[string]string{"safe_prefix": t.SafePrefix, "safe_base": t.SafeBase} {
		if _, err := recache.Compile(v); err != nil {
			bad(f, "invalid regular expression: %v", err)
		}
	}
	if t.SafeBase != "" && t.SafePrefix == "" {
		bad("safe_base", "needs safe_prefix")
	}
	check := func(field string, specs []TaintSpec, role string) {
		for i := range specs {
			sp := &specs[i]
			f := fmt.Sprintf("%s[%d]", field, i)
			if len(sp.Languages) == 0 {
				bad(f+".languages", "required")
			}
			for _, l := range sp.Languages {
				if !lang.ValidCode(l) {
					bad(f+".languages", "%q is not a source language (py, js, ts, go)", l)
				} else if !ruleLangs[l] {
					bad(f+".languages", "%q is not among the rule's languages", l)
				} else if role == "sink" {
					covered[l] = true
				}
			}
			forms := 0
			if len(sp.Calls) > 0 {
				forms++
			}
			if sp.Names != "" {
				forms++
				if _, err := recache.Compile(sp.Names); err != nil {
					bad(f+".names", "invalid regular expression: %v", err)
				}
			}
			if len(sp.Reads) > 0 {
				forms++
				if role != "source" {
					bad(f+".reads", "reads are only for source specs")
				}
			}
			if len(sp.Returns) > 0 {
				forms++
				if role != "sink" {
					bad(f+".returns", "returns are only for sinks")
				}
				for _, k := range sp.Returns {
					if k != "tool" && k != "prompt" && k != "resource" {
						bad(f+".returns", "%q is not tool, prompt or resource", k)
					}
				}
			}
			if forms != 1 {
				bad(f, "a spec has exactly one of calls, names, reads, returns")
			}
			if sp.KeyMatches != "" {
				if _, err := recache.Compile(sp.KeyMatches); err != nil {
					bad(f+".key_matches", "invalid regular expression: %v", err)
				}
			}
			if role == "tag" && sp.Tag == "" {
				bad(f+".tag", "required: the tag this call adds")
			}
			if role != "tag" && role != "guard" && sp.Tag != "" {
				bad(f+".tag", "only tags and guards have a tag")
			}
			if role != "source" && sp.Kind != "" {
				bad(f+".kind", "only source specs have a kind")
			}
			for j := range sp.Where {
				validateCondition(&sp.Where[j], fmt.Sprintf("%s.where[%d]", f, j), map[string]bool{"call": true}, true,
					func(sub, format string, args ...any) {
						errs = append(errs, &Error{Path: r.Path, Field: "taint." + sub, Msg: fmt.Sprintf(format, args...)})
					})
			}
		}
	}
	check("source_specs", t.SourceSpecs, "source")
	check("sinks", t.Sinks, "sink")
	check("sanitizers", t.Sanitizers, "sanitizer")
	check("guards", t.Guards, "guard")
	check("tags", t.Tags, "tag")
	check("guard_through", t.GuardThrough, "through")
	check("assumed_sanitizers", t.AssumedSanitizers, "assumed sanitizer")
	return errs
}
