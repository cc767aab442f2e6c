package ruletest

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/deps"
	"github.com/mcpsafe/mcpsafe/internal/document"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Fixtures of non-source inputs.
//
// A document fixture is a file beside the rule named after the file it
// stands for: MCP-621.package.json is read as package.json,
// MCP-208.nonroot.Dockerfile as nonroot.Dockerfile, MCP-210.env as .env
// (MCP-210.example.env as .env.example). YAML fixtures end in
// .fixture.yaml or .fixture.yml (MCP-240.ci.fixture.yml is ci.yml) so
// that they are not read as rules. A first line "# as: PATH" (or an
// "as: PATH" line in the sidecar) names the path when the name cannot:
// .cursor/mcp.json, .github/workflows/ci.yml.
//
// Formats with # comments (YAML, TOML, Dockerfile, .env, requirements,
// yarn.lock) carry annotations inline, as source fixtures do. JSON
// fixtures carry none: a sidecar <fixture>.expect lists them, one per line:
//
//	as: .cursor/mcp.json            (optional)
//	ruleid: MCP-545 @ 7 -- why
//	ok: MCP-545 @ 12
//
// A folder <ID>.<variant>/ is a project fixture: every file in it is
// scanned together (manifests with their lockfiles), each annotated like a
// single fixture, with paths relative to the folder.

var (
	sidecarLine = regexp.MustCompile(`^\s*(ruleid|ok|todoruleid|todook)\s*:\s*([A-Za-z][A-Za-z0-9_-]*)\s*@\s*([0-9]+)\s*(?:--.*)?$`)
	asLine      = regexp.MustCompile(`^\s*as\s*:\s*(\S+)\s*$`)
	asComment   = regexp.MustCompile(`^\s*(?:#|//)\s*as\s*:\s*(\S+)\s*$`)
)

// docFixture is one non-source fixture file.
type docFixture struct {
	name string // shown in problems
	as   string // the path it stands for
	data []byte
	kind document.Kind
	exps []expectation
}

// asPath derives the path a fixture stands for from its name.
func asPath(name, id string) string {
	base := strings.TrimPrefix(name, id+".")
	base = strings.Replace(base, ".fixture.yaml", ".yaml", 1)
	base = strings.Replace(base, ".fixture.yml", ".yml", 1)
	switch {
	case base == "env":
		return ".env"
	case strings.HasSuffix(base, ".env"):
		return ".env." + strings.TrimSuffix(base, ".env")
	}
	return base
}

// commentPrefixes returns the line-comment markers of a document format.
func commentPrefixes(f document.Format) []string {
	switch f {
	case document.JSON:
		return []string{"//"}
	case document.Text:
		return []string{"#", "//"}
	}
	return []string{"#"}
}

// readDocFixture reads a document fixture and its expectations.
func readDocFixture(cat *catalog.Catalog, r *catalog.Rule, fsys fs.FS, p, display, relAs string, inFolder bool) (*docFixture, []Problem) {
	var problems []Problem
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, []Problem{{Rule: r.ID, File: display, Msg: err.Error()}}
	}
	fx := &docFixture{name: display, as: relAs, data: data}
	if !inFolder {
		fx.as = asPath(path.Base(p), r.ID)
	}
	// "# as: PATH" on the first line.
	if first, _, _ := strings.Cut(string(data), "\n"); asComment.MatchString(first) {
		fx.as = asComment.FindStringSubmatch(first)[1]
	}
	sidecar, serr := fs.ReadFile(fsys, p+".expect")
	hasSidecar := serr == nil
	if hasSidecar {
		exps, as, probs := readSidecar(cat, r, display, string(sidecar), strings.Count(string(data), "\n")+1)
		problems = append(problems, probs...)
		fx.exps = exps
		if as != "" {
			fx.as = as
		}
	}
	fx.kind = document.Classify(fx.as, data)
	if fx.kind == "" {
		problems = append(problems, Problem{Rule: r.ID, File: display,
			Msg: fmt.Sprintf("not a source file and not a document mcpsafe reads as %q: name the fixture after the file it stands for, or give the path on a first line \"# as: PATH\" or in its .expect sidecar", fx.as)})
		return nil, problems
	}
	format := document.FormatOf(fx.kind, fx.as)
	if !hasSidecar {
		if format == document.JSON {
			problems = append(problems, Problem{Rule: r.ID, File: display, Msg: "a JSON fixture needs a sidecar " + path.Base(p) + ".expect listing its ruleid:/ok: lines (JSON has no comments)"})
			return nil, problems
		}
		exps, probs := annotationsWith(cat, r, display, data, commentPrefixes(format))
		problems = append(problems, probs...)
		fx.exps = exps
	}
	return fx, problems
}

