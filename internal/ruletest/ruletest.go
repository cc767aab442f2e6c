// Package ruletest checks rules against their fixtures and documented
// examples, in the manner of Semgrep's and x/tools' annotation tests.
//
// A fixture is a source file beside the rule file, named <ID>.<ext> or
// <ID>.<variant>.<ext>. A comment line "ruleid: <ID>" marks the next code
// line as one that must be reported; "ok: <ID>" marks one that must not.
// "todoruleid: <ID>" documents a known miss (must not be reported yet) and
// "todook: <ID>" a known false positive (must be reported for now). Any
// finding of the rule on a line without ruleid/todook, and any ruleid line
// without a finding, is a failure. Every source language a rule lists
// needs a fixture with at least one must-fire and one must-not-fire line.
package ruletest

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Problem is one failed expectation.
type Problem struct {
	Rule string
	// File is the fixture path, or "<rule file> vulnerable_example[py]".
	File string
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Rule, p.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Rule, p.Msg)
}

// Stats counts what was checked.
type Stats struct {
	Rules, Fixtures, Examples, MustFire, MustNotFire int
}

// annotation matches "# ruleid: MCP-279", "// ok: MCP-279, MCP-002 -- why",
// "/* todook: MCP-279 */"; text after the IDs explains the case.
var annotation = regexp.MustCompile(`^\s*(?:#|//|/\*)\s*(ruleid|ok|todoruleid|todook|deepok)\s*:\s*([A-Za-z][A-Za-z0-9_-]*(?:\s*,\s*[A-Za-z][A-Za-z0-9_-]*)*)(?:\s.*)?$`)

type expectation struct {
	kind string // ruleid, ok, todoruleid, todook
	line int    // annotated line
	at   int    // line of the annotation itself
}

// Check runs the rules with the given IDs (all non-deprecated rules when
// ids is empty) on their fixtures and examples. The engine must have been
// compiled from the same catalog.
//
// deep is a deep-mode engine compiled from the same catalog; rules with a
// taint section are checked with it (each sample a one-file project), and
// their fast-mode findings (flows within one function) must be a subset of
// the expected ones. deep may be nil when no rule has a taint section.
func Check(cat *catalog.Catalog, eng, deep *engine.Engine, ids []string) ([]Problem, Stats) {
	var problems []Problem
	var st Stats
	want := map[string]bool{}
	for _, id := range ids {
		want[strings.ToUpper(id)] = true
	}
	w := &workers{fast: eng.NewWorker(), deepEng: deep, eng: eng}
	defer w.fast.Close()
	if deep != nil {
		w.deep = deep.NewWorker()
		defer w.deep.Close()
	}
	for _, r := range cat.Rules {
		if r.Deprecated || (len(want) > 0 && !want[strings.ToUpper(r.ID)]) {
			continue
		}
		st.Rules++
		problems = append(problems, checkFixtures(cat, w, r, &st)...)
		problems = append(problems, checkExamples(cat, w, r, &st)...)
	}
	sort.SliceStable(problems, func(i, j int) bool {
		if problems[i].File != problems[j].File {
			return problems[i].File < problems[j].File
		}
		return problems[i].Line < problems[j].Line
	})
	return problems, st
}

