package catalog

import (
	"fmt"
	"regexp/syntax"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/recache"
)

// DocPattern matches values of non-source documents: manifests and
// lockfiles, Dockerfiles, workflows, MCP server manifests, client
// configurations, .env files and policy documents (and the project-wide
// dependencies list). It selects nodes by path, keeps those that meet its
// conditions, and reports each at a node.
type DocPattern struct {
	// Kinds are document kinds (package-json, dockerfile, client-config,
	// env, dependencies, …; see docs/writing-rules.md).
	Kinds []string `yaml:"kinds"`
	// Select is a path from the document root ("servers.*.env.*").
	Select string `yaml:"select"`
	// Where are conditions on the selected node; all must hold.
	Where []DocCondition `yaml:"where"`
	// Check names a built-in check that reports the selected node once per
	// result, with its own message fields and severity: advisories.
	Check string `yaml:"check"`
	// Report is a path relative to the selected node to locate the
	// finding at ("" for the node itself, "@key" for its key).
	Report string `yaml:"report"`
	// Message overrides the rule message. {{name}} is the value at the
	// relative path name, or a field set by a matcher or check.
	Message string `yaml:"message"`
}

// DocCondition is one test on a selected document node. Exactly one test
// is set; At, when given, moves the test to a node relative to the
// selected one ("../type", "launch.name").
type DocCondition struct {
	At string `yaml:"at"`
	// Exists: a node is (true) or is not (false) at At.
	Exists *bool `yaml:"exists"`
	// Matches / NotMatches: some / no scalar value at or under the node
	// matches. AllMatch: there is one and every one matches.
	Matches    string `yaml:"matches"`
	NotMatches string `yaml:"not_matches"`
	AllMatch   string `yaml:"all_match"`
	// KeyMatches: the node's key (member name) matches.
	KeyMatches string `yaml:"key_matches"`
	// PathMatches: the document's file path matches (no node).
	PathMatches string `yaml:"path_matches"`
	// Type: the node is a string, number, bool, null, object or array.
	Type string `yaml:"type"`
	// Matcher names a built-in test (see DocMatchers).
	Matcher string `yaml:"matcher"`

	Not *DocCondition  `yaml:"not"`
	Any []DocCondition `yaml:"any"`
	All []DocCondition `yaml:"all"`
}

// DocMatchers are the built-in document tests, for docs and validation.
var DocMatchers = map[string]string{
	"secret-provider": "a value contains a credential of a known provider format (AWS, GitHub, Stripe, Slack, Google, OpenAI, Anthropic, private keys, …); sets {{secret}}",
	"high-entropy":    "the value is a random-looking literal (long, high Shannon entropy, no spaces), not a placeholder or variable reference; sets {{secret}}",
	"literal":         "the value is a non-empty literal: not a placeholder (xxx, changeme, <your-key>) and not a variable reference (${VAR}, ${input:x}, {env:X}, $VAR)",
	"placeholder":     "the value is a placeholder (xxx, changeme, <…>, your-…, example)",
	"reference":       "the value refers to a variable instead of holding one (${VAR}, ${input:x}, ${env:X}, {env:X}, $VAR, %VAR%)",
	"typosquat":       "a package node (name, ecosystem) imitates a known-good MCP package: confusable or within a small edit distance; sets {{target}}",
	"open-ended":      "a package node declares no version, *, latest, or a range without an upper bound",
	"remote-http-url": "the value is an http:// URL whose host is neither loopback nor a single-label (container) name; sets {{host}}",
}

// DocChecks are the built-in checks of document patterns.
var DocChecks = map[string]string{
	"advisories": "matches a package node (ecosystem, name, version or constraint) against the bundled advisories; one finding per advisory, at its severity; a declared range that also admits a fixed version gives a diagnostic instead; sets {{advisory}}, {{summary}}, {{fix}}, {{package}}, {{version}}",
}

