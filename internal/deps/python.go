package deps

import (
	"bufio"
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/pep440"
)

// pyDeclared builds a dependency from a PEP 508 string. Exact pins
// ("==1.2.3", "===1.2.3") also give Version.
func pyDeclared(spec string, line int) (Dependency, error) {
	req, err := parsePEP508(spec)
	if err != nil {
		return Dependency{}, err
	}
	d := Dependency{Ecosystem: PyPI, Name: NormalizePyPI(req.name), Line: line, Direct: true}
	if req.url != "" {
		d.Source = req.url
		return d, nil
	}
	d.Constraint = req.specifier
	setExactPy(&d)
	return d, nil
}

// setExactPy fills Version when the constraint pins one version.
func setExactPy(d *Dependency) {
	if rg, err := pep440.ParseRange(d.Constraint); err == nil {
		if v, ok := rg.Exact(); ok {
			d.Version = v.String()
		}
	}
}

// --- requirements.txt ---

// reqComment is pip's comment rule: "#" at the start of a line or after
// whitespace.
var reqComment = regexp.MustCompile(`(^|\s+)#.*$`)

// eggName finds "#egg=name" in a VCS or archive URL.
var eggName = regexp.MustCompile(`[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)`)

// wheelName reads name and version from a wheel or sdist file name.
var wheelName = regexp.MustCompile(`(?:^|/)([A-Za-z0-9][A-Za-z0-9._]*?)-([0-9][A-Za-z0-9.!+_]*?)(?:-[^/]*\.whl|\.tar\.gz|\.zip)$`)

// devFileWords mark a requirements file as development-only by its name.
var devFileWords = []string{"dev", "test", "lint", "doc", "ci", "typing"}

func parseRequirements(r *Result, data []byte) {
	base := strings.ToLower(path.Base(r.File))
	dev := false
	for _, w := range devFileWords {
		if strings.Contains(base, w) {
			dev = true
		}
	}
	dir := path.Dir(r.File)
	lines, err := logicalLines(data)
	if err != nil {
		r.diag(0, "could not be read in full: %v; the lines before the problem are kept", err)
	}
	for _, ll := range lines {
		text := strings.TrimSpace(reqComment.ReplaceAllString(ll.text, ""))
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "-") {
			requirementOption(r, text, ll.line, dir, dev)
			continue
		}
		// The requirement ends where per-line options (--hash=…) begin.
		fields := strings.Fields(text)
		var reqParts []string
		for _, f := range fields {
			if strings.HasPrefix(f, "-") {
				break
			}
			reqParts = append(reqParts, f)
		}
		req := strings.Join(reqParts, " ")
		d, ok := requirementLine(req, ll.line)
		if !ok {
			r.diag(ll.line, "unrecognised requirement %q; ignored", truncate(req, 80))
			continue
		}
		d.Dev = dev
		r.add(d)
	}
}

// requirementLine reads a requirement that is a PEP 508 string, a URL or
// a local path.
func requirementLine(req string, line int) (Dependency, bool) {
	if isPathOrURL(req) {
		loc, _, _ := strings.Cut(req, " ")
		loc = strings.TrimSuffix(loc, ";")
		d := Dependency{Ecosystem: PyPI, Line: line, Direct: true, Source: loc}
		if m := eggName.FindStringSubmatch(loc); m != nil {
			d.Name = NormalizePyPI(m[1])
		} else if m := wheelName.FindStringSubmatch(strings.SplitN(loc, "#", 2)[0]); m != nil {
			d.Name, d.Version = NormalizePyPI(m[1]), m[2]
		}
		return d, d.Name != "" || d.Source != ""
	}
	d, err := pyDeclared(req, line)
	return d, err == nil
}

func isPathOrURL(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, ".") || strings.HasPrefix(s, "/") || strings.HasPrefix(s, "~") {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	return strings.HasSuffix(first, ".whl") || strings.HasSuffix(first, ".tar.gz") || strings.HasSuffix(first, ".zip")
}

