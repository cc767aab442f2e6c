package ir

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"unsafe"
)

// Packing keeps a module's functions as bytes while deep mode waits for the
// rest of the project. Deep mode needs every file lowered before it knows
// which modules a flow can pass through (taint.Relevant), and on a large
// project most are not: held as Go objects, the IR of every file was the
// largest part of deep mode's memory (~770 MB live for a 105 MB corpus,
// scanned again and again by the garbage collector). Packed, a module is
// one pointer-free byte slice a fraction of that size; the modules the
// analysis keeps are unpacked, and the others never are.
//
// What the relevance decision reads (the file, language, imports, package,
// HasSource, CallImports, CallNames, Defines) stays in the Module; Init and
// Funcs are what is packed.
//
// The encoding is private to one process: strings go to a table written
// once per distinct value, integers as varints, slices as their length
// plus one (0 for nil, so that an unpacked module is the one that was
// packed, nil slices and maps included), statements and expressions as a
// tag byte and their fields, function references as indexes in
// Module.Funcs.

// Packed reports whether the module's functions are packed.
func (m *Module) Packed() bool { return m.packed != nil || m.spill != nil }

// Pack encodes Init and Funcs into a byte slice and drops them. It returns
// false, leaving the module as it was, when the module holds something the
// encoding cannot refer to (a function that is not in Funcs).
func (m *Module) Pack() bool {
	if m.Packed() {
		return true
	}
	if m.Init == nil || len(m.Funcs) == 0 || m.Funcs[0] != m.Init || m.strs != nil {
		// Nothing to pack, or the bodies of a lazily unpacked module.
		return false
	}
	for i, f := range m.Funcs {
		if f.Index != i || f.Module != m {
			return false
		}
	}
	p := packer{m: m, index: map[string]uint32{}}
	if !p.module() {
		return false
	}
	// The string table first: the unpacker slices every string out of one
	// copy of it. Sized exactly, as the bytes are kept.
	var head []byte
	head = binary.AppendUvarint(head, uint64(len(p.strs)))
	size := 0
	for _, s := range p.strs {
		head = binary.AppendUvarint(head, uint64(len(s)))
		size += len(s)
	}
	out := make([]byte, 0, len(head)+size+len(p.buf))
	out = append(out, head...)
	for _, s := range p.strs {
		out = append(out, s...)
	}
	out = append(out, p.buf...)
	m.packed = out
	m.Init, m.Funcs = nil, nil
	return true
}

// Unpack restores the functions Pack encoded, bodies included. It is a
// no-op on a module that is not packed; an error means the bytes are not
// what Pack wrote (a bug) or could not be read back from a Spill's file,
// and the module is left packed.
func (m *Module) Unpack() error { return m.unpack(false) }

// UnpackLazily restores the functions Pack encoded but leaves their bodies
// packed: Func.Stmts decodes a body each time it is asked for and keeps
// nothing. Deep mode's analysis walks one function at a time, so the
// project's IR stays at its packed size while it runs, for a decoding of
// each body per pass over it.
func (m *Module) UnpackLazily() error { return m.unpack(true) }