// readSidecar parses an .expect file.
func readSidecar(cat *catalog.Catalog, r *catalog.Rule, display, text string, lines int) ([]expectation, string, []Problem) {
	var exps []expectation
	var problems []Problem
	as := ""
	for i, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if m := asLine.FindStringSubmatch(t); m != nil {
			as = m[1]
			continue
		}
		m := sidecarLine.FindStringSubmatch(t)
		if m == nil {
			problems = append(problems, Problem{Rule: r.ID, File: display + ".expect", Line: i + 1, Msg: "not an expectation: want \"ruleid|ok|todoruleid|todook: ID @ LINE\" or \"as: PATH\""})
			continue
		}
		if cat.Lookup(m[2]) == nil {
			problems = append(problems, Problem{Rule: r.ID, File: display + ".expect", Line: i + 1, Msg: "names unknown rule " + m[2]})
			continue
		}
		if !strings.EqualFold(m[2], r.ID) {
			continue
		}
		n, _ := strconv.Atoi(m[3])
		if n < 1 || n > lines {
			problems = append(problems, Problem{Rule: r.ID, File: display + ".expect", Line: i + 1, Msg: fmt.Sprintf("line %d is not in the fixture (%d lines)", n, lines)})
			continue
		}
		exps = append(exps, expectation{kind: m[1], line: n, at: n})
	}
	return exps, as, problems
}