// DescPattern matches the tool model: tool, prompt and resource
// definitions and server instructions, extracted from source or read from
// tools/list documents.
type DescPattern struct {
	// Subject is what is matched and reported: text (one metadata
	// string), tool (one definition) or param (one input parameter).
	Subject string `yaml:"subject"`
	// Fields limits text subjects: name, title, description,
	// instructions, param.name, param.description, param.default,
	// param.enum. Empty means all.
	Fields []string `yaml:"fields"`
	// Kinds limits definitions: tool, prompt, resource. Empty means all.
	Kinds []string `yaml:"kinds"`
	// Languages limits the inputs whose tool model is read: py, js, ts,
	// go (extracted from source) and description (tools/list documents).
	// Empty means every language of the rule.
	Languages []string        `yaml:"languages"`
	Where     []DescCondition `yaml:"where"`
	Message   string          `yaml:"message"`
}

// DescCondition is one test on a description subject.
type DescCondition struct {
	// Matches / NotMatches: the text (NFKC-normalised, escapes decoded,
	// whitespace collapsed, invisible characters removed) of a text
	// subject, or the name of a tool or param subject.
	Matches    string `yaml:"matches"`
	NotMatches string `yaml:"not_matches"`
	// RawMatches: the decoded text before normalisation (for control and
	// invisible characters).
	RawMatches string `yaml:"raw_matches"`
	// Phrases: families of bounded phrases and when they fire.
	Phrases *Phrases `yaml:"phrases"`
	// MinTokens: the text's token estimate (⌈characters / 4⌉) is at least
	// this.
	MinTokens int `yaml:"min_tokens"`
	// Matcher names a built-in test (see DescMatchers).
	Matcher string `yaml:"matcher"`
	// Annotation tests a tool annotation.
	Annotation *AnnotationTest `yaml:"annotation"`
	// SchemaOpen: the tool's input schema accepts arbitrary input.
	SchemaOpen *bool `yaml:"schema_open"`
	// Type: the param's JSON type is one of these (any for untyped).
	Type []string `yaml:"type"`
	// Constrained: an enum, const, pattern or maximum length bounds the
	// param.
	Constrained *bool `yaml:"constrained"`

	Not *DescCondition  `yaml:"not"`
	Any []DescCondition `yaml:"any"`
}

// AnnotationTest tests one tool annotation: Is is true, false, present or
// absent.
type AnnotationTest struct {
	Name string `yaml:"name"`
	Is   string `yaml:"is"`
}

// Phrases are named families of bounded regular expressions, matched
// case-insensitively on normalised text, and the clauses that make them
// fire. $tool_names is a built-in family: the other definitions' names in
// the same model and the bundled well-known tool names.
type Phrases struct {
	Families map[string][]string `yaml:"families"`
	Fire     []FireClause        `yaml:"fire"`
}

// FireClause fires when a family matches (Distinct different phrases, at
// least one), or when phrases of two families occur within Within
// characters of each other.
type FireClause struct {
	Family   string   `yaml:"family"`
	Distinct int      `yaml:"distinct"`
	Near     []string `yaml:"near"`
	Within   int      `yaml:"within"`
}

// DescMatchers are the built-in description tests.
var DescMatchers = map[string]string{
	"invisible":      "the text holds invisible, bidirectional, tag or variation-selector characters (zero-width and bidi controls, U+E0000–U+E007F, Hangul fillers, soft hyphen), other than a leading BOM and emoji sequences; sets {{char}}",
	"mixed-script":   "the text (a name) mixes letters of several scripts, or is written in another script's look-alikes of Latin letters; sets {{scripts}}",
	"shadowing":      "the tool's name equals or is confusable with a bundled well-known tool name, or starts with another server's prefix, and the server is not that name's owner; sets {{target}}, {{owner}}",
	"duplicate-name": "another definition of the same kind in the model has the same name, or one that differs only in case; sets {{other}}",
}

var (
	descSubjects = map[string]bool{"text": true, "tool": true, "param": true}
	descFields   = map[string]bool{"name": true, "title": true, "description": true, "instructions": true, "param.name": true,
		"param.description": true, "param.default": true, "param.enum": true}
	defKinds  = map[string]bool{"tool": true, "prompt": true, "resource": true}
	docTypes  = map[string]bool{"string": true, "number": true, "bool": true, "null": true, "object": true, "array": true}
	jsonTypes = map[string]bool{"string": true, "integer": true, "number": true, "boolean": true, "array": true, "object": true, "any": true}
)