func (m *Module) unpack(lazily bool) (err error) {
	data := m.packed
	if data == nil && m.spill != nil {
		if data, err = m.spill.read(); err != nil {
			return fmt.Errorf("ir: unpacking %s: %w", m.File, err)
		}
	}
	if data == nil {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ir: unpacking %s: %v", m.File, r)
		}
	}()
	u := unpacker{buf: data}
	n := u.uint()
	if n > len(u.buf)-u.at {
		return fmt.Errorf("ir: unpacking %s: string table overruns the data", m.File)
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = u.uint()
		total += lens[i]
	}
	if total > len(u.buf)-u.at {
		return fmt.Errorf("ir: unpacking %s: string table overruns the data", m.File)
	}
	// One string holds the whole table; the module's strings are slices of
	// it, so a name used a hundred times is stored once. A lazily unpacked
	// module keeps its packed bytes for the bodies, and nothing writes to
	// them after Pack: the table is read in place there.
	var table string
	if lazily && total > 0 {
		table = unsafe.String(&u.buf[u.at], total)
	} else {
		table = string(u.buf[u.at : u.at+total])
	}
	u.at += total
	u.strs = make([]string, n)
	off := 0
	for i, l := range lens {
		u.strs[i] = table[off : off+l]
		off += l
	}
	nf, ok := u.sliceLen()
	if !ok || nf == 0 {
		return fmt.Errorf("ir: unpacking %s: no functions", m.File)
	}
	u.funcs = make([]*Func, nf)
	for i := range u.funcs {
		u.funcs[i] = &Func{Module: m, Index: i}
	}
	for _, f := range u.funcs {
		u.fn(f, lazily)
	}
	if u.at != len(u.buf) {
		return fmt.Errorf("ir: unpacking %s: %d bytes left over", m.File, len(u.buf)-u.at)
	}
	if lazily {
		m.strs = u.strs
	}
	m.Funcs, m.Init, m.packed, m.spill = u.funcs, u.funcs[0], nil, nil
	return nil
}

// Stmts returns the function's body: Body, or, in a module unpacked
// lazily, the body decoded anew. A body that does not decode (a bug in the
// encoding) reads as empty and is reported by Module.Damaged.
func (f *Func) Stmts() (body []Stmt) {
	if f.body == nil {
		return f.Body
	}
	m := f.Module
	defer func() {
		if r := recover(); r != nil {
			err := fmt.Errorf("ir: decoding a function of %s: %v", m.File, r)
			m.damaged.CompareAndSwap(nil, &err)
			body = nil
		}
	}()
	u := unpacker{buf: f.body, strs: m.strs, funcs: m.Funcs}
	body = u.stmts()
	if u.at != len(u.buf) {
		panic(fmt.Errorf("%d bytes left over", len(u.buf)-u.at))
	}
	return body
}

// Release drops the functions of a module the analysis is done with: its
// headers, and with them the packed bodies of a lazily unpacked module.
// The module keeps what relevance reads, and Damaged. Strings the analysis
// took from the module stay valid (nothing writes to the packed bytes).
func (m *Module) Release() {
	m.Funcs, m.Init, m.strs, m.packed, m.spill = nil, nil, nil, nil, nil
}

// Damaged returns the first error met decoding a lazily unpacked body, or
// nil.
func (m *Module) Damaged() error {
	if err := m.damaged.Load(); err != nil {
		return *err
	}
	return nil
}

// Statement and expression tags.
const (
	tagNil byte = iota
	tagAssign
	tagExprStmt
	tagReturn
	tagExit
	tagIf
	tagLoop
	tagName
	tagConst
	tagCall
	tagOp
	tagAttr
	tagIndex
	tagContainer
	tagFuncLit
	tagAwait
)

type packer struct {
	m     *Module
	buf   []byte
	strs  []string
	index map[string]uint32
	// scratch is where a function body is written before its length is
	// known; nested bodies are separate functions, so one buffer serves.
	scratch []byte
}

// module writes the functions; false when something cannot be encoded
// (a function outside Funcs, a nil pointer in an interface).
func (p *packer) module() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p.slice(len(p.m.Funcs), false)
	for _, f := range p.m.Funcs {
		if !p.fn(f) {
			return false
		}
	}
	return true
}

func (p *packer) int(v int)   { p.buf = binary.AppendVarint(p.buf, int64(v)) }
func (p *packer) uint(v int)  { p.buf = binary.AppendUvarint(p.buf, uint64(v)) }
func (p *packer) byte(b byte) { p.buf = append(p.buf, b) }

func (p *packer) bool(b bool) {
	if b {
		p.byte(1)
	} else {
		p.byte(0)
	}
}

func (p *packer) str(s string) {
	i, ok := p.index[s]
	if !ok {
		i = uint32(len(p.strs))
		p.index[s] = i
		p.strs = append(p.strs, s)
	}
	p.uint(int(i))
}

// slice writes a slice's length plus one, or 0 for nil.
func (p *packer) slice(n int, isNil bool) {
	if isNil {
		p.uint(0)
	} else {
		p.uint(n + 1)
	}
}

