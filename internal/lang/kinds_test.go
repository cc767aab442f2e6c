package lang

import (
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// walkKinds is the reference: a pre-order walk of n with a tree cursor.
func walkKinds(n *sitter.Node, kinds map[string]bool) []sitter.Node {
	var out []sitter.Node
	cur := n.Walk()
	defer cur.Close()
	for {
		node := cur.Node()
		if node.IsNamed() && kinds[node.Kind()] {
			out = append(out, *node)
		}
		if cur.GotoFirstChild() {
			continue
		}
		for !cur.GotoNextSibling() {
			if !cur.GotoParent() || cur.Node().Equals(*n) {
				return out
			}
		}
	}
}

func TestNodesOfKindMatchesWalk(t *testing.T) {
	cases := []struct{ name, src string }{
		{"a.py", "def h(a):\n    b = a\nx = 1\nfor a, b in items:\n    y += a\n    with open(p) as f:\n        z = (w := f.read())\n[q for q in xs]\n"},
		{"a.go", "package p\nvar v = 1\nconst c = \"x\"\nfunc f() {\n\ta := 1\n\tb = a\n\tfor k, e := range m {\n\t\t_ = func() { q := k; _ = q }\n\t}\n}\n"},
		{"a.js", "const a = 1, b = f(a);\nlet c; c = 2; c += 3;\nfor (const k in o) { function g() { var d = k; } }\n"},
		{"a.ts", "const a: number = 1;\nclass C { m() { let x = this.y; x ||= 2; } }\nfor (const k of xs) { const [p, q] = k; }\n"},
		{"a.tsx", "const el = <div>{items.map(i => { const j = i; return j; })}</div>;\n"},
	}
	for _, c := range cases {
		l, tree, src := parse(t, c.name, c.src)
		kinds := assignmentKinds[l.ID]
		set := map[string]bool{}
		for _, k := range kinds {
			set[k] = true
		}
		root := tree.RootNode()
		// The whole file, and each function body alone (n included).
		starts := []*sitter.Node{root}
		for _, fn := range l.NodesOfKind(root, src.Bytes, "function_definition", "function_declaration", "arrow_function", "method_definition", "func_literal") {
			fn := fn
			starts = append(starts, &fn)
		}
		if len(starts) < 2 {
			t.Errorf("%s: no function found; the test reads nothing inside one", c.name)
		}
		for _, n := range starts {
			got := l.NodesOfKind(n, src.Bytes, kinds...)
			want := walkKinds(n, set)
			if len(want) == 0 && n == root {
				t.Errorf("%s: the sample holds no assignment", c.name)
			}
			if len(got) != len(want) {
				t.Fatalf("%s at %d: %d nodes, the walk finds %d", c.name, n.StartByte(), len(got), len(want))
			}
			for i := range got {
				if !got[i].Equals(want[i]) {
					t.Errorf("%s: node %d is %s at %d, the walk has %s at %d", c.name, i, got[i].Kind(), got[i].StartByte(), want[i].Kind(), want[i].StartByte())
				}
			}
		}
	}
	// Kinds a grammar lacks are ignored, not an error.
	l, tree, src := parse(t, "a.go", "package p\n")
	if got := l.NodesOfKind(tree.RootNode(), src.Bytes, "no_such_kind"); got != nil {
		t.Errorf("unknown kind: got %d nodes", len(got))
	}
}

// IsFunction compares symbols; it must agree with the kinds' names on
// every node, named or not.
func TestIsFunctionBySymbol(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"a.py", "def f(x):\n    g = lambda y: y\n    return g\n"},
		{"a.js", "function f() { const g = () => 1; return function () { return g }; }\nclass C { m() {} }\nfunction* gen() {}\n"},
		{"a.ts", "const f = async (x: number) => x;\nclass C { m(): void {} }\n"},
		{"a.tsx", "export default function App() { return <div onClick={() => 1} />; }\n"},
		{"a.go", "package p\nfunc f() { g := func() {}; g() }\nfunc (r R) m() {}\n"},
	} {
		l, tree, _ := parse(t, c.name, c.src)
		root := tree.RootNode()
		cur := root.Walk()
		seen := 0
		for {
			n := cur.Node()
			want := functionKinds[l.ID][n.Kind()]
			if got := l.IsFunction(n); got != want {
				t.Errorf("%s: IsFunction(%s at %d) = %v, want %v", c.name, n.Kind(), n.StartByte(), got, want)
			}
			if want {
				seen++
			}
			if cur.GotoFirstChild() {
				continue
			}
			done := false
			for !cur.GotoNextSibling() {
				if !cur.GotoParent() {
					done = true
					break
				}
			}
			if done {
				break
			}
		}
		cur.Close()
		if seen < 2 {
			t.Errorf("%s: only %d functions in the sample", c.name, seen)
		}
	}
}

