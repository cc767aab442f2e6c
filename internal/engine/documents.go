package engine

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/advisory"
	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/configs"
	"github.com/mcpsafe/mcpsafe/internal/deps"
	"github.com/mcpsafe/mcpsafe/internal/document"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/recache"
	"github.com/mcpsafe/mcpsafe/internal/secrets"
	"github.com/mcpsafe/mcpsafe/internal/toolmodel"
	"github.com/mcpsafe/mcpsafe/internal/version"
)

// inputPatterns are the matchers of non-source inputs: document patterns
// (manifests, Dockerfiles, client configurations, …) and description
// patterns (the tool model).
type inputPatterns struct {
	docs []*docPattern
	desc []*descPattern
	// kinds are the document kinds some pattern reads.
	kinds map[document.Kind]bool
}

func (e *Engine) descPatterns() []*descPattern {
	if e.inputs == nil {
		return nil
	}
	return e.inputs.desc
}

func (e *Engine) docPatterns() []*docPattern {
	if e.inputs == nil {
		return nil
	}
	return e.inputs.docs
}

// WantsDocument reports whether some rule reads documents of a kind (or
// its raw tree).
func (e *Engine) WantsDocument(k document.Kind) bool {
	return e.inputs != nil && e.inputs.kinds[k]
}

// compileInputs compiles a rule's document and description patterns.
func (e *Engine) compileInputs(cr *compiledRule) error {
	r := cr.rule
	if len(r.Documents) == 0 && len(r.Descriptions) == 0 {
		return nil
	}
	if e.inputs == nil {
		e.inputs = &inputPatterns{kinds: map[document.Kind]bool{}}
	}
	for i := range r.Documents {
		dp, err := compileDocPattern(cr, &r.Documents[i])
		if err != nil {
			return fmt.Errorf("%s: documents[%d]: %v", r.Path, i, err)
		}
		e.inputs.docs = append(e.inputs.docs, dp)
		for k := range dp.kinds {
			e.inputs.kinds[k] = true
		}
	}
	for i := range r.Descriptions {
		dp, err := compileDescPattern(cr, &r.Descriptions[i])
		if err != nil {
			return fmt.Errorf("%s: descriptions[%d]: %v", r.Path, i, err)
		}
		e.inputs.desc = append(e.inputs.desc, dp)
		e.inputs.kinds[document.KindToolsList] = true
		// The tool model is extracted from every source language.
		for code := range dp.langs {
			for _, l := range lang.ByCode(code) {
				cr.langs[l.ID] = true
				cr.descLangs[l.ID] = true
			}
		}
	}
	return nil
}

type docPattern struct {
	rule      *compiledRule
	spec      *catalog.DocPattern
	kinds     map[document.Kind]bool
	sel       *document.Path
	where     []docCond
	report    *document.Path
	reportKey bool
	message   string
}

type docCondKind int

const (
	docExists docCondKind = iota
	docMatches
	docNotMatches
	docAllMatch
	docKeyMatches
	docPathMatches
	docType
	docMatcher
	docNot
	docAny
	docAll
)

type docCond struct {
	at      *document.Path
	kind    docCondKind
	re      *regexp.Regexp
	want    bool
	typ     string
	matcher string
	sub     []docCond
}

func compileDocPattern(cr *compiledRule, p *catalog.DocPattern) (*docPattern, error) {
	dp := &docPattern{rule: cr, spec: p, kinds: map[document.Kind]bool{}, message: p.Message}
	if dp.message == "" {
		dp.message = cr.rule.Message
	}
	for _, k := range p.Kinds {
		dp.kinds[document.Kind(k)] = true
	}
	var err error
	if dp.sel, err = document.CompilePath(p.Select); err != nil {
		return nil, err
	}
	switch p.Report {
	case "@key":
		dp.reportKey = true
	case "":
	default:
		if dp.report, err = document.CompilePath(p.Report); err != nil {
			return nil, err
		}
	}
	for i := range p.Where {
		c, err := compileDocCond(&p.Where[i])
		if err != nil {
			return nil, fmt.Errorf("where[%d]: %v", i, err)
		}
		dp.where = append(dp.where, c)
	}
	return dp, nil
}