func (p *packer) strings(ss []string) {
	p.slice(len(ss), ss == nil)
	for _, s := range ss {
		p.str(s)
	}
}

func (p *packer) pos(v Pos) {
	p.int(v.Line)
	p.int(v.Col)
	p.int(v.EndLine)
	p.int(v.EndCol)
}

// funcRef writes a function as its index plus one (0 for nil); false when
// the function is not the module's.
func (p *packer) funcRef(f *Func) bool {
	if f == nil {
		p.uint(0)
		return true
	}
	if f.Index < 0 || f.Index >= len(p.m.Funcs) || p.m.Funcs[f.Index] != f {
		return false
	}
	p.uint(f.Index + 1)
	return true
}

func (p *packer) fn(f *Func) bool {
	p.str(f.Name)
	p.str(f.Class)
	p.slice(len(f.Params), f.Params == nil)
	for _, pa := range f.Params {
		p.strings(pa.Names)
		p.int(pa.Index)
		p.str(pa.Type)
		p.pos(pa.Pos)
		p.bool(pa.Variadic)
	}
	p.pos(f.Pos)
	if !p.funcRef(f.Parent) {
		return false
	}
	if h := f.Handler; h == nil {
		p.byte(0)
	} else {
		p.byte(1)
		p.str(h.Kind)
		p.str(h.Name)
		p.strings(h.Inputs)
		keys := make([]string, 0, len(h.Constrained))
		for k := range h.Constrained {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.slice(len(keys), h.Constrained == nil)
		for _, k := range keys {
			p.str(k)
			p.bool(h.Constrained[k])
		}
	}
	// The body goes behind its length, so that it can stay packed while
	// the function's header is read (Module.UnpackLazily).
	outer := p.buf
	p.buf = p.scratch[:0]
	ok := p.stmts(f.Body)
	body := p.buf
	p.buf, p.scratch = outer, body
	p.uint(len(body))
	p.buf = append(p.buf, body...)
	return ok
}

func (p *packer) stmts(ss []Stmt) bool {
	p.slice(len(ss), ss == nil)
	for _, s := range ss {
		if !p.stmt(s) {
			return false
		}
	}
	return true
}

func (p *packer) stmt(s Stmt) bool {
	switch s := s.(type) {
	case nil:
		p.byte(tagNil)
	case *Assign:
		p.byte(tagAssign)
		p.slice(len(s.Targets), s.Targets == nil)
		for _, t := range s.Targets {
			p.strings(t.Path)
			p.strings(t.From)
			p.bool(t.Weak)
		}
		p.pos(s.Pos)
		p.bool(s.Aug)
		return p.expr(s.Value)
	case *ExprStmt:
		p.byte(tagExprStmt)
		return p.expr(s.X)
	case *Return:
		p.byte(tagReturn)
		p.pos(s.Pos)
		p.str(s.Line)
		return p.expr(s.X)
	case *Exit:
		p.byte(tagExit)
	case *If:
		p.byte(tagIf)
		p.bool(s.ThenExits)
		p.bool(s.ElseExits)
		return p.expr(s.Cond) && p.stmts(s.Then) && p.stmts(s.Else)
	case *Loop:
		p.byte(tagLoop)
		return p.stmts(s.Body)
	default:
		return false
	}
	return true
}

func (p *packer) hits(hs []Hit) {
	p.slice(len(hs), hs == nil)
	for _, h := range hs {
		p.int(h.Rule)
		p.int(h.Spec)
		p.int(int(h.Role))
		p.strings(h.Args)
		p.str(h.Kind)
		p.str(h.Tag)
		p.str(h.Note)
	}
}

func (p *packer) exprs(xs []Expr) bool {
	p.slice(len(xs), xs == nil)
	for _, x := range xs {
		if !p.expr(x) {
			return false
		}
	}
	return true
}

func (p *packer) expr(x Expr) bool {
	switch x := x.(type) {
	case nil:
		p.byte(tagNil)
	case *Name:
		p.byte(tagName)
		p.strings(x.Path)
		p.pos(x.Pos)
		p.hits(x.Hits)
	case *Const:
		p.byte(tagConst)
		p.str(x.Str)
		p.bool(x.IsString)
	case *Call:
		p.byte(tagCall)
		p.str(x.Callee)
		p.pos(x.Pos)
		p.hits(x.Hits)
		p.str(x.Line)
		p.str(x.Import)
		p.str(x.Member)
		if !p.funcRef(x.Lit) || !p.expr(x.Recv) {
			return false
		}
		p.slice(len(x.Args), x.Args == nil)
		for _, a := range x.Args {
			p.str(a.Name)
			p.int(a.Index)
			p.bool(a.Splat)
			if !p.expr(a.Value) {
				return false
			}
		}
	case *Op:
		p.byte(tagOp)
		p.str(x.Kind)
		return p.exprs(x.Args)
	case *Attr:
		p.byte(tagAttr)
		p.str(x.Name)
		return p.expr(x.X)
	case *Index:
		p.byte(tagIndex)
		p.pos(x.Pos)
		p.hits(x.Hits)
		return p.expr(x.X) && p.expr(x.Key)
	case *Container:
		p.byte(tagContainer)
		p.slice(len(x.Elems), x.Elems == nil)
		for _, e := range x.Elems {
			p.str(e.Key)
			p.bool(e.Spread)
			if !p.expr(e.Value) {
				return false
			}
		}
	case *FuncLit:
		p.byte(tagFuncLit)
		return p.funcRef(x.F)
	case *Await:
		p.byte(tagAwait)
		return p.expr(x.X)
	default:
		return false
	}
	return true
}

type unpacker struct {
	buf   []byte
	at    int
	strs  []string
	funcs []*Func
}

var errCorrupt = errors.New("corrupt data")

func (u *unpacker) uint() int {
	v, n := binary.Uvarint(u.buf[u.at:])
	if n <= 0 {
		panic(errCorrupt)
	}
	u.at += n
	return int(v)
}

func (u *unpacker) int() int {
	v, n := binary.Varint(u.buf[u.at:])
	if n <= 0 {
		panic(errCorrupt)
	}
	u.at += n
	return int(v)
}

func (u *unpacker) byte() byte {
	b := u.buf[u.at]
	u.at++
	return b
}

func (u *unpacker) bool() bool { return u.byte() != 0 }

func (u *unpacker) str() string { return u.strs[u.uint()] }

// sliceLen reads a slice length; ok is false for nil.
func (u *unpacker) sliceLen() (int, bool) {
	n := u.uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > len(u.buf)-u.at {
		// Every element takes at least one byte.
		panic(errCorrupt)
	}
	return n - 1, true
}

func (u *unpacker) strings() []string {
	n, ok := u.sliceLen()
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = u.str()
	}
	return out
}

