package ir

import (
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
)

// Annotator decides, while a file's tree is alive, which rule specs a call
// or a read matches. The engine implements it with the same conditions
// fast-mode rules use.
type Annotator interface {
	// CallHits returns the specs a call (or constructor call) matches;
	// callee is its qualified name.
	CallHits(call *sitter.Node, callee string) []Hit
	// ReadHits returns the specs a read matches: a name, attribute path
	// or subscript, with its dotted path (os.environ.GITHUB_TOKEN).
	ReadHits(n *sitter.Node, path string) []Hit
}

// Options bound the lowering of one file.
type Options struct {
	// MaxDepth bounds expression nesting; deeper parts are dropped.
	MaxDepth int
}

// Lower turns a parsed file into a Module. handlers is the file's MCP
// handler model (nil for files that are not MCP context).
func Lower(file string, l *lang.Language, root *sitter.Node, src *lang.Source, imps *lang.Imports, handlers *mcpctx.Handlers, ann Annotator, opts Options) *Module {
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = 200
	}
	// The import table is not kept: what the analysis needs of it, the
	// calls' Import and the module's CallImports, is in the IR (the tables
	// were a fifth of deep mode's live heap at the analysis' start).
	m := &Module{File: file, Lang: l, IsMCP: handlers != nil}
	lw := &lowerer{l: l, src: src, imps: imps, ann: ann, mod: m, opts: opts, handlers: map[uint]*mcpctx.Handler{}, callImports: map[string]bool{}, callNames: map[string]bool{}}
	if handlers != nil {
		for _, h := range handlers.List {
			lw.handlers[h.Func.StartByte()] = h
		}
	}
	init := lw.newFunc("<module>", root, nil)
	m.Init = init
	lw.cur = init
	switch l.ID {
	case lang.Python:
		init.Body = lw.pyBlock(root)
	case lang.Go:
		if pkg := firstChildOfKind(root, "package_clause"); pkg != nil && pkg.NamedChildCount() > 0 {
			m.Package = src.Text(pkg.NamedChild(0))
		}
		init.Body = lw.goTop(root)
		m.Defines = topNames(m)
	default:
		init.Body = lw.jsBlock(root)
	}
	return m
}

// topNames returns, once each, the names of m's named functions and
// methods defined at the top of the file.
func topNames(m *Module) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range m.Funcs {
		if f == m.Init || f.Name == "" || seen[f.Name] || (f.Parent != nil && f.Parent != m.Init) {
			continue
		}
		seen[f.Name] = true
		out = append(out, f.Name)
	}
	return out
}

type lowerer struct {
	l        *lang.Language
	src      *lang.Source
	imps     *lang.Imports
	ann      Annotator
	mod      *Module
	opts     Options
	handlers map[uint]*mcpctx.Handler
	// callImports and callNames are the sets of Module.CallImports and
	// Module.CallNames.
	callImports, callNames map[string]bool
	cur                    *Func
	class                  string
	depth                  int
	// pre collects statements that expressions emit (walrus, nested
	// function definitions) before the statement being lowered.
	pre []Stmt
}

func (lw *lowerer) newFunc(name string, n *sitter.Node, parent *Func) *Func {
	f := &Func{Module: lw.mod, Name: name, Class: lw.class, Pos: lw.pos(n), Parent: parent, Index: len(lw.mod.Funcs)}
	lw.mod.Funcs = append(lw.mod.Funcs, f)
	if h, ok := lw.handlers[n.StartByte()]; ok {
		f.Handler = &Handler{Kind: string(h.Kind), Name: h.Name, Inputs: h.Inputs, Constrained: map[string]bool{}}
		lw.mod.HasSource = true
	}
	return f
}

func (lw *lowerer) pos(n *sitter.Node) Pos {
	l1, c1 := lw.src.Position(int(n.StartByte()))
	l2, c2 := lw.src.Position(int(n.EndByte()))
	return Pos{Line: l1, Col: c1, EndLine: l2, EndCol: c2}
}

func (lw *lowerer) text(n *sitter.Node) string { return lw.src.Text(n) }

// function lowers a function node's parameters and body into a new Func.
func (lw *lowerer) function(n *sitter.Node, name string, body func(*Func) []Stmt) *Func {
	f := lw.newFunc(name, n, lw.cur)
	for _, p := range lw.l.Params(n, lw.src) {
		l1, c1 := lw.src.Position(p.Start)
		f.Params = append(f.Params, Param{Names: p.Names, Index: p.Index, Type: p.Type, Pos: Pos{Line: l1, Col: c1, EndLine: l1, EndCol: c1}, Variadic: p.Variadic})
	}
	saved, savedPre := lw.cur, lw.pre
	lw.cur, lw.pre = f, nil
	f.Body = body(f)
	lw.cur, lw.pre = saved, savedPre
	return f
}

// stmts appends the statements expressions emitted, then s.
func (lw *lowerer) flush(out []Stmt, s ...Stmt) []Stmt {
	out = append(out, lw.pre...)
	lw.pre = nil
	return append(out, s...)
}

// call builds a Call, asking the annotator about it.
func (lw *lowerer) call(n *sitter.Node, fn *sitter.Node, recv *sitter.Node, args []Arg) *Call {
	c := &Call{Callee: lang.QualifiedName(fn, lw.src, lw.imps), Args: args, Pos: lw.pos(n)}
	if head, rest := headName(fn, lw.src); head != "" {
		if im, ok := lw.imps.Lookup(head); ok {
			c.Import = im.Module
			if !lw.callImports[im.Module] {
				lw.callImports[im.Module] = true
				lw.mod.CallImports = append(lw.mod.CallImports, im.Module)
			}
			c.Member = strings.Trim(im.Member+"."+strings.Join(rest, "."), ".")
		}
	}
	if c.Import == "" && lw.l.ID == lang.Go {
		lw.noteCallName(c.Callee)
	}
	if recv != nil {
		c.Recv = lw.expr(recv)
	}
	if lw.ann != nil {
		c.Hits = lw.noteSources(lw.ann.CallHits(n, c.Callee))
		for _, h := range c.Hits {
			if h.Role == RoleSink {
				c.Line = strings.TrimSpace(lw.src.Line(c.Pos.Line))
				break
			}
		}
	}
	return c
}