func compileDocCond(c *catalog.DocCondition) (docCond, error) {
	var out docCond
	var err error
	if c.At != "" {
		if out.at, err = document.CompilePath(c.At); err != nil {
			return out, err
		}
	}
	switch {
	case c.Exists != nil:
		out.kind, out.want = docExists, *c.Exists
	case c.Matches != "":
		out.kind = docMatches
		out.re, err = recache.Compile(c.Matches)
	case c.NotMatches != "":
		out.kind = docNotMatches
		out.re, err = recache.Compile(c.NotMatches)
	case c.AllMatch != "":
		out.kind = docAllMatch
		out.re, err = recache.Compile(c.AllMatch)
	case c.KeyMatches != "":
		out.kind = docKeyMatches
		out.re, err = recache.Compile(c.KeyMatches)
	case c.PathMatches != "":
		out.kind = docPathMatches
		out.re, err = recache.Compile(c.PathMatches)
	case c.Type != "":
		out.kind, out.typ = docType, c.Type
	case c.Matcher != "":
		out.kind, out.matcher = docMatcher, c.Matcher
	case c.Not != nil:
		out.kind = docNot
		n, err := compileDocCond(c.Not)
		if err != nil {
			return out, err
		}
		out.sub = []docCond{n}
	case len(c.Any) > 0 || len(c.All) > 0:
		out.kind = docAny
		list := c.Any
		if len(c.All) > 0 {
			out.kind, list = docAll, c.All
		}
		for i := range list {
			s, err := compileDocCond(&list[i])
			if err != nil {
				return out, err
			}
			out.sub = append(out.sub, s)
		}
	default:
		return out, fmt.Errorf("empty condition")
	}
	return out, err
}

// docMatch evaluates conditions on one selected node.
type docMatch struct {
	doc  *document.Doc
	node *document.Node
	vars map[string]string
}

// maxScalars bounds the values one condition reads under a node.
const maxScalars = 10000

func (m *docMatch) targets(c *docCond) []*document.Node {
	if c.at == nil {
		return []*document.Node{m.node}
	}
	return c.at.Select(m.node)
}

func (m *docMatch) eval(c *docCond) bool {
	switch c.kind {
	case docPathMatches:
		return c.re.MatchString(m.doc.Path)
	case docNot:
		return !m.eval(&c.sub[0])
	case docAny:
		for i := range c.sub {
			if m.evalAt(c, &c.sub[i]) {
				return true
			}
		}
		return false
	case docAll:
		for i := range c.sub {
			if !m.evalAt(c, &c.sub[i]) {
				return false
			}
		}
		return true
	}
	nodes := m.targets(c)
	switch c.kind {
	case docExists:
		return (len(nodes) > 0) == c.want
	case docMatches, docNotMatches:
		found := false
		for _, n := range nodes {
			for _, s := range n.Scalars(maxScalars) {
				if c.re.MatchString(s.Value) {
					found = true
					break
				}
			}
		}
		return found == (c.kind == docMatches)
	case docAllMatch:
		count := 0
		for _, n := range nodes {
			for _, s := range n.Scalars(maxScalars) {
				if !c.re.MatchString(s.Value) {
					return false
				}
				count++
			}
		}
		return count > 0
	case docKeyMatches:
		for _, n := range nodes {
			if c.re.MatchString(n.Key) {
				return true
			}
		}
	case docType:
		for _, n := range nodes {
			if n.Type.String() == c.typ {
				return true
			}
		}
	case docMatcher:
		for _, n := range nodes {
			if m.builtin(c.matcher, n) {
				return true
			}
		}
	}
	return false
}

// evalAt evaluates a sub-condition of any/all relative to the group's at.
func (m *docMatch) evalAt(group, c *docCond) bool {
	if group.at == nil {
		return m.eval(c)
	}
	for _, n := range group.at.Select(m.node) {
		sub := &docMatch{doc: m.doc, node: n, vars: m.vars}
		if sub.eval(c) {
			return true
		}
	}
	return false
}

