package lang

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Import is one binding created by an import statement, a require() call or
// a dynamic import().
type Import struct {
	// Local is the name bound in the file; "" for side-effect, blank or dot
	// imports.
	Local string
	// Module is the module specifier as written, normalised: Python dotted
	// module, npm specifier without a "node:" prefix, Go import path.
	Module string
	// Member is the imported member for from-imports and named imports
	// ("exec" in `import { exec } from 'child_process'`), "" when the
	// module itself is bound.
	Member string
	// Line is the 1-based line of the statement.
	Line int
}

// Target returns the qualified name the local binding stands for: the
// module, or module + separator + member.
func (im Import) Target() string {
	if im.Member == "" {
		return im.Module
	}
	return im.Module + "." + im.Member
}

// Imports is a file's import table.
type Imports struct {
	List    []Import
	byLocal map[string]Import
}

// Lookup returns the import that binds a local name.
func (t *Imports) Lookup(local string) (Import, bool) {
	if t == nil {
		return Import{}, false
	}
	im, ok := t.byLocal[local]
	return im, ok
}

// HasModule reports whether the file imports a module matching one of the
// patterns (see MatchModule).
func (t *Imports) HasModule(patterns []string) bool {
	if t == nil {
		return false
	}
	for _, im := range t.List {
		for _, p := range patterns {
			if MatchModule(p, im.Module) {
				return true
			}
		}
	}
	return false
}

// ModuleLiteral returns the text every module a MatchModule pattern
// matches contains, as an import spells it (the pattern without its
// "/...", ".*" or "/*" suffix and without a "node:" prefix), or "" when
// the pattern holds a wildcard elsewhere or too little text.
func ModuleLiteral(pattern string) string {
	for _, suf := range []string{"/...", ".*", "/*"} {
		pattern = strings.TrimSuffix(pattern, suf)
	}
	pattern = normalizeModule(pattern)
	if strings.ContainsAny(pattern, "*?[") || len(pattern) < 2 {
		return ""
	}
	return pattern
}

// MatchModule matches a module specifier against a pattern. A pattern
// ending in "/..." or ".*" matches the module and everything below it
// ("mcp.*" matches "mcp" and "mcp.server.fastmcp";
// "github.com/x/y/..." matches "github.com/x/y" and its subpackages);
// "@scope/*" matches every package of an npm scope and their subpaths;
// any other pattern must equal the module or be a path prefix of it
// followed by "/" (npm subpath imports).
func MatchModule(pattern, module string) bool {
	switch {
	case strings.HasSuffix(pattern, "/..."):
		base := strings.TrimSuffix(pattern, "/...")
		return module == base || strings.HasPrefix(module, base+"/")
	case strings.HasSuffix(pattern, ".*"):
		base := strings.TrimSuffix(pattern, ".*")
		return module == base || strings.HasPrefix(module, base+".")
	case strings.HasPrefix(pattern, "@") && strings.HasSuffix(pattern, "/*"):
		return strings.HasPrefix(module, strings.TrimSuffix(pattern, "*")) && len(module) > len(pattern)-1
	default:
		return module == pattern || strings.HasPrefix(module, pattern+"/")
	}
}

func (t *Imports) add(im Import) {
	im.Module = normalizeModule(im.Module)
	t.List = append(t.List, im)
	if im.Local != "" {
		if t.byLocal == nil {
			t.byLocal = map[string]Import{}
		}
		// The first binding wins: imports at the top of a file are the
		// ones most code refers to.
		if _, dup := t.byLocal[im.Local]; !dup {
			t.byLocal[im.Local] = im
		}
	}
}

func normalizeModule(m string) string {
	return strings.TrimPrefix(m, "node:")
}

// importPass is one query of a language's import extraction. A pass with
// a depth limit only starts matches that deep (the cursor then skips the
// rest of the tree: imports at the top of a Go file are found without
// walking its function bodies); a pass with a guard only runs on files
// whose bytes pass it.
type importPass struct {
	query    string
	maxDepth uint // 0: anywhere
	guard    func(src []byte) bool
}