func (u *unpacker) pos() Pos {
	return Pos{Line: u.int(), Col: u.int(), EndLine: u.int(), EndCol: u.int()}
}

func (u *unpacker) funcRef() *Func {
	i := u.uint()
	if i == 0 {
		return nil
	}
	return u.funcs[i-1]
}

func (u *unpacker) fn(f *Func, lazily bool) {
	f.Name = u.str()
	f.Class = u.str()
	if n, ok := u.sliceLen(); ok {
		f.Params = make([]Param, n)
		for i := range f.Params {
			pa := &f.Params[i]
			pa.Names = u.strings()
			pa.Index = u.int()
			pa.Type = u.str()
			pa.Pos = u.pos()
			pa.Variadic = u.bool()
		}
	}
	f.Pos = u.pos()
	f.Parent = u.funcRef()
	if u.byte() != 0 {
		h := &Handler{Kind: u.str(), Name: u.str(), Inputs: u.strings()}
		if n, ok := u.sliceLen(); ok {
			h.Constrained = make(map[string]bool, n)
			for range n {
				k := u.str()
				h.Constrained[k] = u.bool()
			}
		}
		f.Handler = h
	}
	n := u.uint()
	if n > len(u.buf)-u.at {
		panic(errCorrupt)
	}
	if lazily {
		f.body = u.buf[u.at : u.at+n : u.at+n]
		u.at += n
		return
	}
	end := u.at + n
	f.Body = u.stmts()
	if u.at != end {
		panic(errCorrupt)
	}
}