// DocumentKindLanguages maps the document kinds rules may select to the
// rule language they belong to. internal/document defines the kinds; the
// catalog keeps its own copy so that it does not import parsers.
var DocumentKindLanguages = map[string]string{
	"package-json": "manifest", "npm-lock": "manifest", "pnpm-lock": "manifest", "yarn-lock": "manifest",
	"pyproject": "manifest", "requirements": "manifest", "poetry-lock": "manifest", "uv-lock": "manifest",
	"pipfile": "manifest", "pipfile-lock": "manifest", "go-mod": "manifest", "go-sum": "manifest",
	"dockerfile": "manifest", "workflow": "manifest", "action": "manifest", "server-json": "manifest",
	"smithery": "manifest", "dependencies": "manifest",
	"client-config": "config", "env": "config", "policy": "config",
}

// boundedRegexp compiles a description pattern and rejects unbounded
// repetition (*, +, {n,}): a pattern over model-facing text must not be
// able to span a whole description (write .{0,80} instead of .*).
func boundedRegexp(expr string) error {
	if _, err := recache.Compile(expr); err != nil {
		return fmt.Errorf("invalid regular expression: %v", err)
	}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return fmt.Errorf("invalid regular expression: %v", err)
	}
	var check func(r *syntax.Regexp) error
	check = func(r *syntax.Regexp) error {
		switch r.Op {
		case syntax.OpStar, syntax.OpPlus:
			return fmt.Errorf("unbounded repetition %s in %q: bound it ({0,80}, {1,40})", r.String(), expr)
		case syntax.OpRepeat:
			if r.Max < 0 {
				return fmt.Errorf("unbounded repetition %s in %q: give an upper bound", r.String(), expr)
			}
			if r.Max > 1000 {
				return fmt.Errorf("repetition bound %d in %q is above 1000", r.Max, expr)
			}
		}
		for _, s := range r.Sub {
			if err := check(s); err != nil {
				return err
			}
		}
		return nil
	}
	return check(re)
}

func validateDocPattern(r *Rule, i int, ruleLangs, covered map[string]bool, bad func(string, string, ...any)) {
	p := &r.Documents[i]
	field := fmt.Sprintf("documents[%d]", i)
	if len(p.Kinds) == 0 {
		bad(field+".kinds", "required: the document kinds it reads (client-config, dockerfile, dependencies, …)")
	}
	for _, k := range p.Kinds {
		l, ok := DocumentKindLanguages[k]
		if !ok {
			bad(field+".kinds", "unknown document kind %q", k)
			continue
		}
		if !ruleLangs[l] {
			bad(field+".kinds", "kind %q is %s input, which is not among the rule's languages", k, l)
		}
		covered[l] = true
	}
	if strings.TrimSpace(p.Select) == "" {
		bad(field+".select", "required: a path from the document root")
	} else if err := checkPath(p.Select); err != nil {
		bad(field+".select", "%v", err)
	}
	if p.Report != "" && p.Report != "@key" {
		if err := checkPath(p.Report); err != nil {
			bad(field+".report", "%v", err)
		}
	}
	if p.Check != "" {
		if _, ok := DocChecks[p.Check]; !ok {
			bad(field+".check", "unknown check %q (have: advisories)", p.Check)
		}
	}
	for j := range p.Where {
		validateDocCondition(&p.Where[j], fmt.Sprintf("%s.where[%d]", field, j), bad)
	}
}

