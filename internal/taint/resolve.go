package taint

import (
	"path"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// funcIndex finds the project function a call names: in the same scope,
// the same module, the same class, the same Go package, or a module of the
// project reached through an import.
//
// Everything a lookup needs is indexed or memoised, so that resolving a
// call costs a few map reads whatever the size of the project: the index
// lives as long as one analysis, and its memo tables hold at most one
// entry per import specifier, package or module of that analysis.
type funcIndex struct {
	byFile  map[string]*ir.Module
	top     map[*ir.Module]map[string]*ir.Func
	methods map[*ir.Module]map[string]*ir.Func // "Class.name"
	// goDirs maps a folder to its Go modules (one package).
	goDirs map[string][]*ir.Module

	// byMethod indexes a module's methods by their name alone (the last
	// segment of "Class.name"), built on first use.
	byMethod map[*ir.Module]map[string]methodRef
	// goPkgs holds, per Go package (folder and package name), its
	// top-level functions (the first module in goDirs order wins, as a
	// scan of the folder would find) and its methods by name.
	goPkgs map[goPkg]*goPkgIndex
	// modules memoises resolveModule.
	modules map[moduleKey][]*ir.Module
	// pySuffix maps a dotted module path written with slashes ("a/b") to
	// the Python files that path names from anywhere in the project
	// (a/b.py, x/a/b.py, a/b/__init__.py, …), in file order; built on
	// first use.
	pySuffix map[string][]*ir.Module
}

// methodRef is the method of a name when there is exactly one (n == 1).
type methodRef struct {
	f *ir.Func
	n int
}

type goPkg struct{ dir, name string }

type goPkgIndex struct {
	top     map[string]*ir.Func
	methods map[string]methodRef
}

type moduleKey struct {
	lang lang.ID
	// dir is the importing folder, "" when the answer does not depend on
	// it (Go import paths, absolute Python imports).
	dir  string
	spec string
}

func buildIndex(mods []*ir.Module) *funcIndex {
	x := &funcIndex{byFile: map[string]*ir.Module{}, top: map[*ir.Module]map[string]*ir.Func{},
		methods: map[*ir.Module]map[string]*ir.Func{}, goDirs: map[string][]*ir.Module{},
		byMethod: map[*ir.Module]map[string]methodRef{}, goPkgs: map[goPkg]*goPkgIndex{}, modules: map[moduleKey][]*ir.Module{}}
	for _, m := range mods {
		x.byFile[m.File] = m
		top := map[string]*ir.Func{}
		methods := map[string]*ir.Func{}
		for _, f := range m.Funcs {
			if f.Name == "" || f == m.Init {
				continue
			}
			atTop := f.Parent == nil || f.Parent == m.Init
			if f.Class != "" && atTop {
				if _, dup := methods[f.Class+"."+f.Name]; !dup {
					methods[f.Class+"."+f.Name] = f
				}
				if m.Lang.ID == lang.Go {
					continue
				}
			}
			if atTop && f.Class == "" {
				if _, dup := top[f.Name]; !dup {
					top[f.Name] = f
				}
			}
		}
		x.top[m] = top
		x.methods[m] = methods
		if m.Lang.ID == lang.Go {
			dir := path.Dir(m.File)
			x.goDirs[dir] = append(x.goDirs[dir], m)
		}
	}
	return x
}

func (x *funcIndex) module(file string) *ir.Module { return x.byFile[file] }

// addMethods counts the methods of ms by name: "Class.name" answers a
// call obj.name().
func addMethods(into map[string]methodRef, ms map[string]*ir.Func) {
	for k, f := range ms {
		name := lastSeg(k)
		r := into[name]
		r.f = f
		r.n++
		into[name] = r
	}
}

// moduleMethod returns the method called name in m's classes, when there
// is exactly one.
func (x *funcIndex) moduleMethod(m *ir.Module, name string) *ir.Func {
	idx, ok := x.byMethod[m]
	if !ok {
		idx = map[string]methodRef{}
		addMethods(idx, x.methods[m])
		x.byMethod[m] = idx
	}
	if r := idx[name]; r.n == 1 {
		return r.f
	}
	return nil
}

// goPackage returns the index of the Go package m belongs to.
func (x *funcIndex) goPackage(m *ir.Module) *goPkgIndex {
	key := goPkg{dir: path.Dir(m.File), name: m.Package}
	if p, ok := x.goPkgs[key]; ok {
		return p
	}
	p := &goPkgIndex{top: map[string]*ir.Func{}, methods: map[string]methodRef{}}
	for _, om := range x.goDirs[key.dir] {
		if om.Package != m.Package {
			continue
		}
		for name, f := range x.top[om] {
			if _, dup := p.top[name]; !dup {
				p.top[name] = f
			}
		}
		addMethods(p.methods, x.methods[om])
	}
	x.goPkgs[key] = p
	return p
}

// resolve returns the project function a call calls, or nil.
func (fr *frame) resolve(c *ir.Call) *ir.Func {
	x := fr.a.index
	m := fr.fn.Module
	callee := c.Callee
	if c.Import != "" {
		return x.imported(m, c.Import, c.Member)
	}
	dot := strings.IndexByte(callee, '.')
	if dot < 0 {
		if f, ok := fr.funcs[callee]; ok {
			return f
		}
		if f := x.top[m][callee]; f != nil {
			return f
		}
		if m.Lang.ID == lang.Go {
			return x.goPackage(m).top[callee]
		}
		return nil
	}
	head, name := callee[:dot], callee[dot+1:]
	if strings.IndexByte(name, '.') >= 0 {
		return nil // a.b.c()
	}
	switch head {
	case "self", "this", "cls":
		if fr.fn.Class != "" {
			return x.methods[m][fr.fn.Class+"."+name]
		}
		return nil
	}
	if m.Lang.ID != lang.Go {
		// obj.method(): a method of that name in the module's classes,
		// when there is exactly one.
		return x.moduleMethod(m, name)
	}
	// A method call on a value: a method of that name in the package,
	// when there is exactly one.
	if r := x.goPackage(m).methods[name]; r.n == 1 {
		return r.f
	}
	return nil
}

// imported resolves a name imported from a module of the project.
func (x *funcIndex) imported(from *ir.Module, spec, member string) *ir.Func {
	if member == "" {
		return nil
	}
	for _, m := range x.resolveModule(from, spec) {
		if f := x.top[m][member]; f != nil {
			return f
		}
		if f := x.methods[m][member]; f != nil {
			return f
		}
	}
	return nil
}

// resolveModule finds the project files an import specifier names,
// memoised by language, importing folder (when it matters) and specifier.
func (x *funcIndex) resolveModule(from *ir.Module, spec string) []*ir.Module {
	key := moduleKey{lang: from.Lang.ID, spec: spec}
	switch from.Lang.ID {
	case lang.Go:
	case lang.Python:
		if strings.HasPrefix(spec, ".") {
			key.dir = path.Dir(from.File)
		}
	default:
		if !strings.HasPrefix(spec, ".") {
			return nil // a package from node_modules
		}
		key.dir = path.Dir(from.File)
	}
	if out, ok := x.modules[key]; ok {
		return out
	}
	out := x.findModule(from.Lang.ID, path.Dir(from.File), spec)
	x.modules[key] = out
	return out
}

func (x *funcIndex) findModule(id lang.ID, dir, spec string) []*ir.Module {
	switch id {
	case lang.Python:
		if strings.HasPrefix(spec, ".") {
			rest := strings.TrimLeft(spec, ".")
			up := len(spec) - len(rest) - 1
			d := dir
			for i := 0; i < up; i++ {
				d = path.Dir(d)
			}
			p := path.Join(d, strings.ReplaceAll(rest, ".", "/"))
			return x.files([]string{p + ".py", path.Join(p, "__init__.py")})
		}
		// Any file whose path ends with the module's: a/b.py or
		// a/b/__init__.py, at any depth.
		if x.pySuffix == nil {
			x.pySuffix = pythonSuffixes(x.byFile)
		}
		return x.pySuffix[strings.ReplaceAll(spec, ".", "/")]
	case lang.Go:
		// The folder whose path is the longest suffix of the import path:
		// the path itself, or what follows one of its slashes.
		if spec != "." {
			if ms, ok := x.goDirs[spec]; ok {
				return ms
			}
		}
		for i := 0; i < len(spec); i++ {
			if spec[i] != '/' {
				continue
			}
			if d := spec[i+1:]; d != "." {
				if ms, ok := x.goDirs[d]; ok {
					return ms
				}
			}
		}
		return nil
	default:
		p := path.Join(dir, spec)
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p, ".js"), ".mjs"), ".cjs"), ".jsx")
		var candidates []string
		for _, ext := range []string{"", ".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx"} {
			candidates = append(candidates, base+ext)
		}
		for _, ext := range []string{".ts", ".tsx", ".js", ".mjs"} {
			candidates = append(candidates, path.Join(base, "index"+ext))
		}
		return x.files(candidates)
	}
}

// pythonSuffixes indexes the .py files by every slash-separated tail of
// their module path: x/a/b.py under "x/a/b", "a/b" and "b";
// x/a/__init__.py under "x/a" and "a" (and, as a file, "x/a/__init__",
// "a/__init__" and "__init__").
func pythonSuffixes(byFile map[string]*ir.Module) map[string][]*ir.Module {
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		if strings.HasSuffix(f, ".py") {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	out := map[string][]*ir.Module{}
	add := func(p string, m *ir.Module) {
		for {
			if l := out[p]; len(l) == 0 || l[len(l)-1] != m {
				out[p] = append(l, m)
			}
			i := strings.IndexByte(p, '/')
			if i < 0 {
				return
			}
			p = p[i+1:]
		}
	}
	for _, f := range files {
		m := byFile[f]
		add(strings.TrimSuffix(f, ".py"), m)
		if strings.HasSuffix(f, "/__init__.py") {
			add(strings.TrimSuffix(f, "/__init__.py"), m)
		}
	}
	return out
}

func (x *funcIndex) files(candidates []string) []*ir.Module {
	var out []*ir.Module
	for _, c := range candidates {
		if m, ok := x.byFile[c]; ok {
			out = append(out, m)
		}
	}
	return out
}
