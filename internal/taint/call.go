package taint

import (
	"fmt"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
)

// constraining calls turn any value into a number or boolean: nothing an
// injection can be built from.
var constraining = map[string]bool{
	"int": true, "float": true, "bool": true, "len": true, "abs": true, "round": true,
	"parseInt": true, "parseFloat": true, "Number": true, "Boolean": true, "Math.floor": true, "Math.round": true,
	"Math.min": true, "Math.max": true, "Number.parseInt": true, "Number.parseFloat": true,
	"strconv.Atoi": true, "strconv.ParseInt": true, "strconv.ParseUint": true, "strconv.ParseFloat": true,
	"strconv.ParseBool": true,
}

// constrainingMethods are method names with the same effect (mcp-go's
// request accessors for numbers and booleans).
var constrainingMethods = map[string]bool{
	"GetInt": true, "GetFloat": true, "GetBool": true, "RequireInt": true, "RequireFloat": true, "RequireBool": true,
	"isdigit": true, "isnumeric": true, "isalnum": true,
}

// opaque calls return values that carry no taint of their arguments
// (types, identities, hashes, lengths) or that the analysis must not
// follow (logging, printing).
var opaque = map[string]bool{
	"isinstance": true, "type": true, "id": true, "hash": true, "callable": true, "print": true,
	"typeof": true, "Array.isArray": true, "console.log": true, "console.error": true,
}