// requirementOption handles a line starting with an option: -r/-c
// includes, -e editable installs; index and install options are ignored.
func requirementOption(r *Result, text string, line int, dir string, dev bool) {
	name, value := text, ""
	if i := strings.IndexAny(text, " \t="); i >= 0 {
		name, value = text[:i], strings.TrimSpace(strings.TrimLeft(text[i:], " \t="))
	} else if len(text) > 2 && text[1] != '-' {
		name, value = text[:2], text[2:] // -rfile.txt
	}
	switch name {
	case "-r", "--requirement", "-c", "--constraint":
		if value == "" {
			r.diag(line, "%s without a file; ignored", name)
			return
		}
		inc := Include{Path: value, Line: line, Constraints: name == "-c" || name == "--constraint"}
		switch {
		case strings.Contains(value, "://"), path.IsAbs(value), strings.HasPrefix(value, "~"):
			inc.Outside = true
		default:
			p := path.Clean(path.Join(dir, value))
			inc.Path = p
			inc.Outside = p == ".." || strings.HasPrefix(p, "../")
		}
		if inc.Outside {
			r.diag(line, "includes %s, outside the project; not followed", value)
		}
		r.Includes = append(r.Includes, inc)
	case "-e", "--editable":
		loc, _, _ := strings.Cut(value, " ")
		d, ok := requirementLine(loc, line)
		if !ok || d.Name == "" {
			return // an editable local project: the project's own code
		}
		d.Dev = dev
		r.add(d)
	}
}

type logicalLine struct {
	text string
	line int
}

// logicalLines joins backslash continuations, as pip does, keeping the
// first physical line's number.
func logicalLines(data []byte) ([]logicalLine, error) {
	var out []logicalLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var buf strings.Builder
	start, n := 0, 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if buf.Len() == 0 {
			start = n
		}
		if strings.HasSuffix(line, "\\") && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			buf.WriteString(strings.TrimSuffix(line, "\\"))
			buf.WriteByte(' ')
			continue
		}
		buf.WriteString(line)
		out = append(out, logicalLine{buf.String(), start})
		buf.Reset()
	}
	if buf.Len() > 0 {
		out = append(out, logicalLine{buf.String(), start})
	}
	return out, sc.Err()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// --- pyproject.toml ---