// checkPath is a light syntax check; the engine compiles paths.
func checkPath(p string) error {
	depth := 0
	for _, c := range p {
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth < 0 {
				return fmt.Errorf("path %q: unbalanced braces", p)
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("path %q: unbalanced braces", p)
	}
	return nil
}

func validateDocCondition(c *DocCondition, field string, bad func(string, string, ...any)) {
	tests := 0
	for _, re := range []struct{ name, value string }{{"matches", c.Matches}, {"not_matches", c.NotMatches}, {"all_match", c.AllMatch},
		{"key_matches", c.KeyMatches}, {"path_matches", c.PathMatches}} {
		if re.value == "" {
			continue
		}
		tests++
		if _, err := recache.Compile(re.value); err != nil {
			bad(field+"."+re.name, "invalid regular expression: %v", err)
		}
	}
	if c.Exists != nil {
		tests++
	}
	if c.Type != "" {
		tests++
		if !docTypes[c.Type] {
			bad(field+".type", "%q is not string, number, bool, null, object or array", c.Type)
		}
	}
	if c.Matcher != "" {
		tests++
		if _, ok := DocMatchers[c.Matcher]; !ok {
			bad(field+".matcher", "unknown matcher %q (see docs/writing-rules.md)", c.Matcher)
		}
	}
	if c.Not != nil {
		tests++
		validateDocCondition(c.Not, field+".not", bad)
	}
	for _, group := range []struct {
		name string
		cs   []DocCondition
	}{{"any", c.Any}, {"all", c.All}} {
		if len(group.cs) > 0 {
			tests++
			for k := range group.cs {
				validateDocCondition(&group.cs[k], fmt.Sprintf("%s.%s[%d]", field, group.name, k), bad)
			}
		}
	}
	if c.At != "" {
		if err := checkPath(c.At); err != nil {
			bad(field+".at", "%v", err)
		}
		if c.PathMatches != "" {
			bad(field+".at", "path_matches tests the file, not a node")
		}
	}
	switch {
	case tests == 0:
		bad(field, "a condition needs one test: exists, matches, not_matches, all_match, key_matches, path_matches, type, matcher, not, any or all")
	case tests > 1:
		bad(field, "a condition holds exactly one test; split it into several conditions")
	}
}

func validateDescPattern(r *Rule, i int, ruleLangs, covered map[string]bool, bad func(string, string, ...any)) {
	p := &r.Descriptions[i]
	field := fmt.Sprintf("descriptions[%d]", i)
	if !descSubjects[p.Subject] {
		bad(field+".subject", "required: text, tool or param")
	}
	for _, f := range p.Fields {
		if !descFields[f] {
			bad(field+".fields", "unknown field %q", f)
		}
		if p.Subject != "text" {
			bad(field+".fields", "fields only apply to text subjects")
		}
	}
	for _, k := range p.Kinds {
		if !defKinds[k] {
			bad(field+".kinds", "%q is not tool, prompt or resource", k)
		}
	}
	// The tool model is extracted from every source language and read
	// from tools/list documents.
	for _, l := range p.Languages {
		if l != "description" && l != "py" && l != "js" && l != "ts" && l != "go" {
			bad(field+".languages", "%q is not py, js, ts, go or description", l)
		} else if !ruleLangs[l] {
			bad(field+".languages", "%q is not among the rule's languages", l)
		}
		covered[l] = true
	}
	if len(p.Languages) == 0 {
		for l := range ruleLangs {
			if l == "description" || l == "py" || l == "js" || l == "ts" || l == "go" {
				covered[l] = true
			}
		}
	}
	if !ruleLangs["description"] {
		bad(field, "description matchers need description among the rule's languages")
	}
	for j := range p.Where {
		validateDescCondition(&p.Where[j], p.Subject, fmt.Sprintf("%s.where[%d]", field, j), bad)
	}
}

func validateDescCondition(c *DescCondition, subject, field string, bad func(string, string, ...any)) {
	tests := 0
	for _, re := range []struct{ name, value string }{{"matches", c.Matches}, {"not_matches", c.NotMatches}, {"raw_matches", c.RawMatches}} {
		if re.value == "" {
			continue
		}
		tests++
		if err := boundedRegexp(re.value); err != nil {
			bad(field+"."+re.name, "%v", err)
		}
	}
	if c.RawMatches != "" && subject != "text" {
		bad(field+".raw_matches", "only for text subjects")
	}
	if c.Phrases != nil {
		tests++
		if subject != "text" {
			bad(field+".phrases", "only for text subjects")
		}
		for name, pats := range c.Phrases.Families {
			if strings.HasPrefix(name, "$") {
				bad(field+".phrases.families", "%q: names starting with $ are built in", name)
			}
			if len(pats) == 0 {
				bad(field+".phrases.families."+name, "empty family")
			}
			for _, pat := range pats {
				if err := boundedRegexp(pat); err != nil {
					bad(field+".phrases.families."+name, "%v", err)
				}
			}
		}
		known := func(f string) bool {
			_, ok := c.Phrases.Families[f]
			return ok || f == "$tool_names"
		}
		if len(c.Phrases.Fire) == 0 {
			bad(field+".phrases.fire", "required: when the phrases fire")
		}
		for k, fc := range c.Phrases.Fire {
			ff := fmt.Sprintf("%s.phrases.fire[%d]", field, k)
			switch {
			case fc.Family != "" && len(fc.Near) == 0:
				if !known(fc.Family) {
					bad(ff+".family", "unknown family %q", fc.Family)
				}
				if fc.Within != 0 {
					bad(ff+".within", "only with near")
				}
			case fc.Family == "" && len(fc.Near) == 2:
				for _, f := range fc.Near {
					if !known(f) {
						bad(ff+".near", "unknown family %q", f)
					}
				}
				if fc.Within <= 0 || fc.Within > 1000 {
					bad(ff+".within", "required: a distance in characters, 1 to 1000")
				}
				if fc.Distinct != 0 {
					bad(ff+".distinct", "only with family")
				}
			default:
				bad(ff, "a clause has either family (and optionally distinct) or near with two families and within")
			}
		}
	}
	if c.MinTokens != 0 {
		tests++
		if c.MinTokens < 0 {
			bad(field+".min_tokens", "must be positive")
		}
		if subject != "text" {
			bad(field+".min_tokens", "only for text subjects")
		}
	}
	if c.Matcher != "" {
		tests++
		if _, ok := DescMatchers[c.Matcher]; !ok {
			bad(field+".matcher", "unknown matcher %q (see docs/writing-rules.md)", c.Matcher)
		}
		if (c.Matcher == "shadowing" || c.Matcher == "duplicate-name") && subject != "tool" {
			bad(field+".matcher", "%s applies to tool subjects", c.Matcher)
		}
		if (c.Matcher == "invisible" || c.Matcher == "mixed-script") && subject != "text" {
			bad(field+".matcher", "%s applies to text subjects", c.Matcher)
		}
	}
	if c.Annotation != nil {
		tests++
		if subject != "tool" {
			bad(field+".annotation", "only for tool subjects")
		}
		if c.Annotation.Name == "" {
			bad(field+".annotation.name", "required")
		}
		switch c.Annotation.Is {
		case "true", "false", "present", "absent":
		default:
			bad(field+".annotation.is", "one of true, false, present, absent")
		}
	}
	if c.SchemaOpen != nil {
		tests++
		if subject != "tool" {
			bad(field+".schema_open", "only for tool subjects")
		}
	}
	if len(c.Type) > 0 {
		tests++
		if subject != "param" {
			bad(field+".type", "only for param subjects")
		}
		for _, t := range c.Type {
			if !jsonTypes[t] {
				bad(field+".type", "%q is not a JSON type (string, integer, number, boolean, array, object) or any", t)
			}
		}
	}
	if c.Constrained != nil {
		tests++
		if subject != "param" {
			bad(field+".constrained", "only for param subjects")
		}
	}
	if c.Not != nil {
		tests++
		validateDescCondition(c.Not, subject, field+".not", bad)
	}
	if len(c.Any) > 0 {
		tests++
		for k := range c.Any {
			validateDescCondition(&c.Any[k], subject, fmt.Sprintf("%s.any[%d]", field, k), bad)
		}
	}
	switch {
	case tests == 0:
		bad(field, "a condition needs one test: matches, not_matches, raw_matches, phrases, min_tokens, matcher, annotation, schema_open, type, constrained, not or any")
	case tests > 1:
		bad(field, "a condition holds exactly one test; split it into several conditions")
	}
}