// builtin runs a named document matcher on a node.
func (m *docMatch) builtin(name string, n *document.Node) bool {
	switch name {
	case "secret-provider":
		for _, s := range n.Scalars(100) {
			if s.Type != document.String {
				continue
			}
			if sm, ok := secrets.Provider(s.Value); ok {
				m.vars["secret"] = sm.Name
				return true
			}
		}
	case "high-entropy":
		if n.Type == document.String {
			if sm, ok := secrets.HighEntropy(n.Value); ok {
				m.vars["secret"] = sm.Name
				return true
			}
		}
	case "literal":
		return n.IsScalar() && n.Type != document.Null && secrets.Literal(n.Value)
	case "placeholder":
		return n.IsScalar() && secrets.Placeholder(n.Value)
	case "reference":
		return n.IsScalar() && secrets.Reference(n.Value)
	case "typosquat":
		eco, name := packageOf(n)
		if eco == "" || name == "" {
			return false
		}
		if target, dist, ok := deps.Typosquat(eco, name); ok {
			m.vars["target"] = target
			m.vars["distance"] = fmt.Sprint(dist)
			return true
		}
	case "open-ended":
		return openEnded(n)
	case "remote-http-url":
		if host, ok := remoteHTTP(n.Value); ok && n.IsScalar() {
			m.vars["host"] = host
			return true
		}
	}
	return false
}

// packageOf reads a package node: {ecosystem, name}.
func packageOf(n *document.Node) (string, string) {
	return strings.ToLower(n.Str("ecosystem")), n.Str("name")
}

// openEnded reports a package declared without an upper bound: no version,
// *, latest, or a range such as >=1.2.
func openEnded(n *document.Node) bool {
	if n.Str("version") != "" {
		return false
	}
	eco := strings.ToLower(n.Str("ecosystem"))
	c := strings.TrimSpace(n.Str("constraint"))
	switch strings.ToLower(c) {
	case "", "*", "latest", "x", "any":
		return true
	}
	s := version.For(eco)
	if s == nil {
		return false
	}
	r, err := s.ParseRange(c)
	if err != nil {
		return false
	}
	return r.Unbounded()
}

// remoteHTTP reports an http:// URL to a host that is neither loopback
// nor a single-label (container service) name.
func remoteHTTP(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(strings.ToLower(v), "http://") {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || u.Hostname() == "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "0.0.0.0" {
		return "", false
	}
	if ip := net.ParseIP(host); ip != nil {
		if ip.IsLoopback() || ip.IsUnspecified() {
			return "", false
		}
		return host, true
	}
	if !strings.Contains(host, ".") || strings.Contains(host, "$") || strings.Contains(host, "{") {
		return "", false
	}
	return host, true
}

// DocInput is one non-source file.
type DocInput struct {
	// Path is relative to the target root, with forward slashes.
	Path string
	Src  []byte
	// Kind is the document kind (document.Classify).
	Kind document.Kind
	// WantTools asks for the tool model of tools/list documents and the
	// server inventory of client configurations.
	WantTools bool
}

// DocResult is what scanning one document produced.
type DocResult struct {
	Findings    []finding.Finding
	Suppressed  []finding.Suppressed
	Diagnostics []finding.Diagnostic
	// Deps holds the dependencies of manifests and lockfiles.
	Deps *deps.Result
	// Lines indexes the file, for findings other passes locate in it.
	Lines *document.Lines
	// Nosem are its suppression comments.
	Nosem []Nosem
	// Tools is the model of a tools/list document; Servers the servers of
	// a client configuration.
	Tools   *toolmodel.Model
	Servers []configs.Server
	// Evidence says why the document makes its project MCP context.
	Evidence []mcpctx.Evidence
	// MCPDocument: the document itself is MCP context (a client
	// configuration or a tools/list document).
	MCPDocument bool
}