// annotationsWith reads inline annotations with the given comment
// markers; each applies to the next line that is not a comment.
func annotationsWith(cat *catalog.Catalog, r *catalog.Rule, name string, data []byte, prefixes []string) ([]expectation, []Problem) {
	isComment := func(s string) bool {
		t := strings.TrimSpace(s)
		for _, p := range prefixes {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
		return false
	}
	return readAnnotations(cat, r, name, data, isComment, true, "annotation is not followed by a line")
}

// scanDocs scans document fixtures as one project (a single fixture, or
// a folder) and returns the rule's reported lines per file.
func scanDocs(w *workers, r *catalog.Rule, docs []*docFixture) (map[string]map[int]bool, []Problem) {
	out := map[string]map[int]bool{}
	var problems []Problem
	present := map[string]bool{}
	for _, d := range docs {
		present[d.as] = true
	}
	var depResults []*deps.Result
	lines := map[string]*document.Lines{}
	nosem := map[string][]engine.Nosem{}
	var all []finding.Finding
	for _, d := range docs {
		res := w.eng.ScanDocument(engine.DocInput{Path: d.as, Src: d.data, Kind: d.kind})
		all = append(all, res.Findings...)
		for _, diag := range res.Diagnostics {
			if strings.HasPrefix(diag.Message, "document not read") {
				problems = append(problems, Problem{Rule: r.ID, File: d.name, Line: diag.Line, Msg: diag.Message})
			}
		}
		if res.Deps != nil {
			depResults = append(depResults, res.Deps)
			lines[d.as] = res.Lines
			nosem[d.as] = res.Nosem
		}
	}
	f, _, _ := w.eng.ScanDependencies(engine.Dependencies{Results: depResults, Lines: lines, Nosem: nosem,
		Exists: func(p string) bool { return present[path.Clean(p)] }})
	all = append(all, f...)
	for _, fd := range all {
		if !strings.EqualFold(fd.RuleID, r.ID) {
			continue
		}
		if out[fd.File] == nil {
			out[fd.File] = map[int]bool{}
		}
		out[fd.File][fd.Line] = true
	}
	return out, problems
}

// checkDocFixture checks one document fixture file.
func checkDocFixture(cat *catalog.Catalog, w *workers, r *catalog.Rule, fsys fs.FS, p string) ([]Problem, int, int, string) {
	fx, problems := readDocFixture(cat, r, fsys, p, p, "", false)
	if fx == nil {
		return problems, 0, 0, ""
	}
	reported, probs := scanDocs(w, r, []*docFixture{fx})
	problems = append(problems, probs...)
	problems = append(problems, compare(r, fx.name, fx.exps, reported[fx.as], "", false)...)
	fire, quiet := count(fx.exps)
	return problems, fire, quiet, document.Kinds[fx.kind]
}

func count(exps []expectation) (int, int) {
	fire, quiet := 0, 0
	for _, e := range exps {
		switch e.kind {
		case "ruleid":
			fire++
		case "ok":
			quiet++
		}
	}
	return fire, quiet
}

// folderResult counts a project fixture's expectations per language.
type folderResult struct {
	code        string
	fire, quiet int
}

// checkFolder checks a project fixture: every file in the folder is
// scanned as one project.
func checkFolder(cat *catalog.Catalog, w *workers, r *catalog.Rule, fsys fs.FS, dir string) ([]Problem, []folderResult) {
	var problems []Problem
	var docs []*docFixture
	var results []folderResult
	type src struct {
		rel  string
		l    *lang.Language
		data []byte
		exps []expectation
	}
	var sources []src
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".expect") {
			return err
		}
		rel := strings.TrimPrefix(p, dir+"/")
		if l := lang.Detect(rel); l != nil {
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			exps, probs := annotations(cat, r, p, l, data)
			problems = append(problems, probs...)
			sources = append(sources, src{rel: rel, l: l, data: data, exps: exps})
			return nil
		}
		fx, probs := readDocFixture(cat, r, fsys, p, p, rel, true)
		problems = append(problems, probs...)
		if fx != nil {
			docs = append(docs, fx)
		}
		return nil
	})
	if err != nil {
		return append(problems, Problem{Rule: r.ID, File: dir, Msg: err.Error()}), nil
	}
	reported, probs := scanDocs(w, r, docs)
	problems = append(problems, probs...)
	for _, d := range docs {
		problems = append(problems, compare(r, d.name, d.exps, reported[d.as], "", false)...)
		fire, quiet := count(d.exps)
		results = append(results, folderResult{code: document.Kinds[d.kind], fire: fire, quiet: quiet})
	}
	// Deep mode sees the folder as one project: its modules are analysed
	// together, so a flow through a helper in another file is followed.
	taint := r.Taint != nil && w.deep != nil
	deepGot := map[string]map[int]bool{}
	if taint || (hasDeepPatterns(r) && w.deep != nil) {
		var mods []*ir.Module
		nosem := map[string][]engine.Nosem{}
		var found []finding.Finding
		for _, s := range sources {
			res := w.deep.ScanFile(engine.FileInput{Path: s.rel, Lang: s.l, Src: s.data, ProjectMayBeMCP: true})
			found = append(found, engine.KeepSatisfied(res.Findings, res.Facts)...)
			if res.Module != nil {
				mods = append(mods, res.Module)
				nosem[s.rel] = res.Nosem
			}
		}
		if len(mods) > 0 {
			df, _, _ := w.deepEng.AnalyzeProject(mods, nosem)
			found = append(found, df...)
		}
		for _, f := range found {
			if !strings.EqualFold(f.RuleID, r.ID) {
				continue
			}
			if deepGot[f.File] == nil {
				deepGot[f.File] = map[int]bool{}
			}
			deepGot[f.File][f.Line] = true
		}
	}
	for _, s := range sources {
		res := w.fast.ScanFile(engine.FileInput{Path: s.rel, Lang: s.l, Src: s.data, ProjectMayBeMCP: true})
		got := map[int]bool{}
		for _, f := range engine.KeepSatisfied(res.Findings, res.Facts) {
			if strings.EqualFold(f.RuleID, r.ID) {
				got[f.Line] = true
			}
		}
		name := dir + "/" + s.rel
		switch {
		case taint:
			// As for single fixtures: the annotations describe deep mode,
			// and fast mode may find fewer but nothing else.
			problems = append(problems, compare(r, name, s.exps, deepGot[s.rel], "", false)...)
			problems = append(problems, compare(r, name, s.exps, got, "in fast mode ", true)...)
		default:
			problems = append(problems, compare(r, name, s.exps, got, "", false)...)
			if hasDeepPatterns(r) && w.deep != nil {
				problems = append(problems, compare(r, name, s.exps, deepGot[s.rel], "in deep mode ", false)...)
			}
		}
		fire, quiet := count(s.exps)
		results = append(results, folderResult{code: s.l.Code, fire: fire, quiet: quiet})
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].code < results[j].code })
	return problems, results
}

