package taint

import (
	"path"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// funcIndex finds the project function a call names: in the same scope,
// the same module, the same class, the same Go package, or a module of the
// project reached through an import.
type funcIndex struct {
	byFile  map[string]*ir.Module
	top     map[*ir.Module]map[string]*ir.Func
	methods map[*ir.Module]map[string]*ir.Func // "Class.name"
	// goDirs maps a folder to its Go modules (one package).
	goDirs map[string][]*ir.Module
}

func buildIndex(mods []*ir.Module) *funcIndex {
	x := &funcIndex{byFile: map[string]*ir.Module{}, top: map[*ir.Module]map[string]*ir.Func{},
		methods: map[*ir.Module]map[string]*ir.Func{}, goDirs: map[string][]*ir.Module{}}
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

// resolve returns the project function a call calls, or nil.
func (fr *frame) resolve(c *ir.Call) *ir.Func {
	x := fr.a.index
	m := fr.fn.Module
	callee := c.Callee
	if c.Import != "" {
		return x.imported(m, c.Import, c.Member)
	}
	if !strings.Contains(callee, ".") {
		if f, ok := fr.funcs[callee]; ok {
			return f
		}
		if f := x.top[m][callee]; f != nil {
			return f
		}
		if m.Lang.ID == lang.Go {
			for _, om := range x.goDirs[path.Dir(m.File)] {
				if om.Package == m.Package {
					if f := x.top[om][callee]; f != nil {
						return f
					}
				}
			}
		}
		return nil
	}
	parts := strings.Split(callee, ".")
	if len(parts) == 2 {
		switch parts[0] {
		case "self", "this", "cls":
			if fr.fn.Class != "" {
				return x.methods[m][fr.fn.Class+"."+parts[1]]
			}
			return nil
		}
		if m.Lang.ID != lang.Go {
			// obj.method(): a method of that name in the module's
			// classes, when there is exactly one.
			var found *ir.Func
			n := 0
			for k, f := range x.methods[m] {
				if strings.HasSuffix(k, "."+parts[1]) {
					found = f
					n++
				}
			}
			if n == 1 {
				return found
			}
		}
		if m.Lang.ID == lang.Go {
			// A method call on a value: a method of that name in the
			// package, when there is exactly one.
			var found *ir.Func
			n := 0
			for _, om := range x.goDirs[path.Dir(m.File)] {
				if om.Package != m.Package {
					continue
				}
				for k, f := range x.methods[om] {
					if strings.HasSuffix(k, "."+parts[1]) {
						found = f
						n++
					}
				}
			}
			if n == 1 {
				return found
			}
		}
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

// resolveModule finds the project files an import specifier names.
func (x *funcIndex) resolveModule(from *ir.Module, spec string) []*ir.Module {
	dir := path.Dir(from.File)
	switch from.Lang.ID {
	case lang.Python:
		var candidates []string
		if strings.HasPrefix(spec, ".") {
			rest := strings.TrimLeft(spec, ".")
			up := len(spec) - len(rest) - 1
			d := dir
			for i := 0; i < up; i++ {
				d = path.Dir(d)
			}
			p := path.Join(d, strings.ReplaceAll(rest, ".", "/"))
			candidates = []string{p + ".py", path.Join(p, "__init__.py")}
			return x.files(candidates)
		}
		suffix := strings.ReplaceAll(spec, ".", "/")
		var out []*ir.Module
		for f, m := range x.byFile {
			if strings.HasSuffix("/"+f, "/"+suffix+".py") || strings.HasSuffix("/"+f, "/"+suffix+"/__init__.py") {
				out = append(out, m)
			}
		}
		return out
	case lang.Go:
		// The folder whose path is the longest suffix of the import path.
		best := ""
		for d := range x.goDirs {
			if d == "." {
				continue
			}
			if (strings.HasSuffix(spec, "/"+d) || spec == d) && len(d) > len(best) {
				best = d
			}
		}
		if best == "" {
			return nil
		}
		return x.goDirs[best]
	default:
		if !strings.HasPrefix(spec, ".") {
			return nil // a package from node_modules
		}
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

func (x *funcIndex) files(candidates []string) []*ir.Module {
	var out []*ir.Module
	for _, c := range candidates {
		if m, ok := x.byFile[c]; ok {
			out = append(out, m)
		}
	}
	return out
}