func checkFixtures(cat *catalog.Catalog, w *workers, r *catalog.Rule, st *Stats) []Problem {
	var problems []Problem
	// A rule split into parts has fixtures beside each of its files.
	entries, err := fixtureEntries(cat, r.ID)
	if err != nil {
		return []Problem{{Rule: r.ID, File: r.Path, Msg: "cannot list fixtures: " + err.Error()}}
	}
	type perLang struct{ fixtures, fire, quiet int }
	byCode := map[string]*perLang{}
	tally := func(code string, fire, quiet int) {
		pl := byCode[code]
		if pl == nil {
			pl = &perLang{}
			byCode[code] = pl
		}
		pl.fixtures++
		pl.fire += fire
		pl.quiet += quiet
		st.MustFire += fire
		st.MustNotFire += quiet
	}
	for _, fe := range entries {
		e, fsys, dir := fe.DirEntry, fe.fsys, fe.dir
		name := e.Name()
		if !strings.HasPrefix(name, r.ID+".") {
			continue
		}
		if e.IsDir() || isRuleFile(name) || strings.HasSuffix(name, ".expect") || lang.Detect(name) == nil {
			// Project and document fixtures (documents.go).
			problems = append(problems, checkOtherFixture(cat, w, r, st, fsys, dir, e, tally)...)
			continue
		}
		l := lang.Detect(name)
		p := path.Join(dir, name)
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			problems = append(problems, Problem{Rule: r.ID, File: p, Msg: err.Error()})
			continue
		}
		st.Fixtures++
		if l.Code == "go" && !strings.HasPrefix(string(data), "//go:build ignore") {
			problems = append(problems, Problem{Rule: r.ID, File: p, Line: 1,
				Msg: "a Go fixture must start with //go:build ignore, so that the go tool does not compile it"})
		}
		pl := byCode[l.Code]
		if pl == nil {
			pl = &perLang{}
			byCode[l.Code] = pl
		}
		pl.fixtures++
		probs, fire, quiet := checkSample(cat, w, r, p, l, data)
		problems = append(problems, probs...)
		pl.fire += fire
		pl.quiet += quiet
		st.MustFire += fire
		st.MustNotFire += quiet
		if fire+quiet == 0 {
			problems = append(problems, Problem{Rule: r.ID, File: p, Msg: "fixture has no ruleid: or ok: annotation for this rule"})
		}
	}
	for _, code := range r.Languages {
		if !lang.ValidCode(code) && code != "manifest" && code != "config" && code != "description" {
			continue
		}
		pl := byCode[code]
		switch {
		case pl == nil:
			problems = append(problems, Problem{Rule: r.ID, File: r.Path, Msg: fmt.Sprintf("no fixture for language %s (want %s.%s beside the rule file)", code, r.ID, fixtureExt(code))})
		case pl.fire == 0:
			problems = append(problems, Problem{Rule: r.ID, File: r.Path, Msg: fmt.Sprintf("the %s fixtures have no must-fire (ruleid:) line", code)})
		case pl.quiet == 0:
			problems = append(problems, Problem{Rule: r.ID, File: r.Path, Msg: fmt.Sprintf("the %s fixtures have no must-not-fire (ok:) line", code)})
		}
	}
	return problems
}

func fixtureExt(code string) string {
	switch code { // documents.go
	case "manifest":
		return "<file>, e.g. MCP-NNN.Dockerfile, MCP-NNN.package.json (with a .expect sidecar)"
	case "config":
		return "<file>, e.g. MCP-NNN.env, MCP-NNN.mcp.json (with a .expect sidecar)"
	case "description":
		return "tools.json, a tools/list document with a .expect sidecar"
	}
	if ls := lang.ByCode(code); len(ls) > 0 {
		return strings.TrimPrefix(ls[0].Extensions[0], ".")
	}
	return code
}