var importPasses = map[ID][]importPass{
	Python: {{query: `
(import_statement) @import
(import_from_statement) @from
(future_import_statement) @future
`}},
	JavaScript: jsImportPasses,
	TypeScript: jsImportPasses,
	TSX:        jsImportPasses,
	// source_file > import_declaration > (import_spec_list >) import_spec
	Go: {{query: `(import_spec) @spec`, maxDepth: 3}},
}

// jsImportPasses: module-level import and re-export statements, then the
// calls that load a module anywhere (require and dynamic import), in the
// files that spell one.
var jsImportPasses = []importPass{
	{query: `
(import_statement) @import
(export_statement source: (string) @src) @export
`, maxDepth: 1},
	{query: `
((call_expression function: (identifier) @fn arguments: (arguments . (string) @src)) @require
 (#eq? @fn "require"))
(call_expression function: (import) arguments: (arguments . (string) @src)) @dynamic
`, guard: mayLoadModules},
}

// mayLoadModules reports whether JavaScript source may call require or a
// dynamic import: the word require, or import followed by "(".
func mayLoadModules(src []byte) bool {
	if bytes.Contains(src, []byte("require")) {
		return true
	}
	for rest := src; ; {
		i := bytes.Index(rest, []byte("import"))
		if i < 0 {
			return false
		}
		rest = rest[i+len("import"):]
		if t := bytes.TrimLeft(rest, " \t\r\n"); len(t) > 0 && t[0] == '(' {
			return true
		}
	}
}

type compiledPass struct {
	importPass
	q *sitter.Query
}

// importQueries holds each grammar's compiled import passes.
var importQueries = NewPerLanguage(func(l *Language) ([]compiledPass, error) {
	var out []compiledPass
	for _, p := range importPasses[l.ID] {
		q, qerr := sitter.NewQuery(l.grammar, p.query)
		if qerr != nil {
			for _, c := range out {
				c.q.Close()
			}
			return nil, fmt.Errorf("import query for %s: %v", l.Name, qerr)
		}
		out = append(out, compiledPass{p, q})
	}
	return out, nil
})

func compiledImportPasses(id ID) ([]compiledPass, error) {
	return importQueries.Get(id)
}

// ExtractImports builds the import table of a parsed file.
func ExtractImports(l *Language, tree *sitter.Tree, src *Source) (*Imports, error) {
	passes, err := compiledImportPasses(l.ID)
	if err != nil {
		return nil, err
	}
	cur := sitter.NewQueryCursor()
	defer cur.Close()
	type match struct {
		at   uint
		caps map[string]sitter.Node
	}
	var found []match
	for _, p := range passes {
		if p.guard != nil && !p.guard(src.Bytes) {
			continue
		}
		var depth *uint // nil: any depth
		if p.maxDepth > 0 {
			depth = &p.maxDepth
		}
		cur.SetMaxStartDepth(depth)
		names := p.q.CaptureNames()
		matches := cur.Matches(p.q, tree.RootNode(), src.Bytes)
		for m := matches.Next(); m != nil; m = matches.Next() {
			caps := map[string]sitter.Node{}
			at := ^uint(0)
			for _, c := range m.Captures {
				caps[names[c.Index]] = c.Node
				at = min(at, c.Node.StartByte())
			}
			found = append(found, match{at, caps})
		}
	}
	// In the order of the file, whichever pass found them.
	sort.SliceStable(found, func(i, j int) bool { return found[i].at < found[j].at })
	t := &Imports{}
	for _, m := range found {
		switch l.ID {
		case Python:
			pythonImports(t, m.caps, src)
		case Go:
			if n, ok := m.caps["spec"]; ok {
				goImport(t, &n, src)
			}
		default:
			jsImports(t, m.caps, src)
		}
	}
	return t, nil
}