// ScanDocument runs the document and description rules on one document.
// It is safe for concurrent use.
func (e *Engine) ScanDocument(in DocInput) DocResult {
	var res DocResult
	res.Lines = document.NewLines(in.Src)
	// Manifests and lockfiles are read into dependencies only when a rule
	// reads them (lockfiles can be large).
	if e.WantsDocument(document.KindDependencies) && (deps.Supported(in.Path) || isDepsKind(in.Kind)) {
		name := in.Path
		if !deps.Supported(name) {
			name = depsName(in.Kind)
		}
		if name != "" {
			res.Deps = deps.Parse(name, in.Src)
			if res.Deps != nil {
				res.Deps.File = in.Path
				for i := range res.Deps.Dependencies {
					res.Deps.Dependencies[i].File = in.Path
				}
				for _, d := range res.Deps.Diagnostics {
					d.File = in.Path
					res.Diagnostics = append(res.Diagnostics, d)
				}
			}
		}
	}
	needTree := e.WantsDocument(in.Kind) || in.Kind == document.KindClientConfig || in.Kind == document.KindToolsList ||
		in.Kind == document.KindServerJSON || in.Kind == document.KindSmithery || in.Kind == document.KindDockerfile
	if !needTree {
		res.Nosem = e.docNosem(in.Path, hashCommentsOf(in.Src))
		return res
	}
	doc, err := document.Parse(in.Path, in.Kind, in.Src)
	if err != nil {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: in.Path, Message: "document not read: " + err.Error()})
		return res
	}
	res.Nosem = e.docNosem(in.Path, doc.Comments)
	if doc.Root == nil {
		return res
	}
	var raw []finding.Finding
	switch in.Kind {
	case document.KindClientConfig:
		norm, servers := configs.Normalize(doc)
		doc.Root = norm
		res.Servers = servers
		res.MCPDocument = len(servers) > 0
		if len(servers) > 0 {
			res.Evidence = append(res.Evidence, mcpctx.Evidence{File: in.Path, Line: servers[0].Line,
				Reason: fmt.Sprintf("MCP client configuration (%s) with %d %s", norm.Str("client"), len(servers), plural(len(servers), "server", "servers"))})
		}
	case document.KindToolsList:
		m := toolmodel.FromToolsList(doc)
		res.MCPDocument = !m.Empty()
		if !m.Empty() {
			line := 1
			if len(m.Tools) > 0 {
				line = m.Tools[0].Span.Line
			}
			res.Evidence = append(res.Evidence, mcpctx.Evidence{File: in.Path, Line: line,
				Reason: fmt.Sprintf("tools/list document with %d %s", len(m.Tools), plural(len(m.Tools), "definition", "definitions"))})
		}
		if in.WantTools {
			res.Tools = m
		}
		raw = append(raw, e.describeModel(m, "description", nil, finding.Mode(e.opts.Mode))...)
	case document.KindDockerfile, document.KindWorkflow, document.KindAction:
		configs.EnrichPackages(doc)
		if in.Kind == document.KindDockerfile {
			if l := dockerMCPLabel(doc.Root); l != nil {
				res.Evidence = append(res.Evidence, mcpctx.Evidence{File: in.Path, Line: l.Start.Line, Reason: "Dockerfile labelled io.modelcontextprotocol.server.name"})
			}
		}
	case document.KindServerJSON:
		if doc.Root.Get("remotes") != nil || doc.Root.Get("packages") != nil || strings.Contains(doc.Root.Str("$schema"), "modelcontextprotocol") {
			res.Evidence = append(res.Evidence, mcpctx.Evidence{File: in.Path, Line: 1, Reason: "MCP server manifest (server.json)"})
		}
	case document.KindSmithery:
		res.Evidence = append(res.Evidence, mcpctx.Evidence{File: in.Path, Line: 1, Reason: "MCP server manifest (smithery.yaml)"})
	}
	found, mdiags := e.matchDocument(doc, nil)
	raw = append(raw, found...)
	res.Diagnostics = append(res.Diagnostics, mdiags...)
	raw, sup, diags := e.finishDocument(in.Path, raw, res.Nosem)
	res.Findings, res.Suppressed = raw, sup
	res.Diagnostics = append(res.Diagnostics, diags...)
	return res
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func dockerMCPLabel(root *document.Node) *document.Node {
	st := root.Get("stages")
	if st == nil {
		return nil
	}
	for _, s := range st.Children {
		if l := s.Get("label"); l != nil {
			if v := l.Get("io.modelcontextprotocol.server.name"); v != nil {
				return v
			}
		}
	}
	return nil
}

