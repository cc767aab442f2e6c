// Package taint is deep mode's dataflow engine: it follows values from
// sources (the client-controlled parameters of MCP handlers, secret
// environment variables, fetched content, …) to sinks (shell commands,
// file paths, URLs, SQL, returned tool output, …) over the IR of package
// ir, across statements, functions and files.
//
// The analysis is an abstract interpretation of each function: an
// environment maps variables and field paths to taint (a small set of
// labels), statements update it in order, branches are analysed
// separately and merged, loops twice. Calls to functions of the project
// use summaries — for each parameter, whether it reaches the return value
// or a sink, and how sanitised — computed bottom-up and iterated to a
// fixpoint, so a helper's body is analysed once, not once per caller.
// Every bound (labels per value, trace length, rounds, time) is explicit.
package taint

import (
	"fmt"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
)

// Source is where attacker-controlled data enters.
type Source struct {
	Kind string
	File string
	Pos  ir.Pos
	// Note describes it for people: "input `path` of tool read_file".
	Note string
	// Tool is the MCP tool whose input this is, when it is one.
	Tool string
	// MCP says the source is in an MCP-context file.
	MCP bool
}

// bits is a set of rule indexes (up to 256 rules).
type bits [4]uint64

func (b bits) has(i int) bool { return i >= 0 && i < 256 && b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b bits) with(i int) bits {
	if i >= 0 && i < 256 {
		b[i/64] |= 1 << (uint(i) % 64)
	}
	return b
}
func (b bits) or(c bits) bits {
	for i := range b {
		b[i] |= c[i]
	}
	return b
}

// Label is one reason a value is tainted: a real source, or (while a
// summary is computed) a placeholder for a parameter of the function.
type Label struct {
	Src *Source
	// Param is the parameter index of a placeholder, or -1.
	Param int
	// Trace is the path since the source (or since the parameter).
	Trace []finding.Step
	// San holds the rules the value has been sanitised for.
	San bits
	// Tags holds tags added on the way (tag index bits).
	Tags uint32
	// Constrained values come from inputs whose schema only admits
	// numbers, booleans or enumerations.
	Constrained bool
}

func (l *Label) key() string {
	return fmt.Sprintf("%p/%d/%v/%d/%t", l.Src, l.Param, l.San, l.Tags, l.Constrained)
}

// Taint is a small set of labels. Labels are immutable: operations that
// change one return a copy.
type Taint []*Label

// maxLabels bounds the labels a value carries; beyond it, the first ones
// are kept (enough to report every source kind that reaches a sink).
const maxLabels = 24

// maxTrace bounds a trace; longer ones keep their first and last steps.
const maxTrace = 24

func union(ts ...Taint) Taint {
	var out Taint
	seen := map[string]bool{}
	for _, t := range ts {
		for _, l := range t {
			k := l.key()
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, l)
			if len(out) >= maxLabels {
				return out
			}
		}
	}
	return out
}

// mapLabels applies f to every label, dropping nil results.
func (t Taint) mapLabels(f func(*Label) *Label) Taint {
	if len(t) == 0 {
		return nil
	}
	out := make(Taint, 0, len(t))
	for _, l := range t {
		if n := f(l); n != nil {
			out = append(out, n)
		}
	}
	return union(out)
}

// step returns a copy of every label with one more trace step.
func (t Taint) step(s finding.Step) Taint {
	return t.mapLabels(func(l *Label) *Label {
		c := *l
		c.Trace = appendStep(l.Trace, s)
		return &c
	})
}

func appendStep(trace []finding.Step, s finding.Step) []finding.Step {
	if n := len(trace); n > 0 {
		last := trace[n-1]
		if last.File == s.File && last.Line == s.Line && last.Note == s.Note {
			return trace
		}
	}
	out := make([]finding.Step, 0, len(trace)+1)
	out = append(out, trace...)
	out = append(out, s)
	if len(out) > maxTrace {
		// Keep the first steps (where the data came from) and the last
		// ones (how it reached the sink).
		head := maxTrace / 3
		out = append(out[:head:head], out[len(out)-(maxTrace-head):]...)
	}
	return out
}

func joinTrace(a, b []finding.Step) []finding.Step {
	out := a
	for _, s := range b {
		out = appendStep(out, s)
	}
	return out
}

// describe renders a path for trace notes.
func describe(path []string) string {
	return strings.Join(path, ".")
}