func checkExamples(cat *catalog.Catalog, w *workers, r *catalog.Rule, st *Stats) []Problem {
	var problems []Problem
	for _, set := range []struct {
		field      string
		examples   map[string]string
		vulnerable bool
	}{{"vulnerable_example", r.VulnerableExample, true}, {"secure_example", r.SecureExample, false}} {
		codes := make([]string, 0, len(set.examples))
		for c := range set.examples {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, code := range codes {
			ls := lang.ByCode(code)
			name := fmt.Sprintf("%s %s[%s]", r.Path, set.field, code)
			var probs []Problem
			var fire, quiet int
			switch {
			case len(ls) > 0:
				st.Examples++
				probs, fire, quiet = checkSample(cat, w, r, name, ls[0], []byte(set.examples[code]))
			case code == "manifest" || code == "config" || code == "description":
				st.Examples++ // documents.go
				probs, fire, quiet = checkDocExample(cat, w, r, name, code, set.examples[code])
			default:
				continue
			}
			problems = append(problems, probs...)
			if set.vulnerable && fire == 0 {
				problems = append(problems, Problem{Rule: r.ID, File: name, Msg: "a vulnerable example needs a ruleid: annotation on the line that must be reported"})
			}
			if !set.vulnerable && fire > 0 {
				problems = append(problems, Problem{Rule: r.ID, File: name, Msg: "a secure example must not contain ruleid: annotations"})
			}
			if !set.vulnerable && quiet == 0 {
				problems = append(problems, Problem{Rule: r.ID, File: name, Msg: "a secure example needs an ok: annotation on the line the rule must not report"})
			}
		}
	}
	return problems
}

// checkSample scans one sample as a one-file project and compares the
// rule's findings with the annotations. It returns the problems and the
// counts of must-fire and must-not-fire lines.
func checkSample(cat *catalog.Catalog, w *workers, r *catalog.Rule, name string, l *lang.Language, data []byte) ([]Problem, int, int) {
	var problems []Problem
	exps, aprobs := annotations(cat, r, name, l, data)
	problems = append(problems, aprobs...)

	in := engine.FileInput{Path: name, Lang: l, Src: data, ProjectMayBeMCP: true}
	res := w.fast.ScanFile(in)
	isMCP := len(res.Evidence) > 0
	lines := func(fs []finding.Finding, facts []bool) map[int]bool {
		out := map[int]bool{}
		// The sample is a project of one file: its facts are the project's.
		for _, f := range engine.KeepSatisfied(fs, facts) {
			if !strings.EqualFold(f.RuleID, r.ID) {
				continue
			}
			if r.Gate == catalog.GateMCPProject && !isMCP {
				continue
			}
			out[f.Line] = true
		}
		return out
	}
	fire, quiet := 0, 0
	for _, e := range exps {
		switch e.kind {
		case "ruleid":
			fire++
		case "ok":
			quiet++
		}
	}
	fast := lines(res.Findings, res.Facts)
	if r.Taint != nil && w.deep != nil {
		// Taint rules: the annotations describe deep mode; fast mode, which
		// only follows flows within one function, may find fewer.
		deep := w.deepFindings(in, name, lines)
		problems = append(problems, compare(r, name, exps, deep, "", false)...)
		problems = append(problems, compare(r, name, exps, fast, "in fast mode ", true)...)
		return problems, fire, quiet
	}
	problems = append(problems, compare(r, name, exps, fast, "", false)...)
	if hasDeepPatterns(r) && w.deep != nil {
		deep := w.deepFindings(in, name, lines)
		problems = append(problems, compare(r, name, exps, deep, "in deep mode ", false)...)
	}
	return problems, fire, quiet
}

func hasDeepPatterns(r *catalog.Rule) bool {
	for _, p := range r.Patterns {
		for _, m := range p.Modes {
			if m == catalog.ScanDeep {
				return true
			}
		}
	}
	return false
}

// deepFindings scans a sample in deep mode as a one-file project.
func (w *workers) deepFindings(in engine.FileInput, name string, lines func([]finding.Finding, []bool) map[int]bool) map[int]bool {
	dres := w.deep.ScanFile(in)
	found := dres.Findings
	if dres.Module != nil {
		df, _, _ := w.deepEng.AnalyzeProject([]*ir.Module{dres.Module}, map[string][]engine.Nosem{name: dres.Nosem})
		found = append(found, df...)
	}
	return lines(found, dres.Facts)
}

// compare checks reported lines against the annotations. mode prefixes
// messages. subset allows ruleid lines to be missing (fast mode of a
// taint rule) but still forbids unexpected findings.
//
// deepok lines are known false positives of fast mode that deep mode
// resolves: they must be reported in fast mode and not in deep mode.
func compare(r *catalog.Rule, name string, exps []expectation, reported map[int]bool, mode string, subset bool) []Problem {
	var problems []Problem
	deep := mode == "in deep mode " || (mode == "" && r.Taint != nil)
	expectFire := map[int]bool{}
	for _, e := range exps {
		switch e.kind {
		case "ruleid", "todook":
			expectFire[e.line] = true
		case "deepok":
			if !deep {
				expectFire[e.line] = true
			}
		}
	}
	for _, e := range exps {
		switch e.kind {
		case "ruleid":
			if !subset && !reported[e.line] {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: e.line, Msg: fmt.Sprintf("%smust be reported (ruleid: on line %d) but was not", mode, e.at)})
			}
		case "todook":
			if !subset && !reported[e.line] {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: e.line, Msg: fmt.Sprintf("%smarked as a known false positive (todook: on line %d) but is no longer reported: change it to ok:", mode, e.at)})
			}
		case "deepok":
			if !deep && !subset && !reported[e.line] {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: e.line, Msg: fmt.Sprintf("%smarked as a fast-mode false positive (deepok: on line %d) but is not reported in fast mode: change it to ok:", mode, e.at)})
			}
		case "todoruleid":
			if reported[e.line] {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: e.line, Msg: fmt.Sprintf("%smarked as a known miss (todoruleid: on line %d) but is now reported: change it to ruleid:", mode, e.at)})
			}
		}
	}
	var repLines []int
	for ln := range reported {
		repLines = append(repLines, ln)
	}
	sort.Ints(repLines)
	for _, ln := range repLines {
		if expectFire[ln] {
			continue
		}
		msg := mode + "reported but not expected (no ruleid: annotation on the line above)"
		for _, e := range exps {
			if e.line == ln && (e.kind == "ok" || e.kind == "deepok") {
				msg = fmt.Sprintf("%sreported on a line marked %s: (line %d)", mode, e.kind, e.at)
			}
		}
		problems = append(problems, Problem{Rule: r.ID, File: name, Line: ln, Msg: msg})
	}
	return problems
}