func pythonImports(t *Imports, caps map[string]sitter.Node, src *Source) {
	if n, ok := caps["import"]; ok {
		line := LineOfNode(&n)
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "dotted_name":
				mod := src.Text(c)
				// `import os.path` binds "os", and os.path resolves
				// through it.
				head := strings.SplitN(mod, ".", 2)[0]
				t.add(Import{Local: head, Module: head, Line: line})
				if head != mod {
					t.add(Import{Module: mod, Line: line})
				}
			case "aliased_import":
				name := c.ChildByFieldName("name")
				alias := c.ChildByFieldName("alias")
				if name != nil && alias != nil {
					t.add(Import{Local: src.Text(alias), Module: src.Text(name), Line: line})
				}
			}
		}
		return
	}
	n, ok := caps["from"]
	if !ok {
		if f, ok := caps["future"]; ok {
			t.add(Import{Module: "__future__", Line: LineOfNode(&f)})
		}
		return
	}
	line := LineOfNode(&n)
	modNode := n.ChildByFieldName("module_name")
	if modNode == nil {
		return
	}
	mod := strings.Join(strings.Fields(src.Text(modNode)), "")
	sawName := false
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.StartByte() == modNode.StartByte() {
			continue
		}
		switch c.Kind() {
		case "dotted_name":
			sawName = true
			name := src.Text(c)
			t.add(Import{Local: name, Module: mod, Member: name, Line: line})
		case "aliased_import":
			sawName = true
			name := c.ChildByFieldName("name")
			alias := c.ChildByFieldName("alias")
			if name != nil && alias != nil {
				t.add(Import{Local: src.Text(alias), Module: mod, Member: src.Text(name), Line: line})
			}
		}
	}
	if !sawName { // wildcard import
		t.add(Import{Module: mod, Line: line})
	}
}

func goImport(t *Imports, spec *sitter.Node, src *Source) {
	pathNode := spec.ChildByFieldName("path")
	if pathNode == nil {
		return
	}
	p := strings.Trim(src.Text(pathNode), "\"`")
	line := LineOfNode(spec)
	local := GoDefaultPackageName(p)
	if name := spec.ChildByFieldName("name"); name != nil {
		switch name.Kind() {
		case "package_identifier":
			local = src.Text(name)
		default: // dot or blank import binds no name
			local = ""
		}
	}
	t.add(Import{Local: local, Module: p, Line: line})
}

var goMajorSuffix = regexp.MustCompile(`^v[0-9]+$`)

// GoDefaultPackageName guesses the package name an import path binds when
// the import has no explicit name: the last path element, skipping a major
// version element ("jwt/v5" → "jwt"), without a ".vN" gopkg.in suffix or a
// "go-" prefix or "-go" suffix ("mcp-go/mcp" → "mcp", "go-git" → "git").
func GoDefaultPackageName(importPath string) string {
	parts := strings.Split(importPath, "/")
	last := parts[len(parts)-1]
	if goMajorSuffix.MatchString(last) && len(parts) > 1 {
		last = parts[len(parts)-2]
	}
	if i := strings.Index(last, ".v"); i > 0 && goMajorSuffix.MatchString(last[i+1:]) {
		last = last[:i]
	}
	last = strings.TrimPrefix(last, "go-")
	last = strings.TrimSuffix(last, "-go")
	last = strings.TrimSuffix(last, ".go")
	return strings.ReplaceAll(last, "-", "_")
}

func stringValue(n *sitter.Node, src *Source) string {
	s := src.Text(n)
	if len(s) >= 2 {
		q := s[0]
		if (q == '"' || q == '\'' || q == '`') && s[len(s)-1] == q {
			return s[1 : len(s)-1]
		}
	}
	return s
}