// ScopedAssignments gives the assignments Assignments gives, in the same
// order, each with the scope EnclosingFunction finds for its value.
func TestScopedAssignmentsMatchEnclosingFunction(t *testing.T) {
	cases := []struct{ name, src string }{
		{"a.py", "x = 1\ndef h(a):\n    b = a\n    f = lambda: (c := 2)\n    def g():\n        d = b\n    e = 3\nfor a, b in items:\n    y += a\n    with open(p) as f:\n        z = (w := f.read())\n[q for q in xs]\nlast = 0\n"},
		{"a.go", "package p\nvar v = 1\nconst c = \"x\"\nfunc f() {\n\ta := 1\n\tb = a\n\tfor k, e := range m {\n\t\t_ = func() { q := k; _ = q }\n\t\tr := e\n\t}\n}\nfunc (s *S) m() { t := 1 }\nvar w = func() int { u := 2; return u }()\n"},
		{"a.js", "const a = 1, b = f(a);\nlet c; c = 2; c += 3;\nfor (const k in o) { function g() { var d = k; } }\nconst h = () => { let i = 1; const j = function () { i = 2; }; };\nclass K { m() { this.x = 1; let y = 2; } }\nvar z = (function () { var w = 1; return w; })();\n"},
		{"a.ts", "const a: number = 1;\nclass C { m() { let x = this.y; x ||= 2; } }\nfor (const k of xs) { const [p, q] = k; }\nfunction* gen() { const g = 1; }\n"},
		{"a.tsx", "const el = <div>{items.map(i => { const j = i; return j; })}</div>;\nconst k = 1;\nlet m = () => { let n = 2; n = 3; };\n"},
	}
	for _, c := range cases {
		l, tree, src := parse(t, c.name, c.src)
		root := tree.RootNode()
		plain := l.Assignments(root, src)
		scoped := l.ScopedAssignments(root, src)
		if len(plain) != len(scoped) || len(plain) < 4 {
			t.Fatalf("%s: %d assignments, %d scoped", c.name, len(plain), len(scoped))
		}
		nested := 0
		for i, a := range scoped {
			if !a.Value.Equals(*plain[i].Value) || strings.Join(a.Names, ",") != strings.Join(plain[i].Names, ",") {
				t.Errorf("%s: assignment %d differs: %v vs %v", c.name, i, a.Names, plain[i].Names)
			}
			want := l.EnclosingFunction(a.Value)
			switch {
			case want == nil && a.Scope != nil:
				t.Errorf("%s: %v at module scope, got scope %s", c.name, a.Names, a.Scope.Kind())
			case want != nil && (a.Scope == nil || !a.Scope.Equals(*want)):
				t.Errorf("%s: %v: scope %v, want %s at %d", c.name, a.Names, a.Scope, want.Kind(), want.StartByte())
			case want != nil:
				nested++
			}
		}
		if nested == 0 || nested == len(scoped) {
			t.Errorf("%s: %d of %d assignments in functions: the case does not test both scopes", c.name, nested, len(scoped))
		}
	}
}
