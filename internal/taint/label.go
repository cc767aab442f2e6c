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
	Trace trace
	// San holds the rules the value has been sanitised for.
	San bits
	// Tags holds tags added on the way (tag index bits).
	Tags uint32
	// Constrained values come from inputs whose schema only admits
	// numbers, booleans or enumerations.
	Constrained bool
}

// key orders labels the same way in every run: by where and what the
// source is (not its address, which made the reported source and trace
// depend on the heap layout), then by the rest of the label.
func (l *Label) key() string {
	src := ""
	if l.Src != nil {
		src = fmt.Sprintf("%s:%d:%d/%s/%s/%s", l.Src.File, l.Src.Pos.Line, l.Src.Pos.Col, l.Src.Kind, l.Src.Note, l.Src.Tool)
	}
	return fmt.Sprintf("%s/%d/%v/%d/%t", src, l.Param, l.San, l.Tags, l.Constrained)
}

// labelID is what key renders, as a comparable value: two labels have the
// same key exactly when they have the same labelID.
type labelID struct {
	src         *Source
	param       int
	san         bits
	tags        uint32
	constrained bool
}

func (l *Label) id() labelID {
	return labelID{src: l.Src, param: l.Param, san: l.San, tags: l.Tags, constrained: l.Constrained}
}

// Taint is a small set of labels. Labels are immutable: operations that
// change one return a copy.
type Taint []*Label

// maxLabels bounds the labels a value carries; beyond it, the first ones
// are kept (enough to report every source kind that reaches a sink).
const maxLabels = 24

// union returns the labels of ts without duplicates (labels with the same
// key), in order, at most maxLabels of them, in a new slice.
func union(ts ...Taint) Taint {
	n := 0
	for _, t := range ts {
		n += len(t)
	}
	if n == 0 {
		return nil
	}
	out := make(Taint, 0, min(n, maxLabels))
	for _, t := range ts {
		for _, l := range t {
			if has(out, l) {
				continue
			}
			out = append(out, l)
			if len(out) >= maxLabels {
				return out
			}
		}
	}
	return out
}

// has says whether t holds a label with l's key. At most maxLabels labels
// are kept, so a linear search is cheaper than a set.
func has(t Taint, l *Label) bool {
	id := l.id()
	for _, k := range t {
		if k == l || k.id() == id {
			return true
		}
	}
	return false
}

// mapLabels applies f to every label, dropping nil results and
// duplicates (as union does).
func (t Taint) mapLabels(f func(*Label) *Label) Taint {
	if len(t) == 0 {
		return nil
	}
	out := make(Taint, 0, len(t))
	for _, l := range t {
		if n := f(l); n != nil && !has(out, n) {
			out = append(out, n)
			if len(out) >= maxLabels {
				break
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// step returns a copy of every label with one more trace step.
func (t Taint) step(s finding.Step) Taint {
	return t.mapLabels(func(l *Label) *Label {
		c := *l
		c.Trace = appendStep(l.Trace, s)
		return &c
	})
}

// describe renders a path for trace notes.
func describe(path []string) string {
	return strings.Join(path, ".")
}
