package taint

import (
	"path"

	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Relevant returns the modules whose analysis can report a flow, in their
// order: those where tainted data can start (ir.Module.HasSource), the
// modules that call into them (their callees may return that data), and
// everything those modules call (their callees may receive it).
//
// A flow needs a label, and labels are only made at sources; they move
// between modules only through resolved calls (arguments down, results up),
// and a call resolves only within its module, its Go package, or a module
// its file imports. So the dependencies of a module — the modules the
// import specifiers of its calls resolve to, and in Go the files of its
// package that define a name its calls use — bound every module its calls
// can reach, and a module outside the set computed here never holds a
// label: analysing it, or keeping its IR, cannot change a finding. On a
// whole registry or monorepo most files are code no tool handler reaches.
func Relevant(mods []*ir.Module) []*ir.Module {
	keep, _ := relevant(mods)
	out := make([]*ir.Module, 0, len(mods))
	for i, m := range mods {
		if keep[i] {
			out = append(out, m)
		}
	}
	return out
}

// Components returns the modules Relevant keeps, grouped into the
// connected parts of their dependency graph: each part in the modules'
// order, the parts in the order of their first module. A call resolves
// only along a dependency, so no label crosses from one part into another:
// analysing each part alone finds the flows that analysing them together
// finds, while only one part's functions, summaries and labels need to be
// held at a time (a registry or a monorepo is many unrelated parts).
func Components(mods []*ir.Module) [][]*ir.Module {
	keep, deps := relevant(mods)
	parent := make([]int, len(mods))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, ds := range deps {
		if !keep[i] {
			continue
		}
		for _, j := range ds {
			// keep is closed under deps: j is kept too.
			if a, b := find(i), find(j); a != b {
				if a < b {
					parent[b] = a
				} else {
					parent[a] = b
				}
			}
		}
	}
	var out [][]*ir.Module
	part := map[int]int{} // root → index in out
	for i, m := range mods {
		if !keep[i] {
			continue
		}
		r := find(i)
		k, ok := part[r]
		if !ok {
			k = len(out)
			part[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], m)
	}
	return out
}

// relevant returns which modules Relevant keeps, and the dependencies.
func relevant(mods []*ir.Module) (keep []bool, deps [][]int) {
	deps = dependencies(mods)
	callers := make([][]int, len(mods))
	for i, ds := range deps {
		for _, j := range ds {
			callers[j] = append(callers[j], i)
		}
	}
	sources := make([]bool, len(mods))
	for i, m := range mods {
		sources[i] = m.HasSource
	}
	// The modules with a source and every module that calls into one,
	// directly or not (a result carries the label up the call chain), then
	// everything those call (arguments carry it down).
	return reach(reach(sources, callers), deps), deps
}

// reach returns from and every node reachable from it along edges.
func reach(from []bool, edges [][]int) []bool {
	out := make([]bool, len(from))
	var stack []int
	for i, ok := range from {
		if ok {
			out[i] = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range edges[i] {
			if !out[j] {
				out[j] = true
				stack = append(stack, j)
			}
		}
	}
	return out
}

// dependencies returns, for each module (by index), the indexes of the
// modules its calls may resolve to in another file: what the import
// specifiers of its calls name among mods and, in Go, the other files of
// its package that define a function or method its calls name.
func dependencies(mods []*ir.Module) [][]int {
	x := buildIndex(mods)
	at := make(map[*ir.Module]int, len(mods))
	for i, m := range mods {
		at[m] = i
	}
	// Per Go package, the files that define each function or method name.
	defines := map[goPkg]map[string][]int{}
	for i, m := range mods {
		if m.Lang == nil || m.Lang.ID != lang.Go {
			continue
		}
		k := goPkg{path.Dir(m.File), m.Package}
		names := defines[k]
		if names == nil {
			names = map[string][]int{}
			defines[k] = names
		}
		for _, name := range m.Defines {
			names[name] = append(names[name], i)
		}
	}
	deps := make([][]int, len(mods))
	seen := map[int]bool{}
	for i, m := range mods {
		clear(seen)
		seen[i] = true
		add := func(j int) {
			if !seen[j] {
				seen[j] = true
				deps[i] = append(deps[i], j)
			}
		}
		for _, spec := range m.CallImports {
			for _, t := range x.resolveModule(m, spec) {
				add(at[t])
			}
		}
		if len(m.CallNames) > 0 {
			names := defines[goPkg{path.Dir(m.File), m.Package}]
			for _, name := range m.CallNames {
				for _, j := range names[name] {
					add(j)
				}
			}
		}
	}
	return deps
}
