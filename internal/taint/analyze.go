package taint

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Rule is a deep rule as the analysis sees it. Its index is the Rule field
// of the ir.Hits its specs produced.
type Rule struct {
	Index int
	ID    string
	// SafePrefix, when set, makes a value built by appending to a
	// constant prefix that matches it safe for the rule: with
	// "scheme://host/" fixed, the rest of a URL cannot change its host.
	SafePrefix *regexp.Regexp
	// SafeBase matches the names of configuration values (API_BASE,
	// self.base_url) that a value may start with instead of a literal
	// prefix, when a constant part beginning with "/" follows them.
	SafeBase *regexp.Regexp
	// Sources are the source kinds the rule accepts.
	Sources         map[string]bool
	KeepConstrained bool
	AllowListGuards bool
	// Returns lists handler kinds whose returned values are sinks.
	Returns    map[string]bool
	ReturnNote string
	// MCPFile restricts flows to those with the source or the sink in an
	// MCP-context file.
	MCPFile bool
}

// Config controls an analysis.
type Config struct {
	Rules []*Rule
	// Interprocedural follows calls into the project's functions, in any
	// file (deep mode). Without it each function is analysed alone and a
	// call passes its arguments' taint to its result (fast mode).
	Interprocedural bool
	// Deadline stops the analysis; zero means none.
	Deadline time.Time
	// MaxRounds bounds the summary fixpoint iterations (default 4).
	MaxRounds int
}

// Flow is a source reaching a sink: one finding.
type Flow struct {
	Rule   *Rule
	File   string
	Pos    ir.Pos
	Source *Source
	Trace  []finding.Step
	// Sink describes the sink ("subprocess.run (shell command)").
	Sink string
	// Line is the sink's source line.
	Line string
}

// Tool returns the MCP tool the flow starts from, or "".
func (f *Flow) Tool() string { return f.Source.Tool }

// Result is what an analysis found.
type Result struct {
	Flows       []Flow
	Diagnostics []finding.Diagnostic
}

// summary is what a function does with its parameters.
type summary struct {
	// returns are the labels of the return value: placeholders (Param >=
	// 0) for parameters that flow to it, and sources read inside.
	returns Taint
	// results are, for Go functions returning several values, the labels
	// of each result position; nil otherwise.
	results []Taint
	// sinks are parameters reaching sinks inside, each once (see
	// frame.addEffect).
	sinks []sinkEffect
	// rawSinks is how many effects the function recorded, repeats
	// included: what decides whether the summary changed.
	rawSinks int
}

type sinkEffect struct {
	rule  *Rule
	label *Label // a placeholder label (Param >= 0), with the trace to the sink
	file  string
	pos   ir.Pos
	sink  string
	line  string
	// n is how many times the effect was recorded: repeats (the same
	// effect, reached again on another path or through another call to
	// the same function) are kept once, with their count.
	n int
}

// effectKey identifies an effect up to its trace: two effects with the
// same key give callers the same flows and effects, and the one recorded
// first wins (its trace is the one reported).
type effectKey struct {
	rule       *Rule
	id         labelID
	file       string
	pos        ir.Pos
	sink, line string
}

// addEffect records a sink effect, or counts it again when an effect with
// the same key is already recorded. Only the first of such repeats can
// ever make a flow (flows are kept first come, with the same key), so
// keeping them all only multiplied the work (and the memory) of every
// caller; their count is kept so that the fixpoint sees the summaries
// change exactly when it did with every repeat listed.
func (fr *frame) addEffect(e sinkEffect) {
	k := effectKey{rule: e.rule, id: e.label.id(), file: e.file, pos: e.pos, sink: e.sink, line: e.line}
	if i, ok := fr.effectAt[k]; ok {
		fr.effects[i].n = addCount(fr.effects[i].n, e.n)
		return
	}
	if fr.effectAt == nil {
		fr.effectAt = map[effectKey]int{}
	}
	fr.effectAt[k] = len(fr.effects)
	fr.effects = append(fr.effects, e)
}