// annotations reads the expectations for rule r from a sample. Each
// annotation applies to the next line that is not a comment-only line, so
// that a nosem comment can sit between an annotation and its code line.
func annotations(cat *catalog.Catalog, r *catalog.Rule, name string, l *lang.Language, data []byte) ([]expectation, []Problem) {
	return readAnnotations(cat, r, name, data, func(s string) bool { return commentOnly(s, l) }, false, "annotation is not followed by a code line")
}

// readAnnotations reads the expectations for rule r from a sample: each
// annotation applies to the next line isComment rejects. With
// onCommentLine, an annotation counts only on a comment line.
func readAnnotations(cat *catalog.Catalog, r *catalog.Rule, name string, data []byte, isComment func(string) bool, onCommentLine bool, noTarget string) ([]expectation, []Problem) {
	var exps []expectation
	var problems []Problem
	lines := strings.Split(string(data), "\n")
	for i, text := range lines {
		m := annotation.FindStringSubmatch(text)
		if m == nil || (onCommentLine && !isComment(text)) {
			continue
		}
		target := 0
		for j := i + 1; j < len(lines); j++ {
			if !isComment(lines[j]) {
				target = j + 1
				break
			}
		}
		for _, id := range strings.Split(m[2], ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if cat.Lookup(id) == nil {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: i + 1, Msg: fmt.Sprintf("annotation names unknown rule %s", id)})
				continue
			}
			if !strings.EqualFold(id, r.ID) {
				continue
			}
			if target == 0 {
				problems = append(problems, Problem{Rule: r.ID, File: name, Line: i + 1, Msg: noTarget})
				continue
			}
			exps = append(exps, expectation{kind: m[1], line: target, at: i + 1})
		}
	}
	return exps, problems
}

func commentOnly(line string, l *lang.Language) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	if strings.HasPrefix(t, l.LineComment) {
		return true
	}
	// Block comments, and the "*" continuation lines of doc comments.
	return l.LineComment == "//" && (strings.HasPrefix(t, "/*") || strings.HasPrefix(t, "*"))
}

// StripAnnotations removes annotation comment lines from an example, for
// showing it to people.
func StripAnnotations(code string) string {
	var out []string
	for i, line := range strings.Split(code, "\n") {
		if annotation.MatchString(line) || (i == 0 && asComment.MatchString(line)) {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// workers are the engines a sample is checked with.
type workers struct {
	eng     *engine.Engine
	fast    *engine.Worker
	deep    *engine.Worker
	deepEng *engine.Engine
}