func lastSeg(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// call evaluates a call: arguments, sinks, the callee's summary (or the
// default of passing argument taint to the result), sanitizers, tags and
// sources.
func (fr *frame) call(c *ir.Call) Taint {
	var recv Taint
	if c.Recv != nil {
		recv = fr.eval(c.Recv)
	}
	args := make([]Taint, len(c.Args))
	var all []Taint
	all = append(all, recv)
	for i, a := range c.Args {
		args[i] = fr.eval(a.Value)
		all = append(all, args[i])
	}

	// Callbacks passed inline (map, forEach, then, go func(){}()) run
	// with the data of the call.
	if c.Lit != nil {
		fr.callback(c.Lit, union(all...), c)
	}
	for _, a := range c.Args {
		if fl, ok := a.Value.(*ir.FuncLit); ok && fl.F.Handler == nil {
			fr.callback(fl.F, union(recv), c)
		}
	}

	for _, h := range c.Hits {
		if h.Role == ir.RoleSink {
			fr.sink(c, h, args, recv)
		}
	}

	var result Taint
	callee := fr.resolve(c)
	summarised := callee != nil && fr.a.cfg.Interprocedural
	switch {
	case summarised:
		result = fr.applySummary(c, callee, args, recv)
	case opaque[c.Callee] || opaque[lastSeg(c.Callee)]:
		result = nil
	case c.Callee == "fmt.Sprintf" && len(c.Args) > 0 && isStringConst(c.Args[0].Value):
		// fmt.Sprintf("%s/users/%s", apiBase, id): the format interleaved
		// with its arguments, so a constant prefix is seen.
		var rest []ir.Expr
		for _, a := range c.Args[1:] {
			rest = append(rest, a.Value)
		}
		result = fr.eval(interleave(c.Args[0].Value.(*ir.Const).Str, rest, splitPrintf))
	case lastSeg(c.Callee) == "format" && c.Recv != nil && isStringConst(c.Recv):
		// "https://api.example.com/{}".format(id) likewise.
		var rest []ir.Expr
		for _, a := range c.Args {
			rest = append(rest, a.Value)
		}
		result = fr.eval(interleave(c.Recv.(*ir.Const).Str, rest, splitBraces))
	default:
		result = union(all...)
	}
	if constraining[c.Callee] || constrainingMethods[lastSeg(c.Callee)] {
		result = result.mapLabels(func(l *Label) *Label { n := *l; n.Constrained = true; return &n })
	}
	for _, h := range c.Hits {
		switch h.Role {
		case ir.RoleSanitizer:
			result = result.mapLabels(func(l *Label) *Label { n := *l; n.San = n.San.with(h.Rule); return &n })
		case ir.RoleAssumedSanitizer:
			if !summarised {
				result = result.mapLabels(func(l *Label) *Label { n := *l; n.San = n.San.with(h.Rule); return &n })
			}
		case ir.RoleTag:
			bit := fr.a.tagBit(h.Rule, h.Tag)
			result = result.mapLabels(func(l *Label) *Label { n := *l; n.Tags |= bit; return &n })
		}
	}
	return union(result, fr.sourceHits(c.Hits, c.Pos))
}

// callback analyses a function literal in the current environment, its
// parameters bound to data.
func (fr *frame) callback(f *ir.Func, data Taint, at *ir.Call) {
	if fr.depth > 50 {
		return
	}
	sub := &frame{a: fr.a, fn: f, env: fr.env.clone(), summary: fr.summary, funcs: fr.funcs, defs: map[string]*ir.Call{}, depth: fr.depth + 10}
	for _, p := range f.Params {
		for _, n := range p.Names {
			if n != "" {
				sub.env[n] = data
			}
		}
	}
	sub.run(f.Stmts())
	for _, e := range sub.effects {
		fr.addEffect(e)
	}
}

// sink checks the arguments a sink spec names.
func (fr *frame) sink(c *ir.Call, h ir.Hit, args []Taint, recv Taint) {
	rule := fr.a.rule(h.Rule)
	if rule == nil {
		return
	}
	var ts []Taint
	for _, e := range selectArgs(c, h.Args) {
		ts = append(ts, fr.eval(e))
	}
	t := union(ts...)
	if len(t) == 0 {
		return
	}
	note := c.Callee
	if h.Note != "" {
		note += " (" + h.Note + ")"
	}
	fr.reach(rule, t, c.Pos, note, c.Line)
}

// returnSink checks values returned by an MCP handler against rules whose
// sinks are handler returns (tool output).
func (fr *frame) returnSink(r *ir.Return, t Taint) {
	if fr.fn.Handler == nil || len(t) == 0 {
		return
	}
	for _, rule := range fr.a.cfg.Rules {
		if rule.Returns[fr.fn.Handler.Kind] {
			note := rule.ReturnNote
			if note == "" {
				note = "returned to the model as " + fr.fn.Handler.Kind + " output"
			}
			fr.reach(rule, t, r.Pos, note, r.Line)
		}
	}
}

// reach records that taint t arrives at a sink of rule: a flow for each
// real source the rule accepts, or, while summarising, an effect for each
// parameter placeholder.
func (fr *frame) reach(rule *Rule, t Taint, pos ir.Pos, note, line string) {
	step := fr.stepAt(pos, "reaches "+note)
	for _, l := range t {
		if l.San.has(rule.Index) || (l.Constrained && !rule.KeepConstrained) {
			continue
		}
		if l.Param >= 0 {
			if fr.summary {
				c := *l
				c.Trace = appendStep(l.Trace, step)
				fr.addEffect(sinkEffect{rule: rule, label: &c, file: fr.fn.Module.File, pos: pos, sink: note, line: line, n: 1})
			}
			continue
		}
		if fr.a.summarizing {
			// Real sources inside are reported by the final pass.
			continue
		}
		fr.a.addFlow(rule, l, fr.fn.Module, pos, note, line, appendStep(l.Trace, step))
	}
}

func (a *analyzer) rule(i int) *Rule {
	for _, r := range a.cfg.Rules {
		if r.Index == i {
			return r
		}
	}
	return nil
}

func (a *analyzer) addFlow(rule *Rule, l *Label, m *ir.Module, pos ir.Pos, note, line string, tr trace) {
	if !rule.Sources[l.Src.Kind] {
		return
	}
	if rule.MCPFile && !l.Src.MCP && !m.IsMCP {
		return
	}
	key := fmt.Sprintf("%s|%s|%d|%d|%s|%d|%s", rule.ID, m.File, pos.Line, pos.Col, l.Src.File, l.Src.Pos.Line, l.Src.Note)
	if _, dup := a.flows[key]; dup {
		return
	}
	a.flows[key] = &Flow{Rule: rule, File: m.File, Pos: pos, Source: l.Src, Trace: tr.steps(), Sink: note, Line: line}
	a.order = append(a.order, key)
}

// applySummary maps a callee's summary onto the call's arguments.
func (fr *frame) applySummary(c *ir.Call, f *ir.Func, args []Taint, recv Taint) Taint {
	s := fr.a.summaries[f]
	if s == nil {
		return union(append([]Taint{recv}, args...)...)
	}
	paramTaint := fr.bindParams(c, f, args, recv)
	callStep := fr.stepAt(c.Pos, "passed to "+calleeName(c, f)+"()")
	mapReturn := func(labels Taint) Taint {
		var out Taint
		for _, rl := range labels {
			if rl.Param < 0 {
				c := *rl
				c.Trace = appendStep(rl.Trace, callStep)
				out = append(out, &c)
				continue
			}
			for _, al := range paramTaint[rl.Param] {
				out = append(out, combine(al, rl, callStep))
			}
		}
		return union(out)
	}
	out := mapReturn(s.returns)
	if len(s.results) > 0 {
		fr.lastResults = make([]Taint, len(s.results))
		for i, r := range s.results {
			fr.lastResults[i] = mapReturn(r)
		}
	}
	for _, eff := range s.sinks {
		for _, al := range paramTaint[eff.label.Param] {
			l := combine(al, eff.label, callStep)
			if l.San.has(eff.rule.Index) || (l.Constrained && !eff.rule.KeepConstrained) {
				continue
			}
			if l.Param >= 0 {
				if fr.summary {
					fr.addEffect(sinkEffect{rule: eff.rule, label: l, file: eff.file, pos: eff.pos, sink: eff.sink, line: eff.line, n: eff.n})
				}
				continue
			}
			if fr.a.summarizing {
				continue
			}
			m := fr.a.index.module(eff.file)
			if m == nil {
				m = fr.fn.Module
			}
			fr.a.addFlow(eff.rule, l, m, eff.pos, eff.sink, eff.line, l.Trace)
		}
	}
	return union(out)
}

// combine extends a caller's label with what happened to the parameter
// inside the callee.
func combine(caller, callee *Label, call finding.Step) *Label {
	c := *caller
	c.Trace = joinTrace(appendStep(caller.Trace, call), callee.Trace)
	c.San = caller.San.or(callee.San)
	c.Tags = caller.Tags | callee.Tags
	c.Constrained = caller.Constrained || callee.Constrained
	return &c
}

func calleeName(c *ir.Call, f *ir.Func) string {
	if f.Name != "" {
		if f.Class != "" {
			return f.Class + "." + f.Name
		}
		return f.Name
	}
	return c.Callee
}

// bindParams maps arguments to the callee's parameter indexes: positional
// by position (after self/cls for a method called on an object), keyword
// by name, *args/**kwargs to every parameter.
func (fr *frame) bindParams(c *ir.Call, f *ir.Func, args []Taint, recv Taint) map[int]Taint {
	out := map[int]Taint{}
	shift := 0
	if len(f.Params) > 0 && len(f.Params[0].Names) == 1 {
		switch f.Params[0].Names[0] {
		case "self", "cls":
			shift = 1
			out[0] = recv
		}
	}
	var splat Taint
	for i, a := range c.Args {
		switch {
		case a.Splat:
			splat = union(splat, args[i])
		case a.Name != "":
			for _, p := range f.Params {
				for _, n := range p.Names {
					if n == a.Name {
						out[p.Index] = union(out[p.Index], args[i])
					}
				}
			}
		default:
			idx := a.Index + shift
			if v := variadicFrom(f); v >= 0 && idx > v {
				// def f(*args) / ...rest / xs ...string: the extra
				// positional arguments all go to the variadic parameter.
				idx = v
			}
			out[idx] = union(out[idx], args[i])
		}
	}
	if len(splat) > 0 {
		for _, p := range f.Params {
			out[p.Index] = union(out[p.Index], splat)
		}
	}
	return out
}

// variadicFrom returns the index of a function's variadic parameter, or -1.
func variadicFrom(f *ir.Func) int {
	for _, p := range f.Params {
		if p.Variadic {
			return p.Index
		}
	}
	return -1
}

func isStringConst(e ir.Expr) bool {
	c, ok := e.(*ir.Const)
	return ok && c.IsString
}

// interleave builds the concatenation a format call produces: its literal
// pieces with the arguments in between (in order; extra arguments last).
func interleave(format string, args []ir.Expr, split func(string) []string) *ir.Op {
	pieces := split(format)
	op := &ir.Op{Kind: "concat"}
	for i, p := range pieces {
		op.Args = append(op.Args, &ir.Const{Str: p, IsString: true})
		if i < len(pieces)-1 && i < len(args) {
			op.Args = append(op.Args, args[i])
		}
	}
	if n := len(pieces) - 1; n < len(args) {
		op.Args = append(op.Args, args[max(n, 0):]...)
	}
	return op
}

// splitPrintf splits a printf format at its verbs (%s, %d, %v, %%).
func splitPrintf(f string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		// Skip flags, width, precision and the verb letter.
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0123456789.*[]", f[j]) >= 0 {
			j++
		}
		out = append(out, b.String())
		b.Reset()
		i = j
	}
	return append(out, b.String())
}

// splitBraces splits a str.format template at its {…} fields.
func splitBraces(f string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == '{' && i+1 < len(f) && f[i+1] == '{':
			b.WriteByte('{')
			i++
		case f[i] == '{':
			j := strings.IndexByte(f[i:], '}')
			if j < 0 {
				b.WriteString(f[i:])
				i = len(f)
				continue
			}
			out = append(out, b.String())
			b.Reset()
			i += j
		default:
			b.WriteByte(f[i])
		}
	}
	return append(out, b.String())
}