// addCount adds counts of effects, saturating.
func addCount(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func (s *summary) equal(o *summary) bool {
	if o == nil || len(s.returns) != len(o.returns) || s.rawSinks != o.rawSinks {
		return false
	}
	for i := range s.returns {
		if s.returns[i].id() != o.returns[i].id() {
			return false
		}
	}
	return true
}

type analyzer struct {
	cfg   Config
	mods  []*ir.Module
	index *funcIndex
	// summaries per function; nil until computed.
	summaries map[*ir.Func]*summary
	// exitEnv is each function's environment at its end, captured by
	// closures defined in it; kept only for functions that have closures
	// (parents).
	exitEnv map[*ir.Func]env
	parents map[*ir.Func]bool
	tags    map[string]uint32
	consts  map[*ir.Module]map[string]string
	flows   map[string]*Flow
	order   []string
	timeout bool
	// summarizing is set while summaries are computed: sinks then
	// record effects instead of flows.
	summarizing bool
}

// Analyze runs the rules over the modules.
func Analyze(mods []*ir.Module, cfg Config) Result {
	if cfg.MaxRounds <= 0 {
		cfg.MaxRounds = 4
	}
	a := &analyzer{cfg: cfg, mods: mods, summaries: map[*ir.Func]*summary{}, exitEnv: map[*ir.Func]env{},
		tags: map[string]uint32{}, flows: map[string]*Flow{}, consts: map[*ir.Module]map[string]string{}}
	a.index = buildIndex(mods)
	a.parents = map[*ir.Func]bool{}
	for _, m := range mods {
		for _, f := range m.Funcs {
			if f.Parent != nil {
				a.parents[f.Parent] = true
			}
		}
	}
	var res Result
	if cfg.Interprocedural {
		a.summarizing = true
		for round := 0; round < cfg.MaxRounds; round++ {
			changed := false
			for _, m := range mods {
				for _, f := range m.Funcs {
					if a.expired() {
						break
					}
					s := a.summarize(f)
					if !s.equal(a.summaries[f]) {
						changed = true
					}
					a.summaries[f] = s
				}
			}
			if !changed || a.expired() {
				break
			}
		}
		a.summarizing = false
	}
	for _, m := range mods {
		for _, f := range m.Funcs {
			if a.expired() {
				break
			}
			fr := a.newFrame(f, false)
			fr.run(f.Stmts())
			a.setExitEnv(f, fr.env)
		}
		// A closure's parent is in its own module: once the module is
		// done, its environments are read no more.
		for _, f := range m.Funcs {
			delete(a.exitEnv, f)
		}
	}
	if a.timeout {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: "",
			Message: "deep analysis stopped at its time limit; some flows may be missing (raise it with --deep-timeout)"})
	}
	for _, k := range a.order {
		res.Flows = append(res.Flows, *a.flows[k])
	}
	return res
}

func (a *analyzer) expired() bool {
	if a.timeout {
		return true
	}
	if !a.cfg.Deadline.IsZero() && time.Now().After(a.cfg.Deadline) {
		a.timeout = true
	}
	return a.timeout
}

// tagBit returns the bit of a rule's tag. Tags are scoped to their rule:
// one rule marking path.resolve results "resolved" says nothing to
// another rule's guards.
func (a *analyzer) tagBit(rule int, name string) uint32 {
	key := fmt.Sprintf("%d/%s", rule, name)
	if b, ok := a.tags[key]; ok {
		return b
	}
	if len(a.tags) >= 32 {
		return 0
	}
	b := uint32(1) << uint(len(a.tags))
	a.tags[key] = b
	return b
}

// setExitEnv records f's environment at its end, when a closure of f
// will read it.
func (a *analyzer) setExitEnv(f *ir.Func, e env) {
	if a.parents[f] {
		a.exitEnv[f] = e
	}
}

// summarize analyses f with placeholders for its parameters.
func (a *analyzer) summarize(f *ir.Func) *summary {
	fr := a.newFrame(f, true)
	fr.run(f.Stmts())
	a.setExitEnv(f, fr.env)
	s := &summary{returns: fr.returns, results: fr.results, sinks: fr.effects}
	for _, e := range fr.effects {
		s.rawSinks = addCount(s.rawSinks, e.n)
	}
	if len(s.returns) > 1 {
		keys := make([]string, len(s.returns))
		for i, l := range s.returns {
			keys[i] = l.key()
		}
		sort.Stable(byKey{s.returns, keys})
	}
	return s
}

// byKey sorts labels by their keys.
type byKey struct {
	t    Taint
	keys []string
}