func isDepsKind(k document.Kind) bool {
	return depsName(k) != ""
}

// depsName gives the file name internal/deps reads a kind under (for
// fixtures and renamed files).
func depsName(k document.Kind) string {
	switch k {
	case document.KindPackageJSON:
		return "package.json"
	case document.KindNPMLock:
		return "package-lock.json"
	case document.KindPnpmLock:
		return "pnpm-lock.yaml"
	case document.KindYarnLock:
		return "yarn.lock"
	case document.KindPyproject:
		return "pyproject.toml"
	case document.KindRequirements:
		return "requirements.txt"
	case document.KindPoetryLock:
		return "poetry.lock"
	case document.KindUVLock:
		return "uv.lock"
	case document.KindPipfile:
		return "Pipfile"
	case document.KindPipfileLock:
		return "Pipfile.lock"
	case document.KindGoMod:
		return "go.mod"
	case document.KindGoSum:
		return "go.sum"
	}
	return ""
}

func hashCommentsOf(src []byte) []document.Comment {
	d, err := document.Parse("x.txt", document.KindRequirements, src)
	if err != nil {
		return nil
	}
	return d.Comments
}

// docNosem reads suppression comments from a document's comments.
func (e *Engine) docNosem(file string, comments []document.Comment) []Nosem {
	var out []Nosem
	for _, c := range comments {
		loc := nosemRe.FindStringSubmatchIndex(c.Text)
		if loc == nil {
			continue
		}
		n := Nosem{Line: c.Line, Alone: c.Alone, Text: strings.TrimSpace(c.Text[loc[0]:loc[1]])}
		if loc[2] >= 0 {
			n.IDs = map[string]bool{}
			for _, id := range strings.Split(c.Text[loc[2]:loc[3]], ",") {
				if id = strings.ToUpper(strings.TrimSpace(id)); id != "" {
					n.IDs[id] = true
				}
			}
		}
		out = append(out, n)
	}
	return out
}

// finishDocument applies precedence and suppression to a document's
// findings.
func (e *Engine) finishDocument(file string, raw []finding.Finding, nosem []Nosem) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	raw = e.applyPrecedence(raw)
	return e.applyNosem(file, raw, nosem)
}

