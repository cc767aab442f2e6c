package ir

import (
	"reflect"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// everyField builds a module in which every statement and expression kind
// appears and every field of every IR type is set, so that a field the
// encoding forgets shows as a difference.
func everyField() *Module {
	m := &Module{File: "a/b.go", Lang: lang.Detect("b.go"), Package: "b", IsMCP: true, HasSource: true,
		CallImports: []string{"example.com/x"}, CallNames: []string{"helper"}, Defines: []string{"tool"}}
	p := func(n int) Pos { return Pos{Line: n, Col: n + 1, EndLine: n + 2, EndCol: n + 3} }
	hit := Hit{Rule: 3, Spec: 1, Role: RoleSink, Args: []string{"0", "cmd"}, Kind: "mcp", Tag: "t", Note: "exec with shell"}
	init := &Func{Module: m, Name: "<module>", Pos: p(1), Index: 0}
	tool := &Func{Module: m, Name: "tool", Class: "Server", Parent: init, Index: 1, Pos: p(2),
		Params:  []Param{{Names: []string{"a", "b"}, Index: -1, Type: "string", Pos: p(3), Variadic: true}, {Names: []string{"c"}, Index: 1}},
		Handler: &Handler{Kind: "tool", Name: "run", Inputs: []string{"cmd", "n"}, Constrained: map[string]bool{"n": true, "in.M": false}}}
	lit := &Func{Module: m, Parent: tool, Index: 2, Pos: p(4), Body: []Stmt{&Exit{}}}
	empty := &Func{Module: m, Index: 3, Handler: &Handler{Kind: "prompt"}}
	m.Init, m.Funcs = init, []*Func{init, tool, lit, empty}
	call := &Call{Callee: "os/exec.Command", Recv: &Name{Path: []string{"s"}}, Pos: p(5), Hits: []Hit{hit, {Role: RoleSource, Kind: "http"}},
		Line: "exec.Command(cmd)", Lit: lit, Import: "os/exec", Member: "Command",
		Args: []Arg{{Name: "shell", Index: 0, Value: &Const{Str: "ls", IsString: true}, Splat: true}, {Index: -1, Value: &Const{}}}}
	init.Body = []Stmt{
		&Assign{Targets: []Target{{Path: []string{"x", "y"}, From: []string{"k"}, Weak: true}, {Path: []string{"z"}}}, Value: call, Pos: p(6), Aug: true},
		&ExprStmt{X: &FuncLit{F: lit}},
		nil,
	}
	tool.Body = []Stmt{
		&If{Cond: &Op{Kind: "and", Args: []Expr{&Name{Path: []string{"a"}, Pos: p(7), Hits: []Hit{hit}}, nil}},
			Then: []Stmt{&Return{X: &Await{X: &Attr{X: call, Name: "out"}}, Pos: p(8), Line: "return out"}}, Else: []Stmt{},
			ThenExits: true, ElseExits: true},
		&Loop{Body: []Stmt{&ExprStmt{X: &Index{X: &Name{Path: []string{"m"}}, Key: &Const{Str: "k", IsString: true}, Hits: []Hit{hit}, Pos: p(9)}}}},
		&ExprStmt{X: &Container{Elems: []Elem{{Key: "a", Value: &Op{Kind: "concat"}, Spread: true}, {Value: nil}}}},
		&Return{},
	}
	return m
}

func TestPackRoundTrip(t *testing.T) {
	want, m := everyField(), everyField()
	if !m.Pack() || !m.Packed() || m.Funcs != nil || m.Init != nil {
		t.Fatalf("Pack did not pack: packed=%v funcs=%d", m.Packed(), len(m.Funcs))
	}
	if !m.Pack() {
		t.Fatal("packing a packed module must be a no-op that succeeds")
	}
	if err := m.Unpack(); err != nil {
		t.Fatal(err)
	}
	if m.Packed() {
		t.Fatal("still packed after Unpack")
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("unpacked module differs from the packed one:\n%s", diffFuncs(m, want))
	}
	for i, f := range m.Funcs {
		if f.Module != m || f.Index != i {
			t.Errorf("func %d: module %p (want %p), index %d", i, f.Module, m, f.Index)
		}
	}
	// Function references are the module's own functions again, not copies.
	lit := m.Funcs[2]
	if m.Init.Body[1].(*ExprStmt).X.(*FuncLit).F != lit || m.Init.Body[0].(*Assign).Value.(*Call).Lit != lit || lit.Parent != m.Funcs[1] {
		t.Error("function references do not point at the module's functions")
	}
	if err := m.Unpack(); err != nil {
		t.Errorf("unpacking an unpacked module: %v", err)
	}
}

func TestUnpackLazily(t *testing.T) {
	want, m := everyField(), everyField()
	if !m.Pack() {
		t.Fatal("Pack failed")
	}
	if err := m.UnpackLazily(); err != nil {
		t.Fatal(err)
	}
	if m.Packed() || len(m.Funcs) != len(want.Funcs) || m.Init != m.Funcs[0] {
		t.Fatalf("lazily unpacked module: packed=%v, %d functions", m.Packed(), len(m.Funcs))
	}
	for i, f := range m.Funcs {
		if f.Body != nil {
			t.Errorf("func %d: body decoded eagerly", i)
		}
		w := want.Funcs[i]
		if f.Name != w.Name || f.Class != w.Class || !reflect.DeepEqual(f.Params, w.Params) || f.Pos != w.Pos ||
			!reflect.DeepEqual(f.Handler, w.Handler) || (f.Parent == nil) != (w.Parent == nil) || (f.Parent != nil && f.Parent.Index != w.Parent.Index) {
			t.Errorf("func %d: header differs", i)
		}
	}
	if a, b := m.Funcs[1].Stmts(), m.Funcs[1].Stmts(); a[0] == b[0] {
		t.Error("Stmts() kept a decoded body")
	}
	if lit := m.Funcs[2]; m.Init.Stmts()[1].(*ExprStmt).X.(*FuncLit).F != lit {
		t.Error("a decoded body refers to a copy of a function, not the module's")
	}
	if m.Pack() {
		t.Error("packed a lazily unpacked module (its bodies are not in Body)")
	}
	if err := m.Damaged(); err != nil {
		t.Errorf("Damaged() = %v", err)
	}
	// With every body decoded into Body, the module is the one packed.
	bodies := make([][]byte, len(m.Funcs))
	for i, f := range m.Funcs {
		f.Body, bodies[i] = f.Stmts(), f.body
	}
	strs := m.strs
	for _, f := range m.Funcs {
		f.body = nil
	}
	m.strs = nil
	if !reflect.DeepEqual(m, want) {
		t.Errorf("bodies decoded lazily differ from the packed ones:\n%s", diffFuncs(m, want))
	}
	m.strs = strs
	for i, f := range m.Funcs {
		f.Body, f.body = nil, bodies[i]
	}
	// A damaged body reads as empty and is reported.
	tool := m.Funcs[1]
	tool.body = tool.body[:len(tool.body)/2]
	if got := tool.Stmts(); got != nil {
		t.Errorf("damaged body decoded to %d statements", len(got))
	}
	if m.Damaged() == nil {
		t.Error("a damaged body was not reported")
	}
}

func diffFuncs(got, want *Module) string {
	out := ""
	for i := range want.Funcs {
		if i >= len(got.Funcs) {
			return out + "missing functions"
		}
		if !reflect.DeepEqual(got.Funcs[i], want.Funcs[i]) {
			out += "function " + want.Funcs[i].Name + " differs\n"
		}
	}
	return out
}

// The encoding names every field of the IR's types; a field added to one
// of them must be added to pack.go too (and counted here).
func TestPackKnowsEveryField(t *testing.T) {
	fields := []struct {
		v any
		n int
	}{
		{Module{}, 14}, {Func{}, 10}, {Param{}, 5}, {Handler{}, 4}, {Target{}, 3}, {Assign{}, 4},
		{ExprStmt{}, 1}, {Return{}, 3}, {Exit{}, 0}, {If{}, 5}, {Loop{}, 1}, {Name{}, 3}, {Const{}, 2},
		{Call{}, 9}, {Arg{}, 4}, {Op{}, 2}, {Attr{}, 2}, {Index{}, 4}, {Container{}, 1}, {Elem{}, 3},
		{FuncLit{}, 1}, {Await{}, 1}, {Hit{}, 7}, {Pos{}, 4},
	}
	for _, f := range fields {
		typ := reflect.TypeOf(f.v)
		if typ.NumField() != f.n {
			t.Errorf("ir.%s has %d fields, pack.go encodes %d: encode the new ones and update this count", typ.Name(), typ.NumField(), f.n)
		}
	}
}

func TestPackRefusesForeignFunctions(t *testing.T) {
	m := everyField()
	other := everyField()
	m.Init.Body = append(m.Init.Body, &ExprStmt{X: &FuncLit{F: other.Funcs[2]}})
	if m.Pack() {
		t.Fatal("packed a module that refers to another module's function")
	}
	if m.Packed() || len(m.Funcs) != 4 || m.Init == nil {
		t.Fatal("a refused Pack changed the module")
	}
	var typedNil *Call
	m = everyField()
	m.Init.Body = append(m.Init.Body, &ExprStmt{X: typedNil})
	if m.Pack() || m.Packed() {
		t.Fatal("packed a nil *Call")
	}
}

// Damaged bytes give an error, never a panic or a hang.
func TestUnpackDamagedData(t *testing.T) {
	m := everyField()
	if !m.Pack() {
		t.Fatal("Pack failed")
	}
	data := m.packed
	for cut := 0; cut < len(data); cut++ {
		d := &Module{File: "cut", packed: append([]byte(nil), data[:cut]...)}
		if cut == 0 {
			d.packed = []byte{}
		}
		if err := d.Unpack(); err == nil {
			t.Fatalf("cut at %d of %d bytes: no error", cut, len(data))
		}
	}
	for i := range data {
		for _, b := range []byte{0, 0x7f, 0xff} {
			d := &Module{File: "flip", packed: append([]byte(nil), data...)}
			d.packed[i] = b
			_ = d.Unpack() // may succeed with other values; must not panic
			d = &Module{File: "flip", packed: append([]byte(nil), data...)}
			d.packed[i] = b
			if d.UnpackLazily() == nil {
				for _, f := range d.Funcs {
					f.Stmts()
				}
			}
		}
	}
}

// Release drops an analysed module's functions; what the analysis took
// from it stays valid, and so do the module's relevance facts.
func TestRelease(t *testing.T) {
	want, m := everyField(), everyField()
	if !m.Pack() {
		t.Fatal("Pack failed")
	}
	if err := m.UnpackLazily(); err != nil {
		t.Fatal(err)
	}
	name := m.Funcs[1].Name
	body := m.Funcs[1].Stmts()
	m.Release()
	if m.Funcs != nil || m.Init != nil || m.Packed() {
		t.Fatalf("released module still holds its functions (%d) or bytes", len(m.Funcs))
	}
	if name != want.Funcs[1].Name || len(body) != len(want.Funcs[1].Body) {
		t.Errorf("a name or body taken before Release changed: %q", name)
	}
	if m.File != want.File || !reflect.DeepEqual(m.CallImports, want.CallImports) || !reflect.DeepEqual(m.Defines, want.Defines) || m.Damaged() != nil {
		t.Error("Release changed the module's facts")
	}
}