// checkDocExample checks a documentation example of a non-source
// language. It names its path on a first "# as: PATH" or "// as: PATH"
// line (description examples default to tools.json).
func checkDocExample(cat *catalog.Catalog, w *workers, r *catalog.Rule, name, code, text string) ([]Problem, int, int) {
	data := []byte(text)
	as := ""
	if first, _, _ := strings.Cut(text, "\n"); asComment.MatchString(first) {
		as = asComment.FindStringSubmatch(first)[1]
	} else if code == "description" {
		as = "tools.json"
	}
	if as == "" {
		return []Problem{{Rule: r.ID, File: name, Msg: "an example of " + code + " input needs a first line \"# as: PATH\" (or \"// as: PATH\") naming the file it stands for"}}, 0, 0
	}
	kind := document.Classify(as, data)
	if kind == "" || document.Kinds[kind] != code {
		return []Problem{{Rule: r.ID, File: name, Msg: fmt.Sprintf("%s is not %s input mcpsafe reads", as, code)}}, 0, 0
	}
	exps, problems := annotationsWith(cat, r, name, data, commentPrefixes(document.FormatOf(kind, as)))
	fx := &docFixture{name: name, as: as, data: data, kind: kind, exps: exps}
	reported, probs := scanDocs(w, r, []*docFixture{fx})
	problems = append(problems, probs...)
	problems = append(problems, compare(r, name, exps, reported[as], "", false)...)
	fire, quiet := count(exps)
	return problems, fire, quiet
}

// isRuleFile reports whether a file beside a rule is a rule file (not a
// fixture).
func isRuleFile(name string) bool {
	return (strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) && !catalog.IsFixtureYAML(name)
}

type fixtureEntry struct {
	fs.DirEntry
	fsys fs.FS
	dir  string
}

// fixtureEntries lists the files beside every file of a rule.
func fixtureEntries(cat *catalog.Catalog, id string) ([]fixtureEntry, error) {
	var out []fixtureEntry
	for _, fd := range cat.FixtureDirs(id) {
		es, err := fs.ReadDir(fd.FS, fd.Dir)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			out = append(out, fixtureEntry{DirEntry: e, fsys: fd.FS, dir: fd.Dir})
		}
	}
	return out, nil
}

// checkOtherFixture checks a project fixture (a folder) or a document
// fixture; rule files and sidecars are skipped.
func checkOtherFixture(cat *catalog.Catalog, w *workers, r *catalog.Rule, st *Stats, fsys fs.FS, dir string, e fs.DirEntry,
	tally func(code string, fire, quiet int)) []Problem {
	name := e.Name()
	p := path.Join(dir, name)
	switch {
	case e.IsDir():
		st.Fixtures++
		probs, results := checkFolder(cat, w, r, fsys, p)
		for _, fr := range results {
			tally(fr.code, fr.fire, fr.quiet)
		}
		return probs
	case isRuleFile(name) || strings.HasSuffix(name, ".expect"):
		return nil
	}
	st.Fixtures++
	probs, fire, quiet, code := checkDocFixture(cat, w, r, fsys, p)
	if code != "" {
		tally(code, fire, quiet)
		if fire+quiet == 0 {
			probs = append(probs, Problem{Rule: r.ID, File: p, Msg: "fixture has no ruleid: or ok: annotation for this rule"})
		}
	}
	return probs
}