func jsImports(t *Imports, caps map[string]sitter.Node, src *Source) {
	if n, ok := caps["import"]; ok {
		line := LineOfNode(&n)
		source := n.ChildByFieldName("source")
		var mod string
		if source != nil {
			mod = stringValue(source, src)
		}
		bound := false
		for i := uint(0); i < n.NamedChildCount(); i++ {
			c := n.NamedChild(i)
			switch c.Kind() {
			case "import_clause":
				bound = jsImportClause(t, c, mod, line, src) || bound
			case "import_require_clause": // TS: import x = require('y')
				s := c.ChildByFieldName("source")
				if s == nil {
					continue
				}
				for j := uint(0); j < c.NamedChildCount(); j++ {
					if id := c.NamedChild(j); id.Kind() == "identifier" {
						t.add(Import{Local: src.Text(id), Module: stringValue(s, src), Line: line})
						bound = true
						break
					}
				}
			}
		}
		if !bound && mod != "" {
			t.add(Import{Module: mod, Line: line})
		}
		return
	}
	if n, ok := caps["export"]; ok {
		if s, ok := caps["src"]; ok {
			t.add(Import{Module: stringValue(&s, src), Line: LineOfNode(&n)})
		}
		return
	}
	call, ok := caps["require"]
	if !ok {
		call, ok = caps["dynamic"]
	}
	s, sok := caps["src"]
	if !ok || !sok {
		return
	}
	mod := stringValue(&s, src)
	line := LineOfNode(&call)
	// Walk up through await and parentheses to a declarator or assignment.
	p := call.Parent()
	for p != nil && (p.Kind() == "await_expression" || p.Kind() == "parenthesized_expression") {
		p = p.Parent()
	}
	if p != nil && p.Kind() == "variable_declarator" {
		if name := p.ChildByFieldName("name"); name != nil {
			switch name.Kind() {
			case "identifier":
				t.add(Import{Local: src.Text(name), Module: mod, Line: line})
				return
			case "object_pattern":
				jsObjectPattern(t, name, mod, line, src)
				return
			}
		}
	}
	t.add(Import{Module: mod, Line: line})
}

func jsImportClause(t *Imports, clause *sitter.Node, mod string, line int, src *Source) bool {
	bound := false
	for i := uint(0); i < clause.NamedChildCount(); i++ {
		c := clause.NamedChild(i)
		switch c.Kind() {
		case "identifier": // default import: treated as the module object
			t.add(Import{Local: src.Text(c), Module: mod, Line: line})
			bound = true
		case "namespace_import":
			for j := uint(0); j < c.NamedChildCount(); j++ {
				if id := c.NamedChild(j); id.Kind() == "identifier" {
					t.add(Import{Local: src.Text(id), Module: mod, Line: line})
					bound = true
				}
			}
		case "named_imports":
			for j := uint(0); j < c.NamedChildCount(); j++ {
				spec := c.NamedChild(j)
				if spec.Kind() != "import_specifier" {
					continue
				}
				name := spec.ChildByFieldName("name")
				if name == nil {
					continue
				}
				local := name
				if alias := spec.ChildByFieldName("alias"); alias != nil {
					local = alias
				}
				t.add(Import{Local: src.Text(local), Module: mod, Member: stringValue(name, src), Line: line})
				bound = true
			}
		}
	}
	return bound
}

func jsObjectPattern(t *Imports, pat *sitter.Node, mod string, line int, src *Source) {
	for i := uint(0); i < pat.NamedChildCount(); i++ {
		c := pat.NamedChild(i)
		switch c.Kind() {
		case "shorthand_property_identifier_pattern":
			name := src.Text(c)
			t.add(Import{Local: name, Module: mod, Member: name, Line: line})
		case "pair_pattern":
			key := c.ChildByFieldName("key")
			val := c.ChildByFieldName("value")
			if key != nil && val != nil && val.Kind() == "identifier" {
				t.add(Import{Local: src.Text(val), Module: mod, Member: stringValue(key, src), Line: line})
			}
		}
	}
}