func parsePyproject(r *Result, data []byte) {
	root, err := parseTOML(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	proj := root.get("project")
	if m, ok := proj.member("name"); ok && m.val.kind == 's' {
		r.Project, r.ProjectLine = m.val.str, m.line
	}
	pep508List(r, proj.get("dependencies"), "project.dependencies", false, false)
	if opt := proj.get("optional-dependencies"); opt != nil {
		for _, m := range opt.members {
			pep508List(r, m.val, "project.optional-dependencies."+m.key, false, true)
		}
	}
	if groups := root.get("dependency-groups"); groups != nil {
		for _, m := range groups.members {
			pep508List(r, m.val, "dependency-groups."+m.key, true, false)
		}
	}
	pep508List(r, root.path("tool", "uv", "dev-dependencies"), "tool.uv.dev-dependencies", true, false)
	if pdm := root.path("tool", "pdm", "dev-dependencies"); pdm != nil {
		for _, m := range pdm.members {
			pep508List(r, m.val, "tool.pdm.dev-dependencies."+m.key, true, false)
		}
	}
	poetry := root.path("tool", "poetry")
	if r.Project == "" {
		if m, ok := poetry.member("name"); ok && m.val.kind == 's' {
			r.Project, r.ProjectLine = m.val.str, m.line
		}
	}
	poetryTable(r, poetry.get("dependencies"), false)
	poetryTable(r, poetry.get("dev-dependencies"), true)
	if groups := poetry.get("group"); groups != nil {
		for _, g := range groups.members {
			// Poetry's "main" group is [tool.poetry.dependencies]; every
			// other group is development tooling by convention.
			poetryTable(r, g.val.get("dependencies"), g.key != "main")
		}
	}
	// Tables are read by meaning, not position; report in file order.
	sortByLine(r.Dependencies)
}

// pep508List reads an array of PEP 508 strings; tables in it (PEP 735
// include-group) are skipped.
func pep508List(r *Result, arr *tnode, where string, dev, optional bool) {
	if arr == nil {
		return
	}
	if arr.kind != 'a' {
		r.diag(arr.line, "%s is not an array; ignored", where)
		return
	}
	for _, it := range arr.items {
		if it.kind != 's' {
			continue
		}
		d, err := pyDeclared(it.str, it.line)
		if err != nil {
			r.diag(it.line, "%s: %q is not a PEP 508 requirement (%v); ignored", where, truncate(it.str, 80), err)
			continue
		}
		d.Dev, d.Optional = dev, optional
		r.add(d)
	}
}

// poetryTable reads a Poetry dependency table: name = "constraint", or a
// table with version/git/path/url, or an array of such tables (one per
// environment marker).
func poetryTable(r *Result, tbl *tnode, dev bool) {
	if tbl == nil || tbl.kind != 't' {
		return
	}
	for _, m := range tbl.members {
		if strings.EqualFold(m.key, "python") {
			continue // the interpreter, not a package
		}
		vals := []*tnode{m.val}
		if m.val.kind == 'a' {
			vals = m.val.items
		}
		for _, v := range vals {
			d := Dependency{Ecosystem: PyPI, Name: NormalizePyPI(m.key), Line: m.line, Direct: true, Dev: dev}
			switch v.kind {
			case 's':
				d.Constraint = v.str
			case 't':
				d.Constraint = v.getStr("version")
				d.Optional = v.get("optional") != nil && v.get("optional").str == "true"
				for _, k := range []string{"git", "path", "url"} {
					if s := v.getStr(k); s != "" {
						d.Source = s
						for _, ref := range []string{"rev", "tag", "branch"} {
							if x := v.getStr(ref); x != "" {
								d.Source += "@" + x
							}
						}
					}
				}
			default:
				r.diag(m.line, "dependency %s has an unrecognised value; ignored", m.key)
				continue
			}
			setExactPy(&d)
			r.add(d)
		}
	}
}

// --- poetry.lock ---

func parsePoetryLock(r *Result, data []byte) {
	root, err := parseTOML(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	pkgs := root.get("package")
	if pkgs == nil || pkgs.kind != 'a' {
		r.diag(0, "no [[package]] entries")
		return
	}
	for _, p := range pkgs.items {
		m, ok := p.member("name")
		if !ok || m.val.kind != 's' {
			r.diag(p.line, "[[package]] without a name; ignored")
			continue
		}
		d := Dependency{Ecosystem: PyPI, Name: NormalizePyPI(m.val.str), Line: m.line, Version: p.getStr("version")}
		// Poetry < 1.5 writes category = "dev"; Poetry 2 writes groups.
		if p.getStr("category") == "dev" {
			d.Dev = true
		}
		if g := p.get("groups"); g != nil && g.kind == 'a' {
			main := false
			for _, it := range g.items {
				if it.str == "main" {
					main = true
				}
			}
			d.Dev = !main
		}
		d.Optional = p.get("optional") != nil && p.get("optional").str == "true"
		if src := p.get("source"); src != nil {
			switch src.getStr("type") {
			case "git", "directory", "file", "url":
				d.Source = src.getStr("url")
				if ref := src.getStr("resolved_reference"); ref != "" {
					d.Source += "@" + ref
				}
			}
		}
		r.add(d)
	}
}

// --- uv.lock ---

func parseUVLock(r *Result, data []byte) {
	root, err := parseTOML(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	pkgs := root.get("package")
	if pkgs == nil || pkgs.kind != 'a' {
		r.diag(0, "no [[package]] entries")
		return
	}
	isRoot := func(p *tnode) bool {
		src := p.get("source")
		return src.get("editable") != nil || src.get("virtual") != nil
	}
	names := func(arr *tnode) []string {
		var out []string
		if arr == nil {
			return nil
		}
		for _, it := range arr.items {
			if n := it.getStr("name"); n != "" {
				out = append(out, NormalizePyPI(n))
			}
		}
		return out
	}
	graph := map[string][]string{}
	directProd, directDev := map[string]bool{}, map[string]bool{}
	var prodRoots, devRoots []string
	for _, p := range pkgs.items {
		name := NormalizePyPI(p.getStr("name"))
		deps := names(p.get("dependencies"))
		if opt := p.get("optional-dependencies"); opt != nil {
			for _, m := range opt.members {
				deps = append(deps, names(m.val)...)
			}
		}
		graph[name] = append(graph[name], deps...)
		if isRoot(p) {
			for _, n := range deps {
				directProd[n] = true
			}
			prodRoots = append(prodRoots, deps...)
			if dev := p.get("dev-dependencies"); dev != nil {
				for _, m := range dev.members {
					for _, n := range names(m.val) {
						directDev[n] = true
						devRoots = append(devRoots, n)
					}
				}
			}
		}
	}
	prodReach, devReach := reach(graph, prodRoots), reach(graph, devRoots)
	for _, p := range pkgs.items {
		if isRoot(p) {
			if r.Project == "" {
				if m, ok := p.member("name"); ok {
					r.Project, r.ProjectLine = m.val.str, m.line
				}
			}
			continue
		}
		m, ok := p.member("name")
		if !ok || m.val.kind != 's' {
			r.diag(p.line, "[[package]] without a name; ignored")
			continue
		}
		name := NormalizePyPI(m.val.str)
		d := Dependency{Ecosystem: PyPI, Name: name, Line: m.line, Version: p.getStr("version")}
		d.Direct = directProd[name] || directDev[name]
		d.Dev = !prodReach[name] && devReach[name]
		if src := p.get("source"); src != nil {
			for _, k := range []string{"git", "path", "directory", "url"} {
				if s := src.getStr(k); s != "" {
					d.Source = s
				}
			}
		}
		r.add(d)
	}
}

// --- Pipfile and Pipfile.lock ---

func parsePipfile(r *Result, data []byte) {
	root, err := parseTOML(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	for _, sec := range []struct {
		key string
		dev bool
	}{{"packages", false}, {"dev-packages", true}} {
		tbl := root.get(sec.key)
		if tbl == nil {
			continue
		}
		for _, m := range tbl.members {
			d := Dependency{Ecosystem: PyPI, Name: NormalizePyPI(m.key), Line: m.line, Direct: true, Dev: sec.dev}
			switch m.val.kind {
			case 's':
				d.Constraint = m.val.str
			case 't':
				d.Constraint = m.val.getStr("version")
				for _, k := range []string{"git", "path", "file"} {
					if s := m.val.getStr(k); s != "" {
						d.Source = s
						if ref := m.val.getStr("ref"); ref != "" {
							d.Source += "@" + ref
						}
					}
				}
			default:
				r.diag(m.line, "dependency %s has an unrecognised value; ignored", m.key)
				continue
			}
			setExactPy(&d)
			r.add(d)
		}
	}
}

func parsePipfileLock(r *Result, data []byte) {
	root, err := parseJSON(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	if root.kind != 'o' {
		r.diag(root.line, "not a Pipfile.lock: the top level is not an object")
		return
	}
	for _, sec := range []struct {
		key string
		dev bool
	}{{"default", false}, {"develop", true}} {
		tbl := root.get(sec.key)
		if tbl == nil || tbl.kind != 'o' {
			continue
		}
		for _, m := range tbl.members {
			if m.val.kind != 'o' {
				continue
			}
			d := Dependency{Ecosystem: PyPI, Name: NormalizePyPI(m.key), Line: m.line, Dev: sec.dev}
			v := m.val.getStr("version")
			if rest, ok := strings.CutPrefix(v, "==="); ok {
				d.Version = rest
			} else if rest, ok := strings.CutPrefix(v, "=="); ok {
				d.Version = rest
			}
			for _, k := range []string{"git", "path", "file"} {
				if s := m.val.getStr(k); s != "" {
					d.Source = s
					if ref := m.val.getStr("ref"); ref != "" {
						d.Source += "@" + ref
					}
				}
			}
			r.add(d)
		}
	}
}