func (u *unpacker) stmts() []Stmt {
	n, ok := u.sliceLen()
	if !ok {
		return nil
	}
	out := make([]Stmt, n)
	for i := range out {
		out[i] = u.stmt()
	}
	return out
}

func (u *unpacker) stmt() Stmt {
	switch tag := u.byte(); tag {
	case tagNil:
		return nil
	case tagAssign:
		s := &Assign{}
		if n, ok := u.sliceLen(); ok {
			s.Targets = make([]Target, n)
			for i := range s.Targets {
				t := &s.Targets[i]
				t.Path = u.strings()
				t.From = u.strings()
				t.Weak = u.bool()
			}
		}
		s.Pos = u.pos()
		s.Aug = u.bool()
		s.Value = u.expr()
		return s
	case tagExprStmt:
		return &ExprStmt{X: u.expr()}
	case tagReturn:
		s := &Return{Pos: u.pos(), Line: u.str()}
		s.X = u.expr()
		return s
	case tagExit:
		return &Exit{}
	case tagIf:
		s := &If{ThenExits: u.bool(), ElseExits: u.bool()}
		s.Cond = u.expr()
		s.Then = u.stmts()
		s.Else = u.stmts()
		return s
	case tagLoop:
		return &Loop{Body: u.stmts()}
	default:
		panic(fmt.Errorf("unknown statement tag %d", tag))
	}
}

func (u *unpacker) hits() []Hit {
	n, ok := u.sliceLen()
	if !ok {
		return nil
	}
	out := make([]Hit, n)
	for i := range out {
		out[i] = Hit{Rule: u.int(), Spec: u.int(), Role: Role(u.int()), Args: u.strings(), Kind: u.str(), Tag: u.str(), Note: u.str()}
	}
	return out
}

func (u *unpacker) exprs() []Expr {
	n, ok := u.sliceLen()
	if !ok {
		return nil
	}
	out := make([]Expr, n)
	for i := range out {
		out[i] = u.expr()
	}
	return out
}

func (u *unpacker) expr() Expr {
	switch tag := u.byte(); tag {
	case tagNil:
		return nil
	case tagName:
		return &Name{Path: u.strings(), Pos: u.pos(), Hits: u.hits()}
	case tagConst:
		return &Const{Str: u.str(), IsString: u.bool()}
	case tagCall:
		c := &Call{Callee: u.str(), Pos: u.pos(), Hits: u.hits(), Line: u.str(), Import: u.str(), Member: u.str()}
		c.Lit = u.funcRef()
		c.Recv = u.expr()
		if n, ok := u.sliceLen(); ok {
			c.Args = make([]Arg, n)
			for i := range c.Args {
				a := &c.Args[i]
				a.Name = u.str()
				a.Index = u.int()
				a.Splat = u.bool()
				a.Value = u.expr()
			}
		}
		return c
	case tagOp:
		return &Op{Kind: u.str(), Args: u.exprs()}
	case tagAttr:
		a := &Attr{Name: u.str()}
		a.X = u.expr()
		return a
	case tagIndex:
		x := &Index{Pos: u.pos(), Hits: u.hits()}
		x.X = u.expr()
		x.Key = u.expr()
		return x
	case tagContainer:
		c := &Container{}
		if n, ok := u.sliceLen(); ok {
			c.Elems = make([]Elem, n)
			for i := range c.Elems {
				e := &c.Elems[i]
				e.Key = u.str()
				e.Spread = u.bool()
				e.Value = u.expr()
			}
		}
		return c
	case tagFuncLit:
		return &FuncLit{F: u.funcRef()}
	case tagAwait:
		return &Await{X: u.expr()}
	default:
		panic(fmt.Errorf("unknown expression tag %d", tag))
	}
}