// noteCallName records the name a Go call without an import may resolve
// to in its package (see taint's resolution): helper() or v.method().
func (lw *lowerer) noteCallName(callee string) {
	name := callee
	if dot := strings.IndexByte(callee, '.'); dot >= 0 {
		name = callee[dot+1:]
		if strings.IndexByte(name, '.') >= 0 {
			return
		}
	}
	if name == "" || lw.callNames[name] {
		return
	}
	lw.callNames[name] = true
	lw.mod.CallNames = append(lw.mod.CallNames, name)
}

// noteSources marks the module as holding a source when one of hits is.
func (lw *lowerer) noteSources(hits []Hit) []Hit {
	for i := range hits {
		if hits[i].Role == RoleSource {
			lw.mod.HasSource = true
			break
		}
	}
	return hits
}

// name builds a Name read, asking the annotator about it.
func (lw *lowerer) name(n *sitter.Node, path []string) *Name {
	nm := &Name{Path: path, Pos: lw.pos(n)}
	if lw.ann != nil {
		nm.Hits = lw.noteSources(lw.ann.ReadHits(n, strings.Join(path, ".")))
	}
	return nm
}

// exprs lowers the named children of n and combines them: the fallback
// for constructs the IR has no special form for, so that values still
// flow through them.
func (lw *lowerer) children(n *sitter.Node) Expr {
	var args []Expr
	for i := uint(0); i < n.NamedChildCount(); i++ {
		c := n.NamedChild(i)
		if c.Kind() == "comment" {
			continue
		}
		if e := lw.expr(c); e != nil {
			args = append(args, e)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return &Op{Args: args}
}

// expr lowers an expression in the current language.
func (lw *lowerer) expr(n *sitter.Node) Expr {
	if n == nil {
		return nil
	}
	lw.depth++
	defer func() { lw.depth-- }()
	if lw.depth > lw.opts.MaxDepth {
		return &Op{}
	}
	switch lw.l.ID {
	case lang.Python:
		return lw.pyExpr(n)
	case lang.Go:
		return lw.goExpr(n)
	}
	return lw.jsExpr(n)
}

func firstChildOfKind(n *sitter.Node, kind string) *sitter.Node {
	for i := uint(0); i < n.NamedChildCount(); i++ {
		if c := n.NamedChild(i); c.Kind() == kind {
			return c
		}
	}
	return nil
}

// unquote strips quotes (and Python string prefixes) from a literal.
func unquote(s string) string {
	s = strings.TrimLeft(s, "rRbBuUfF")
	for _, q := range []string{`"""`, `'''`, `"`, `'`, "`"} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			return s[len(q) : len(s)-len(q)]
		}
	}
	return s
}

// exits reports whether a statement list always leaves the function.
func exits(stmts []Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *Return, *Exit:
			return true
		case *If:
			if s.ThenExits && s.ElseExits && s.Else != nil {
				return true
			}
		}
	}
	return false
}

// exitCalls never return: a statement calling one ends the function.
var exitCalls = map[string]bool{
	"sys.exit": true, "exit": true, "os._exit": true, "process.exit": true, "os.Exit": true,
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true, "panic": true, "log.Panic": true, "log.Panicf": true,
}

// constraining type annotations: parameters of these types cannot carry
// an injection payload.
var pyConstrainedType = regexp.MustCompile(`^(int|float|bool|complex|datetime|date|uuid\.UUID|UUID|Literal\[.*\]|Annotated\[\s*(int|float|bool|Literal\[.*\])\b.*)$`)

// anchoredPattern matches schema patterns that pin the whole value
// (^…$), which constrain a string parameter.
var anchoredPattern = regexp.MustCompile(`pattern\s*=\s*r?["']\^[^"']*\$["']`)

// headName returns the leftmost identifier of a callee expression and the
// names after it: a.b.c → a, [b c].
func headName(n *sitter.Node, src *lang.Source) (string, []string) {
	var rest []string
	for depth := 0; n != nil && depth < 32; depth++ {
		switch n.Kind() {
		case "identifier":
			for i, j := 0, len(rest)-1; i < j; i, j = i+1, j-1 {
				rest[i], rest[j] = rest[j], rest[i]
			}
			return src.Text(n), rest
		case "attribute":
			if a := n.ChildByFieldName("attribute"); a != nil {
				rest = append(rest, src.Text(a))
			}
			n = n.ChildByFieldName("object")
		case "member_expression":
			if p := n.ChildByFieldName("property"); p != nil {
				rest = append(rest, src.Text(p))
			}
			n = n.ChildByFieldName("object")
		case "selector_expression":
			if f := n.ChildByFieldName("field"); f != nil {
				rest = append(rest, src.Text(f))
			}
			n = n.ChildByFieldName("operand")
		default:
			return "", nil
		}
	}
	return "", nil
}

// ret builds a Return, keeping the source line in handlers.
func (lw *lowerer) ret(n *sitter.Node, x Expr) *Return {
	r := &Return{X: x, Pos: lw.pos(n)}
	if lw.cur != nil && lw.cur.Handler != nil {
		r.Line = strings.TrimSpace(lw.src.Line(r.Pos.Line))
	}
	return r
}