// matchDocument runs the document patterns that read the document's
// kind. lines gives other files' lines for nodes located in them
// (derived documents).
func (e *Engine) matchDocument(doc *document.Doc, lines map[string]*document.Lines) ([]finding.Finding, []finding.Diagnostic) {
	var out []finding.Finding
	var diags []finding.Diagnostic
	seen := map[string]bool{}
	for _, dp := range e.docPatterns() {
		if !dp.kinds[doc.Kind] {
			continue
		}
		for _, n := range dp.sel.Select(doc.Root) {
			m := &docMatch{doc: doc, node: n, vars: map[string]string{}}
			ok := true
			for i := range dp.where {
				if !m.eval(&dp.where[i]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			at := n
			if dp.report != nil {
				if r := dp.report.SelectOne(n); r != nil {
					at = r
				}
			}
			if dp.spec.Check == "advisories" {
				fs, ds := e.advisoryFindings(dp, m, at, lines)
				out = append(out, fs...)
				diags = append(diags, ds...)
				continue
			}
			f := e.docFinding(dp, m, at, dp.reportKey, lines, dp.rule.rule.Severity, dp.message)
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d", f.RuleID, f.File, f.StartByte, f.EndByte)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, f)
		}
	}
	return out, diags
}

// docFinding locates a finding at a document node.
func (e *Engine) docFinding(dp *docPattern, m *docMatch, at *document.Node, useKey bool, lines map[string]*document.Lines, sev finding.Severity, message string) finding.Finding {
	r := dp.rule.rule
	file := m.doc.Path
	if at.File != "" {
		file = at.File
	}
	start, end := at.Start, at.End
	if useKey && at.HasKey() {
		start, end = at.KeyStart, at.KeyEnd
	}
	lx := m.doc.Lines
	if file != m.doc.Path {
		lx = lines[file]
	}
	snippet := ""
	if lx != nil && start.Line > 0 {
		snippet = lx.Line(start.Line)
	}
	if start.Col == 0 {
		// Derived nodes know their line only: point at the package name
		// on it, or at the line's text.
		start.Col = len([]rune(snippet)) - len([]rune(strings.TrimLeft(snippet, " \t"))) + 1
		end = document.Loc{Line: start.Line, Col: len([]rune(strings.TrimRight(snippet, " \t"))) + 1}
		name := at.Str("name")
		if at.IsScalar() {
			name = at.Value
		}
		if i := strings.Index(snippet, name); name != "" && i >= 0 {
			start.Col = len([]rune(snippet[:i])) + 1
			end.Col = start.Col + len([]rune(name))
		}
		if lx != nil {
			start.Off = lx.LineCol(start.Line, start.Col)
			end.Off = lx.LineCol(end.Line, end.Col)
		}
	}
	if end.Line == 0 {
		end = start
	}
	msg := capRef.ReplaceAllStringFunc(message, func(ref string) string {
		name := capRef.FindStringSubmatch(ref)[1]
		if v, ok := m.vars[name]; ok {
			return clip(v, 2*maxCaptureInMsg)
		}
		switch name {
		case "value":
			if m.node.IsScalar() {
				return clip(strings.Join(strings.Fields(m.node.Value), " "), maxCaptureInMsg)
			}
		case "key":
			return clip(m.node.Key, maxCaptureInMsg)
		case "path":
			return clip(m.node.Path(), maxCaptureInMsg)
		case "file":
			return file
		}
		if p, err := document.CompilePath(name); err == nil {
			if v := p.SelectOne(m.node); v != nil && v.IsScalar() {
				return clip(strings.Join(strings.Fields(v.Value), " "), maxCaptureInMsg)
			}
		}
		return ref
	})
	matched := at.Value
	if !at.IsScalar() {
		matched = at.Path()
	}
	return finding.Finding{
		RuleID: r.ID, Name: r.Name, Title: r.Title, Severity: sev, CWE: r.CWE, Category: r.CategoryName(),
		File: file, Line: start.Line, Column: start.Col, EndLine: end.Line, EndColumn: end.Col,
		Snippet: clip(strings.TrimSpace(snippet), maxSnippet), Message: msg, Mode: finding.Mode(e.opts.Mode),
		MatchedText: matched, StartByte: start.Off, EndByte: end.Off,
	}
}

// advisoryFindings matches a package node against the advisory data: a
// finding per advisory at its severity, or a diagnostic when the declared
// range also admits a fixed version or the affected range is unknown.
func (e *Engine) advisoryFindings(dp *docPattern, m *docMatch, at *document.Node, lines map[string]*document.Lines) (out []finding.Finding, diags []finding.Diagnostic) {
	db, err := advisory.Load()
	if err != nil {
		return nil, nil
	}
	n := m.node
	dep := deps.Dependency{Ecosystem: strings.ToLower(n.Str("ecosystem")), Name: n.Str("name"), Version: n.Str("version"),
		Constraint: n.Str("constraint"), Source: n.Str("source"), Replace: n.Str("replace")}
	if dep.Ecosystem == "" || dep.Name == "" {
		return nil, nil
	}
	// Matches that only a declared range reaches are reported once per
	// package, as a diagnostic.
	var admits, unknown []string
	nextFix := ""
	defer func() {
		if len(admits)+len(unknown) == 0 {
			return
		}
		f := e.docFinding(dp, &docMatch{doc: m.doc, node: n, vars: map[string]string{}}, at, false, lines, dp.rule.rule.Severity, "")
		label := dep.Version
		if label == "" {
			label = dep.Constraint
		}
		if label == "" {
			label = "(any version)"
		}
		var parts []string
		if len(admits) > 0 {
			parts = append(parts, fmt.Sprintf("admits versions affected by %s, and fixed ones (%s or later)", strings.Join(admits, ", "), nextFix))
		}
		if len(unknown) > 0 {
			parts = append(parts, fmt.Sprintf("is named by %s, whose affected versions are not confirmed", strings.Join(unknown, ", ")))
		}
		diags = append(diags, finding.Diagnostic{File: f.File, Line: f.Line,
			Message: fmt.Sprintf("%s %s %s: pin a version outside the affected ranges or commit a lockfile (MCP-620)", dep.Name, label, strings.Join(parts, "; "))})
	}()
	for _, mt := range db.Match(dep) {
		a := mt.Advisory
		id := a.ID
		if len(a.Aliases) > 0 {
			id += " / " + strings.Join(a.Aliases, " / ")
		}
		vars := map[string]string{"advisory": id, "summary": a.Summary, "package": dep.Name, "version": mt.Version}
		switch fx := mt.Fixed(); fx {
		case advisory.FixedNone:
			vars["fix"] = "no fixed release exists (the package was removed); uninstall it and rotate what it could reach"
		case advisory.FixedUnknown:
			vars["fix"] = "no fixed version is confirmed; replace the package or check the advisory"
		default:
			vars["fix"] = "upgrade to " + fx + " or later"
		}
		if a.DatabaseSpecific.Kind == advisory.KindInsecureDefault {
			vars["fix"] = "an insecure default in this version range; upgrade to " + mt.Fixed() + " or set the option explicitly"
		}
		if mt.Version == "" {
			vars["version"] = "(any version)"
		}
		if mt.RangeUnknown {
			unknown = append(unknown, a.ID)
			continue
		}
		if mt.AdmitsFixed {
			admits = append(admits, a.ID)
			if fx := mt.Fixed(); nextFix == "" || laterVersion(dep.Ecosystem, fx, nextFix) {
				nextFix = fx
			}
			continue
		}
		sev, err := finding.ParseSeverity(mt.Severity())
		if err != nil {
			sev = dp.rule.rule.Severity
		}
		m2 := &docMatch{doc: m.doc, node: n, vars: vars}
		f := e.docFinding(dp, m2, at, false, lines, sev, dp.message)
		f.MatchedText = dep.Name + "@" + vars["version"] + " " + a.ID
		out = append(out, f)
	}
	return out, diags
}

// laterVersion reports whether version a is after b in an ecosystem
// (versions that do not parse compare as text).
func laterVersion(eco, a, b string) bool {
	if sc := version.For(eco); sc != nil {
		va, errA := sc.Parse(a)
		vb, errB := sc.Parse(b)
		if errA == nil && errB == nil {
			return sc.Compare(va, vb) > 0
		}
	}
	return a > b
}

// Dependencies is the project's dependency information for the
// dependencies pass.
type Dependencies struct {
	// Results are the parsed manifests and lockfiles.
	Results []*deps.Result
	// Lines index those files, for locating findings.
	Lines map[string]*document.Lines
	// Nosem are their suppression comments, by file.
	Nosem map[string][]Nosem
	// Exists says whether a project path exists (lockfile lookup).
	Exists func(string) bool
}

// ScanDependencies runs the rules that read the project-wide dependency
// list (kind dependencies): every declared and resolved package of every
// manifest and lockfile, each located at its own file and line.
func (e *Engine) ScanDependencies(in Dependencies) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	if !e.WantsDocument(document.KindDependencies) || len(in.Results) == 0 {
		return nil, nil, nil
	}
	root := DependencyTree(in.Results, in.Exists)
	doc := &document.Doc{Path: "", Kind: document.KindDependencies, Root: root}
	raw, diags := e.matchDocument(doc, in.Lines)
	byFile := map[string][]finding.Finding{}
	var order []string
	for _, f := range raw {
		if _, ok := byFile[f.File]; !ok {
			order = append(order, f.File)
		}
		byFile[f.File] = append(byFile[f.File], f)
	}
	sort.Strings(order)
	var kept []finding.Finding
	var sup []finding.Suppressed
	for _, file := range order {
		k, s, d := e.finishDocument(file, byFile[file], in.Nosem[file])
		kept = append(kept, k...)
		sup = append(sup, s...)
		diags = append(diags, d...)
	}
	return kept, sup, diags
}

// DependencyTree builds the derived dependencies document:
//
//	dependencies[]: {ecosystem, name, version, constraint, source,
//	                 replace, file, direct, dev, optional, lockfile,
//	                 locked, covered}
//	projects[]:     {ecosystem, name, file}
//
// locked: a lockfile pins the manifest the entry is declared in; covered:
// a more precise source lists the same package (the lockfile for a
// manifest entry, go.mod for go.sum), so advisories read that one.
func DependencyTree(results []*deps.Result, exists func(string) bool) *document.Node {
	if exists == nil {
		exists = func(string) bool { return false }
	}
	root := document.NewObject(document.Loc{}, document.Loc{})
	list := root.Set("dependencies", document.NewArray(document.Loc{}, document.Loc{}))
	projects := root.Set("projects", document.NewArray(document.Loc{}, document.Loc{}))
	inFile := map[string]map[string]bool{} // lockfile -> package names
	for _, r := range results {
		if r.Lockfile {
			names := map[string]bool{}
			for _, d := range r.Dependencies {
				names[strings.ToLower(d.Name)] = true
			}
			inFile[r.File] = names
		}
	}
	sorted := append([]*deps.Result(nil), results...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].File < sorted[j].File })
	for _, r := range sorted {
		lockfile, locked := "", false
		if !r.Lockfile {
			lockfile, locked = deps.LockfileFor(r.File, exists)
			if path.Base(r.File) == "go.mod" {
				locked = true
			}
		}
		goModHere := exists(path.Join(path.Dir(r.File), "go.mod"))
		if r.Project != "" {
			p := document.NewObject(document.Loc{Line: r.ProjectLine}, document.Loc{Line: r.ProjectLine})
			p.File = r.File
			str(p, "ecosystem", r.Ecosystem, r.File, r.ProjectLine)
			str(p, "name", r.Project, r.File, r.ProjectLine)
			str(p, "file", r.File, r.File, r.ProjectLine)
			projects.Add(p)
		}
		for _, d := range r.Dependencies {
			n := document.NewObject(document.Loc{Line: d.Line}, document.Loc{Line: d.Line})
			n.File = r.File
			str(n, "ecosystem", d.Ecosystem, r.File, d.Line)
			str(n, "name", d.Name, r.File, d.Line)
			str(n, "version", d.Version, r.File, d.Line)
			str(n, "constraint", d.Constraint, r.File, d.Line)
			str(n, "source", d.Source, r.File, d.Line)
			str(n, "replace", d.Replace, r.File, d.Line)
			str(n, "alias", d.Alias, r.File, d.Line)
			str(n, "file", r.File, r.File, d.Line)
			boolean(n, "direct", d.Direct, r.File, d.Line)
			boolean(n, "dev", d.Dev, r.File, d.Line)
			boolean(n, "optional", d.Optional, r.File, d.Line)
			boolean(n, "lockfile", r.Lockfile, r.File, d.Line)
			boolean(n, "locked", locked, r.File, d.Line)
			covered := false
			switch {
			case !r.Lockfile && lockfile != "" && inFile[lockfile][strings.ToLower(d.Name)]:
				covered = true
			case path.Base(r.File) == "go.sum" && goModHere:
				covered = true
			}
			boolean(n, "covered", covered, r.File, d.Line)
			list.Add(n)
		}
	}
	return root
}

func str(parent *document.Node, key, v, file string, line int) {
	if v == "" {
		return
	}
	n := document.NewString(v, document.Loc{Line: line}, document.Loc{Line: line})
	n.File = file
	parent.Set(key, n)
}

func boolean(parent *document.Node, key string, v bool, file string, line int) {
	n := document.NewBool(v, document.Loc{Line: line}, document.Loc{Line: line})
	n.File = file
	parent.Set(key, n)
}