func (b byKey) Len() int           { return len(b.t) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.t[i], b.t[j] = b.t[j], b.t[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// env maps variable paths ("x", "self.v", "in.Path") to taint.
type env map[string]Taint

func (e env) clone() env {
	c := make(env, len(e))
	for k, v := range e {
		c[k] = v
	}
	return c
}

// mergeEnv adds b's taint to a's, in a, and returns a. Environments are
// owned by one frame, so a can be updated in place when its caller has no
// further use for the environment as it was.
func mergeEnv(a, b env) env {
	for k, v := range b {
		a[k] = union(a[k], v)
	}
	return a
}

// lookup reads a path: its own taint, the taint of the nearest prefix
// (a field of a tainted object is tainted), and of every field below it
// (an object with a tainted field is tainted).
func (e env) lookup(path []string) Taint {
	key := strings.Join(path, ".")
	var out Taint
	if t, ok := e[key]; ok {
		out = t
	} else {
		for i := len(path) - 1; i > 0; i-- {
			if t, ok := e[strings.Join(path[:i], ".")]; ok {
				out = t
				break
			}
		}
	}
	// Fields below the path, in a fixed order: which labels are kept
	// first (and reported) must not depend on map iteration.
	prefix := key + "."
	var below []string
	for k := range e {
		if strings.HasPrefix(k, prefix) {
			below = append(below, k)
		}
	}
	sort.Strings(below)
	for _, k := range below {
		out = union(out, e[k])
	}
	return out
}

func (e env) assign(path []string, t Taint, weak bool) {
	key := strings.Join(path, ".")
	if weak {
		e[key] = union(e[key], t)
		return
	}
	prefix := key + "."
	for k := range e {
		if strings.HasPrefix(k, prefix) {
			delete(e, k)
		}
	}
	if len(t) == 0 {
		delete(e, key)
		return
	}
	e[key] = t
}

// frame is the analysis of one function.
type frame struct {
	a       *analyzer
	fn      *ir.Func
	env     env
	returns Taint
	// results holds per-position return taint for multi-value returns.
	results []Taint
	// lastResults is the per-position taint of the last call evaluated,
	// for a, b := f().
	lastResults []Taint
	effects     []sinkEffect
	effectAt    map[effectKey]int
	summary     bool
	// funcs are names bound to functions in this scope.
	funcs map[string]*ir.Func
	// defs remembers the call a local was last assigned from, so that a
	// check on the local can reach through the call (guard_through).
	defs map[string]*ir.Call
	// fixed maps a local whose value starts with a prefix that fixes the
	// host (a safe_prefix URL, or a configuration base) to the rules that
	// prefix is safe for: url += "?ref=" + branch cannot change the host
	// url was built with. fixedOps remembers which string-building
	// operations made such a value.
	fixed    map[string]bits
	fixedOps map[*ir.Op]bits
	depth    int
}

func (a *analyzer) newFrame(f *ir.Func, summary bool) *frame {
	// fixed and fixedOps are made on first use.
	fr := &frame{a: a, fn: f, env: env{}, summary: summary, funcs: map[string]*ir.Func{}, defs: map[string]*ir.Call{}}
	if f.Parent != nil {
		if pe, ok := a.exitEnv[f.Parent]; ok {
			fr.env = pe.clone()
		}
	}
	var inputs map[string]bool
	if f.Handler != nil {
		inputs = make(map[string]bool, len(f.Handler.Inputs))
		for _, in := range f.Handler.Inputs {
			inputs[in] = true
		}
	}
	for _, p := range f.Params {
		for _, name := range p.Names {
			if name == "" {
				continue
			}
			switch {
			case f.Handler != nil && inputs[name]:
				at := p.Pos
				if at.Line == 0 {
					at = f.Pos
				}
				src := &Source{Kind: f.Handler.Kind + "-input", File: f.Module.File, Pos: at, Tool: "",
					Note: fmt.Sprintf("input `%s` of %s %s", name, f.Handler.Kind, handlerName(f)), MCP: f.Module.IsMCP}
				if f.Handler.Kind == "tool" {
					src.Tool = f.Handler.Name
				}
				l := &Label{Src: src, Param: -1, Constrained: f.Handler.Constrained[name],
					Trace: newTrace(finding.Step{File: f.Module.File, Line: at.Line, Column: at.Col, Note: src.Note})}
				fr.env[name] = Taint{l}
			case summary:
				fr.env[name] = Taint{&Label{Param: p.Index}}
			default:
				delete(fr.env, name)
			}
		}
	}
	return fr
}

func handlerName(f *ir.Func) string {
	if f.Handler.Name != "" {
		return f.Handler.Name
	}
	if f.Name != "" {
		return f.Name
	}
	return "(anonymous)"
}

func (fr *frame) stepAt(pos ir.Pos, note string) finding.Step {
	return finding.Step{File: fr.fn.Module.File, Line: pos.Line, Column: pos.Col, Note: note}
}

// run interprets statements in order.
func (fr *frame) run(stmts []ir.Stmt) (exited bool) {
	for _, s := range stmts {
		if fr.a.expired() {
			return false
		}
		switch s := s.(type) {
		case *ir.Assign:
			fr.assign(s)
		case *ir.ExprStmt:
			fr.eval(s.X)
		case *ir.Return:
			if s.X != nil {
				t := fr.eval(s.X)
				fr.returnSink(s, t)
				fr.returns = union(fr.returns, t)
				if c, ok := s.X.(*ir.Container); ok && fr.fn.Module.Lang.ID == lang.Go && len(c.Elems) > 1 {
					for len(fr.results) < len(c.Elems) {
						fr.results = append(fr.results, nil)
					}
					for i, el := range c.Elems {
						fr.results[i] = union(fr.results[i], fr.eval(el.Value))
					}
				}
			}
			return true
		case *ir.Exit:
			return true
		case *ir.If:
			fr.branch(s)
		case *ir.Loop:
			// Twice, so that values carried round the loop reach uses
			// earlier in its body.
			for i := 0; i < 2; i++ {
				saved := fr.env.clone()
				fr.run(s.Body)
				fr.env = mergeEnv(saved, fr.env)
			}
		}
	}
	return false
}

func (fr *frame) assign(s *ir.Assign) {
	if fl, ok := s.Value.(*ir.FuncLit); ok {
		for _, t := range s.Targets {
			if len(t.Path) == 1 {
				fr.funcs[t.Path[0]] = fl.F
			}
		}
	}
	fr.lastResults = nil
	val := fr.eval(s.Value)
	results := fr.lastResults
	if !s.Aug {
		// rel, err := filepath.Rel(root, p) binds rel (and err) to the call.
		v := s.Value
		if aw, ok := v.(*ir.Await); ok {
			v = aw.X
		}
		c, isCall := v.(*ir.Call)
		for _, t := range s.Targets {
			if len(t.Path) != 1 || len(t.From) > 0 {
				continue
			}
			if isCall {
				fr.defs[t.Path[0]] = c
			} else {
				delete(fr.defs, t.Path[0])
			}
		}
	}
	fixedBy := fr.fixedValue(s.Value)
	for i, t := range s.Targets {
		tt := val
		key := strings.Join(t.Path, ".")
		if s.Aug {
			// Appending to a value whose host is fixed keeps it fixed and
			// cannot change the host.
			if b, ok := fr.fixed[key]; ok && len(t.From) == 0 {
				tt = tt.mapLabels(func(l *Label) *Label { c := *l; c.San = c.San.or(b); return &c })
			}
		} else if len(s.Targets) == 1 && len(t.From) == 0 && fixedBy != (bits{}) {
			if fr.fixed == nil {
				fr.fixed = map[string]bits{}
			}
			fr.fixed[key] = fixedBy
		} else {
			delete(fr.fixed, key)
		}
		if len(t.From) > 0 {
			tt = fr.project(s.Value, t.From, val)
		} else if len(s.Targets) > 1 && len(results) == len(s.Targets) {
			// a, err := f(): each name takes its result.
			tt = results[i]
		}
		if len(tt) > 0 {
			tt = tt.step(fr.stepAt(s.Pos, "assigned to `"+describe(t.Path)+"`"))
		}
		if s.Aug {
			tt = union(fr.env.lookup(t.Path), tt)
		}
		fr.env.assign(t.Path, tt, t.Weak)
	}
}

// project reads the part of a value a destructuring target takes.
func (fr *frame) project(v ir.Expr, from []string, whole Taint) Taint {
	switch v := v.(type) {
	case *ir.Name:
		// const { command } = req.query: the read itself may be a source.
		return union(fr.env.lookup(append(append([]string(nil), v.Path...), from...)), fr.sourceHits(v.Hits, v.Pos))
	case *ir.Container:
		for _, e := range v.Elems {
			if e.Key == from[0] {
				return fr.eval(e.Value)
			}
		}
	}
	return whole
}

// branch analyses both sides of an if and merges them, applying guards:
// a check in the condition makes the checked values safe in the branch it
// guards and, when the other branch always leaves, after the if.
func (fr *frame) branch(s *ir.If) {
	fr.eval(s.Cond)
	guards := fr.guards(s.Cond)
	// The environment before the if: the then branch runs on a copy, the
	// else branch on the environment itself (the frame owns it, and it is
	// not needed after that).
	base := fr.env

	baseFixed := cloneBits(fr.fixed)

	fr.env = base.clone()
	fr.applyGuards(guards, true)
	thenExit := fr.run(s.Then)
	thenEnv := fr.env
	thenFixed := fr.fixed

	fr.env = base
	fr.fixed = baseFixed
	fr.applyGuards(guards, false)
	elseExit := fr.run(s.Else)
	elseEnv := fr.env
	elseFixed := fr.fixed

	// A local stays host-fixed after the if when it is on every path that
	// goes on.
	switch {
	case thenExit && !elseExit:
		fr.fixed = elseFixed
	case elseExit && !thenExit:
		fr.fixed = thenFixed
	default:
		fr.fixed = map[string]bits{}
		for k, b := range thenFixed {
			if elseFixed[k] == b {
				fr.fixed[k] = b
			}
		}
	}

	switch {
	case thenExit && elseExit:
		fr.env = mergeEnv(thenEnv, elseEnv)
	case thenExit:
		fr.env = elseEnv
		fr.applyGuards(guards, false)
		fr.applyGuards(nonPolar(guards), true)
	case elseExit:
		fr.env = thenEnv
		fr.applyGuards(guards, true)
		fr.applyGuards(nonPolar(guards), false)
	default:
		fr.env = mergeEnv(thenEnv, elseEnv)
	}
}

func nonPolar(gs []guard) []guard {
	var out []guard
	for _, g := range gs {
		if !g.polar {
			out = append(out, g)
		}
	}
	return out
}

// guard is a check found in a condition: the paths it checks, the rules
// it makes them safe for, the tag they must carry first, and on which side
// of the condition it holds.
type guard struct {
	paths    [][]string
	rules    bits
	requires uint32
	positive bool
	// polar guards hold on one side only: x in ALLOWED, x == "a". A
	// validator call's polarity is unknown (is_safe(x) and
	// starts_with_dash(x) are written the same way), so after a branch
	// that leaves, it counts on both sides.
	polar bool
}

// normalizers return the same value in another case or without blanks:
// checking their result checks their receiver.
var normalizers = map[string]bool{
	"lower": true, "upper": true, "strip": true, "lstrip": true, "rstrip": true, "casefold": true,
	"toLowerCase": true, "toUpperCase": true, "trim": true, "trimStart": true, "trimEnd": true, "normalize": true,
	"ToLower": true, "ToUpper": true, "TrimSpace": true,
}

// checked returns the variable paths a check on e constrains, for the
// given rules. A check on a name or a field of it constrains that name; on
// a normalised value (x.lower()) its receiver; on the result of a call a
// rule lists in guard_through (urlparse(url).hostname, path.relative(root,
// p)) that call's argument, for that rule. Checks on anything else — a
// concatenation, a length, an unrelated call — constrain nothing.
func (fr *frame) checked(e ir.Expr, rules bits, depth int) []guard {
	if e == nil || depth > 12 {
		return nil
	}
	switch e := e.(type) {
	case *ir.Name:
		out := []guard{{paths: [][]string{e.Path}, rules: rules}}
		// A local assigned from a call: the check reaches through it.
		if call := fr.defs[e.Path[0]]; call != nil && depth < 6 {
			out = append(out, fr.checkedCall(call, rules, depth+1)...)
		}
		return out
	case *ir.Attr:
		return fr.checked(e.X, rules, depth+1)
	case *ir.Index:
		return fr.checked(e.X, rules, depth+1)
	case *ir.Await:
		return fr.checked(e.X, rules, depth+1)
	case *ir.Container:
		// commonpath([p, root]): each element is checked.
		var out []guard
		for _, el := range e.Elems {
			out = append(out, fr.checked(el.Value, rules, depth+1)...)
		}
		return out
	case *ir.Call:
		return fr.checkedCall(e, rules, depth+1)
	}
	return nil
}

// conversions change a value's type, not its content: checking
// String(x) checks x.
var conversions = map[string]bool{"String": true, "str": true, "string": true, "bytes": true, "unicode": true}

func (fr *frame) checkedCall(c *ir.Call, rules bits, depth int) []guard {
	var out []guard
	if c.Recv != nil && normalizers[lastSeg(c.Callee)] {
		out = append(out, fr.checked(c.Recv, rules, depth)...)
	}
	if c.Recv == nil && conversions[c.Callee] && len(c.Args) == 1 {
		out = append(out, fr.checked(c.Args[0].Value, rules, depth)...)
	}
	for _, h := range c.Hits {
		if h.Role != ir.RoleThrough || !rules.has(h.Rule) {
			continue
		}
		for _, x := range selectArgs(c, h.Args) {
			out = append(out, fr.checked(x, bits{}.with(h.Rule), depth)...)
		}
	}
	return out
}

// allowListRules are the rules for which allow-list checks are guards.
func (fr *frame) allowListRules() bits {
	var b bits
	for _, r := range fr.a.cfg.Rules {
		if r.AllowListGuards {
			b = b.with(r.Index)
		}
	}
	return b
}

// guards finds the checks in a condition.
func (fr *frame) guards(cond ir.Expr) []guard {
	var out []guard
	add := func(gs []guard, positive bool, requires uint32, polar bool) {
		for _, g := range gs {
			g.positive = positive
			g.requires = requires
			g.polar = polar
			out = append(out, g)
		}
	}
	var walk func(e ir.Expr, positive bool, depth int)
	walk = func(e ir.Expr, positive bool, depth int) {
		if e == nil || depth > 20 {
			return
		}
		switch e := e.(type) {
		case *ir.Op:
			switch e.Kind {
			case "not":
				for _, x := range e.Args {
					walk(x, !positive, depth+1)
				}
			case "and", "or", "", "concat":
				for _, x := range e.Args {
					walk(x, positive, depth+1)
				}
			case "in", "notin", "eq", "neq":
				// x in ALLOWED, x == "a": the left side is checked against
				// constants.
				if len(e.Args) == 2 && isConstantish(e.Args[1]) {
					pos := positive
					if e.Kind == "notin" || e.Kind == "neq" {
						pos = !pos
					}
					add(fr.checked(e.Args[0], fr.allowListRules(), 0), pos, 0, true)
				}
				// commonpath([p, root]) != root: a guard call inside a
				// comparison.
				for _, x := range e.Args {
					walk(x, positive, depth+1)
				}
			}
		case *ir.Call:
			// ALLOWED.includes(x), ALLOWED.has(x), slices.Contains(ALLOWED, x):
			// membership in a constant collection is an allow-list check.
			switch lastSeg(e.Callee) {
			case "includes", "has", "contains", "__contains__":
				if e.Recv != nil && isConstantish(e.Recv) {
					for _, a := range e.Args {
						add(fr.checked(a.Value, fr.allowListRules(), 0), positive, 0, true)
					}
				}
			case "Contains", "ContainsKey":
				if strings.HasPrefix(e.Callee, "slices.") || strings.HasPrefix(e.Callee, "maps.") {
					if len(e.Args) == 2 && isConstantish(e.Args[0].Value) {
						add(fr.checked(e.Args[1].Value, fr.allowListRules(), 0), positive, 0, true)
					}
				}
			}
			for _, h := range e.Hits {
				if h.Role != ir.RoleGuard {
					continue
				}
				var req uint32
				if h.Tag != "" {
					req = fr.a.tagBit(h.Rule, h.Tag)
				}
				for _, x := range selectArgs(e, h.Args) {
					add(fr.checked(x, bits{}.with(h.Rule), 0), positive, req, false)
				}
			}
			// A call on a checked value: realpath(x).startswith(root).
			if e.Recv != nil {
				walk(e.Recv, positive, depth+1)
			}
		case *ir.Await:
			walk(e.X, positive, depth+1)
		}
	}
	walk(cond, true, 0)
	return out
}

func isConstantish(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Const:
		return true
	case *ir.Name:
		// An upper-case name or a module-level set: ALLOWED_HOSTS.
		last := e.Path[len(e.Path)-1]
		return strings.ToUpper(last) == last && strings.ContainsAny(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	case *ir.Container:
		for _, el := range e.Elems {
			if !isConstantish(el.Value) {
				return false
			}
		}
		return true
	}
	return false
}

// paths returns the variable paths an expression reads.
func paths(e ir.Expr) [][]string {
	var out [][]string
	var walk func(e ir.Expr, depth int)
	walk = func(e ir.Expr, depth int) {
		if e == nil || depth > 20 {
			return
		}
		switch e := e.(type) {
		case *ir.Name:
			out = append(out, e.Path)
		case *ir.Call:
			if e.Recv != nil {
				walk(e.Recv, depth+1)
			}
			for _, a := range e.Args {
				walk(a.Value, depth+1)
			}
		case *ir.Op:
			for _, x := range e.Args {
				walk(x, depth+1)
			}
		case *ir.Attr:
			walk(e.X, depth+1)
		case *ir.Index:
			walk(e.X, depth+1)
		case *ir.Await:
			walk(e.X, depth+1)
		}
	}
	walk(e, 0)
	return out
}

func (fr *frame) applyGuards(gs []guard, side bool) {
	for _, g := range gs {
		if g.positive != side {
			continue
		}
		for _, p := range g.paths {
			t := fr.env.lookup(p)
			if len(t) == 0 {
				continue
			}
			t = t.mapLabels(func(l *Label) *Label {
				if g.requires != 0 && l.Tags&g.requires == 0 {
					return l
				}
				c := *l
				c.San = c.San.or(g.rules)
				return &c
			})
			fr.env.assign(p, t, false)
		}
	}
}

// eval returns an expression's taint, recording flows at sinks.
func (fr *frame) eval(e ir.Expr) Taint {
	if e == nil {
		return nil
	}
	fr.depth++
	defer func() { fr.depth-- }()
	if fr.depth > 200 {
		return nil
	}
	switch e := e.(type) {
	case *ir.Name:
		t := fr.env.lookup(e.Path)
		if fr.fn.Handler != nil && len(t) > 0 && fr.fn.Handler.Constrained[strings.Join(e.Path, ".")] {
			t = t.mapLabels(func(l *Label) *Label { c := *l; c.Constrained = true; return &c })
		}
		return union(t, fr.sourceHits(e.Hits, e.Pos))
	case *ir.Const, *ir.FuncLit:
		return nil
	case *ir.Op:
		var ts []Taint
		for _, x := range e.Args {
			ts = append(ts, fr.eval(x))
		}
		if e.Kind == "concat" {
			return fr.concat(e, ts)
		}
		if e.Kind != "" && e.Kind != "and" && e.Kind != "or" {
			// A comparison is a boolean.
			return nil
		}
		return union(ts...)
	case *ir.Attr:
		return fr.eval(e.X)
	case *ir.Index:
		return union(fr.eval(e.X), fr.sourceHits(e.Hits, e.Pos))
	case *ir.Container:
		var ts []Taint
		for _, el := range e.Elems {
			ts = append(ts, fr.eval(el.Value))
		}
		return union(ts...)
	case *ir.Await:
		return fr.eval(e.X)
	case *ir.Call:
		return fr.call(e)
	}
	return nil
}

func (fr *frame) sourceHits(hits []ir.Hit, pos ir.Pos) Taint {
	var out Taint
	for _, h := range hits {
		if h.Role != ir.RoleSource {
			continue
		}
		note := h.Note
		if note == "" {
			note = h.Kind
		}
		src := &Source{Kind: h.Kind, File: fr.fn.Module.File, Pos: pos, Note: note, MCP: fr.fn.Module.IsMCP}
		if fr.fn.Handler != nil && fr.fn.Handler.Kind == "tool" {
			src.Tool = fr.fn.Handler.Name
		}
		out = append(out, &Label{Src: src, Param: -1, Trace: newTrace(fr.stepAt(pos, note))})
	}
	return out
}

// selectArgs returns the argument expressions a spec looks at.
func selectArgs(c *ir.Call, sel []string) []ir.Expr {
	if len(sel) == 0 {
		var out []ir.Expr
		if c.Recv != nil {
			out = append(out, c.Recv)
		}
		for _, a := range c.Args {
			out = append(out, a.Value)
		}
		return out
	}
	var out []ir.Expr
	for _, s := range sel {
		if s == "receiver" {
			if c.Recv != nil {
				out = append(out, c.Recv)
			}
			continue
		}
		idx, err := strconv.Atoi(s)
		for _, a := range c.Args {
			if a.Splat {
				// *args / **kwargs may hold the argument.
				out = append(out, a.Value)
				continue
			}
			if (err == nil && a.Index == idx) || (err != nil && a.Name == s) {
				out = append(out, a.Value)
			}
		}
	}
	return out
}

// concat evaluates string building: the union of the parts' taint, except
// that for rules with a safe prefix, the parts after a constant prefix
// matching it are sanitised (https://api.example.com/ + id cannot change
// the host).
func (fr *frame) concat(e *ir.Op, ts []Taint) Taint {
	var rules []*Rule
	for _, r := range fr.a.cfg.Rules {
		if r.SafePrefix != nil {
			rules = append(rules, r)
		}
	}
	if len(rules) == 0 {
		return union(ts...)
	}
	prefix, base, k := fr.constPrefix(e.Args, 0)
	var san bits
	if k > 0 {
		for _, r := range rules {
			switch {
			case base && r.SafeBase != nil && strings.HasPrefix(prefix, "/"):
				san = san.with(r.Index)
			case !base && r.SafePrefix.MatchString(prefix):
				san = san.with(r.Index)
			}
		}
	}
	if san == (bits{}) && len(e.Args) > 0 {
		// A local already built on a host-fixing prefix: url + "&page=" + n.
		if n, ok := e.Args[0].(*ir.Name); ok {
			if b, ok := fr.fixed[strings.Join(n.Path, ".")]; ok {
				san, k = b, 1
			}
		}
	}
	if san == (bits{}) {
		return union(ts...)
	}
	if fr.fixedOps == nil {
		fr.fixedOps = map[*ir.Op]bits{}
	}
	fr.fixedOps[e] = san
	out := union(ts[:k]...)
	for _, t := range ts[k:] {
		out = union(out, t.mapLabels(func(l *Label) *Label { c := *l; c.San = c.San.or(san); return &c }))
	}
	return out
}

// fixedValue returns the rules for which an assigned value starts with a
// host-fixing prefix: string building that concat found safe, or a local
// that is.
func (fr *frame) fixedValue(v ir.Expr) bits {
	switch v := v.(type) {
	case *ir.Op:
		return fr.fixedOps[v]
	case *ir.Name:
		return fr.fixed[strings.Join(v.Path, ".")]
	case *ir.Await:
		return fr.fixedValue(v.X)
	}
	return bits{}
}

func cloneBits(m map[string]bits) map[string]bits {
	out := make(map[string]bits, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// constPrefix returns the constant text the parts start with, whether it
// starts with a configuration base (then the text is what follows it), and
// how many parts it spans.
func (fr *frame) constPrefix(parts []ir.Expr, depth int) (string, bool, int) {
	var b strings.Builder
	base := false
	k := 0
	for ; k < len(parts); k++ {
		switch p := parts[k].(type) {
		case *ir.Const:
			if !p.IsString {
				return b.String(), base, k
			}
			b.WriteString(p.Str)
			continue
		case *ir.Op:
			if p.Kind == "concat" && depth < 4 {
				inner, ib, n := fr.constPrefix(p.Args, depth+1)
				if n == len(p.Args) && !(ib && k > 0) {
					b.WriteString(inner)
					base = base || ib
					continue
				}
				if k == 0 && n > 0 {
					return inner, ib, 1 // a partial prefix inside the first part
				}
			}
		case *ir.Name:
			if len(fr.env.lookup(p.Path)) > 0 {
				return b.String(), base, k
			}
			if v, ok := fr.a.constant(fr.fn.Module, p.Path); ok {
				b.WriteString(v)
				continue
			}
			if k == 0 && fr.isSafeBase(p.Path) {
				base = true
				continue
			}
		}
		break
	}
	return b.String(), base, k
}

func (fr *frame) isSafeBase(path []string) bool {
	name := strings.Join(path, ".")
	for _, r := range fr.a.cfg.Rules {
		if r.SafeBase != nil && r.SafeBase.MatchString(name) {
			return true
		}
	}
	return false
}

// constant returns the value of a module-level name bound once to a
// string literal.
func (a *analyzer) constant(m *ir.Module, path []string) (string, bool) {
	if len(path) != 1 {
		return "", false
	}
	consts, ok := a.consts[m]
	if !ok {
		consts = map[string]string{}
		count := map[string]int{}
		for _, st := range m.Init.Stmts() {
			as, ok := st.(*ir.Assign)
			if !ok {
				continue
			}
			for _, t := range as.Targets {
				if len(t.Path) == 1 {
					count[t.Path[0]]++
					if c, ok := as.Value.(*ir.Const); ok && c.IsString && len(as.Targets) == 1 {
						consts[t.Path[0]] = c.Str
					}
				}
			}
		}
		for n := range consts {
			if count[n] != 1 {
				delete(consts, n)
			}
		}
		a.consts[m] = consts
	}
	v, ok := consts[path[0]]
	return v, ok
}
