package lang

import (
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

func parse(t *testing.T, name, src string) (*Language, *sitter.Tree, *Source) {
	t.Helper()
	l := Detect(name)
	if l == nil {
		t.Fatalf("no language for %s", name)
	}
	p := NewParsers()
	t.Cleanup(p.Close)
	tree, err := p.Parse(l, []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tree.Close)
	return l, tree, NewSource([]byte(src))
}

func TestDetect(t *testing.T) {
	cases := map[string]ID{
		"a.py": Python, "a.pyi": Python, "a.js": JavaScript, "a.mjs": JavaScript, "a.cjs": JavaScript, "a.jsx": JavaScript,
		"a.ts": TypeScript, "a.mts": TypeScript, "a.cts": TypeScript, "a.tsx": TSX, "a.go": Go, "dir/A.PY": Python,
	}
	for name, want := range cases {
		if l := Detect(name); l == nil || l.ID != want {
			t.Errorf("Detect(%q) = %v, want %s", name, l, want)
		}
	}
	for _, name := range []string{"a.d.ts", "a.txt", "Makefile", "a.json", "a.rs"} {
		if l := Detect(name); l != nil {
			t.Errorf("Detect(%q) = %s, want nil", name, l.ID)
		}
	}
}

func imports(t *testing.T, name, src string) map[string]string {
	t.Helper()
	l, tree, s := parse(t, name, src)
	imps, err := ExtractImports(l, tree, s)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, im := range imps.List {
		out[im.Local+"="+im.Target()] = ""
	}
	return out
}

func wantImports(t *testing.T, got map[string]string, want ...string) {
	t.Helper()
	for _, w := range want {
		if _, ok := got[w]; !ok {
			keys := make([]string, 0, len(got))
			for k := range got {
				keys = append(keys, k)
			}
			t.Errorf("missing import %q; have %v", w, keys)
		}
	}
}

func TestPythonImports(t *testing.T) {
	got := imports(t, "a.py", `import subprocess as sp, os.path
from mcp.server.fastmcp import FastMCP as F, Context
from . import sibling
from os import *
def f():
    import requests
`)
	wantImports(t, got, "sp=subprocess", "os=os", "=os.path", "F=mcp.server.fastmcp.FastMCP", "Context=mcp.server.fastmcp.Context",
		"sibling=..sibling", "=os", "requests=requests")
}

func TestJSImports(t *testing.T) {
	got := imports(t, "a.ts", `import cp, { exec as e, spawn } from 'node:child_process';
import * as sdk from '@modelcontextprotocol/sdk/server/mcp.js';
import 'side-effect';
import x = require('y');
const { execSync, spawn: sp2 } = require('child_process');
const fs = require('fs');
const notAnImport = load('z');
const m = await import('@modelcontextprotocol/server');
export { a } from 'reexp';
`)
	wantImports(t, got, "cp=child_process", "e=child_process.exec", "spawn=child_process.spawn",
		"sdk=@modelcontextprotocol/sdk/server/mcp.js", "=side-effect", "x=y", "execSync=child_process.execSync",
		"sp2=child_process.spawn", "fs=fs", "m=@modelcontextprotocol/server", "=reexp")
	for k := range got {
		if strings.HasSuffix(k, "=z") {
			t.Errorf("load('z') taken for an import: %q", k)
		}
	}
}

func TestGoImports(t *testing.T) {
	got := imports(t, "a.go", `package p
import (
	"fmt"
	osexec "os/exec"
	. "strings"
	_ "embed"
	"github.com/golang-jwt/jwt/v5"
	"github.com/mark3labs/mcp-go/mcp"
	"gopkg.in/yaml.v3"
)
`)
	wantImports(t, got, "fmt=fmt", "osexec=os/exec", "=strings", "=embed", "jwt=github.com/golang-jwt/jwt/v5",
		"mcp=github.com/mark3labs/mcp-go/mcp", "yaml=gopkg.in/yaml.v3")
}

func TestGoDefaultPackageName(t *testing.T) {
	for path, want := range map[string]string{
		"fmt": "fmt", "os/exec": "exec", "github.com/golang-jwt/jwt/v5": "jwt", "gopkg.in/yaml.v3": "yaml",
		"github.com/go-git/go-git/v5": "git", "github.com/mark3labs/mcp-go": "mcp", "github.com/modelcontextprotocol/go-sdk/mcp": "mcp",
	} {
		if got := GoDefaultPackageName(path); got != want {
			t.Errorf("GoDefaultPackageName(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestMatchModule(t *testing.T) {
	cases := []struct {
		pattern, module string
		want            bool
	}{
		{"mcp", "mcp", true}, {"mcp.*", "mcp.server.fastmcp", true}, {"mcp.*", "mcp", true}, {"mcp.*", "mcp_agent", false},
		{"fastmcp", "fastmcp", true}, {"mcp", "mcpx", false},
		{"@modelcontextprotocol/*", "@modelcontextprotocol/sdk/server/mcp.js", true},
		{"@modelcontextprotocol/*", "@modelcontextprotocol/server", true},
		{"@modelcontextprotocol/*", "@modelcontextprotocolx/sdk", false},
		{"@vercel/mcp-adapter", "@vercel/mcp-adapter/next", true},
		{"github.com/mark3labs/mcp-go/...", "github.com/mark3labs/mcp-go/server", true},
		{"github.com/mark3labs/mcp-go/...", "github.com/mark3labs/mcp-gox", false},
	}
	for _, c := range cases {
		if got := MatchModule(c.pattern, c.module); got != c.want {
			t.Errorf("MatchModule(%q, %q) = %v, want %v", c.pattern, c.module, got, c.want)
		}
	}
}

// firstCallee returns the qualified name of the function of the first
// call in the file.
func qualifiedCallees(t *testing.T, name, src string) []string {
	t.Helper()
	l, tree, s := parse(t, name, src)
	imps, err := ExtractImports(l, tree, s)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.Kind() == "call" || n.Kind() == "call_expression" {
			out = append(out, QualifiedName(n.ChildByFieldName("function"), s, imps))
		}
		for i := uint(0); i < n.NamedChildCount(); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(tree.RootNode())
	return out
}

func TestQualifiedName(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"a.py", "import subprocess as sp\nfrom requests import post\nsp.run(x)\npost(u)\nrequests.Session().post(u)\nconf.fetch_token(u)\n",
			[]string{"subprocess.run", "requests.post", "requests.Session.post", "requests.Session", "conf.fetch_token"}},
		{"a.js", "const { exec } = require('child_process');\nconst cp = require('node:child_process');\nexec(c);\ncp.execSync(c);\nrequire('child_process').spawn(c);\n",
			[]string{"require", "require", "child_process.exec", "child_process.execSync", "child_process.spawn", "require"}},
		{"a.go", "package p\nimport osexec \"os/exec\"\nfunc f() { osexec.Command(\"sh\"); conf.Exchange(ctx, c) }\n",
			[]string{"os/exec.Command", "conf.Exchange"}},
	}
	for _, c := range cases {
		got := qualifiedCallees(t, c.name, c.src)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSourcePositions(t *testing.T) {
	s := NewSource([]byte("ab\r\nçé x\n\nlast"))
	if s.LineCount() != 4 {
		t.Fatalf("LineCount = %d", s.LineCount())
	}
	if s.Line(1) != "ab" || s.Line(2) != "çé x" || s.Line(3) != "" || s.Line(4) != "last" || s.Line(5) != "" {
		t.Errorf("Line: %q %q %q %q", s.Line(1), s.Line(2), s.Line(3), s.Line(4))
	}
	if s.View(4, 8) != "çé" || s.View(3, 3) != "" || s.View(5, 2) != "" || s.View(0, len(s.Bytes)) != string(s.Bytes) {
		t.Errorf("View: %q %q", s.View(4, 8), s.View(0, len(s.Bytes)))
	}
	// "x" is at byte 4+5=9 (ç and é are two bytes each) but column 4.
	line, col := s.Position(strings.Index("ab\r\nçé x\n\nlast", "x"))
	if line != 2 || col != 4 {
		t.Errorf("Position(x) = %d:%d, want 2:4", line, col)
	}
}

func TestParseTimeout(t *testing.T) {
	// A large input with a tiny timeout must stop with ErrParseTimeout,
	// not hang.
	src := strings.Repeat("x = [1, 2, 3, (4, 5, {6: 7})]\n", 200000)
	p := NewParsers()
	defer p.Close()
	if _, err := p.Parse(Detect("a.py"), []byte(src), 1); err != ErrParseTimeout {
		t.Fatalf("err = %v, want ErrParseTimeout", err)
	}
	// The parser stays usable afterwards.
	tree, err := p.Parse(Detect("a.py"), []byte("x = 1\n"), 0)
	if err != nil || tree.RootNode().HasError() {
		t.Fatalf("parser unusable after a timeout: %v", err)
	}
	tree.Close()
}

// Imports found by the passes with a depth limit or a byte guard: a lone
// Go import, and JavaScript loads inside functions with no require.
func TestImportPasses(t *testing.T) {
	wantImports(t, imports(t, "b.go", "package p\nimport \"os/exec\"\nfunc f() { exec.Command(\"x\") }\n"), "exec=os/exec")
	wantImports(t, imports(t, "b.js", "import a from 'a';\nasync function f() { const m = await import ( 'mod' ); }\n"),
		"a=a", "m=mod")
	got := imports(t, "c.js", "function g() { return 1 }\nexport * from './x';\n")
	wantImports(t, got, "=./x")
	for src, want := range map[string]bool{
		"const x = require('y')": true, "import a from 'b'": false, "await import('x')": true,
		"import\n\t('x')": true, "important()": false, "x.imports(y)": false, "": false,
	} {
		if got := mayLoadModules([]byte(src)); got != want {
			t.Errorf("mayLoadModules(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestModuleLiteral(t *testing.T) {
	for pattern, want := range map[string]string{
		"mcp.*": "mcp", "github.com/x/y/...": "github.com/x/y", "@modelcontextprotocol/*": "@modelcontextprotocol",
		"node:child_process": "child_process", "fastmcp": "fastmcp", "a*b": "", "x": "",
	} {
		if got := ModuleLiteral(pattern); got != want {
			t.Errorf("ModuleLiteral(%q) = %q, want %q", pattern, got, want)
		}
		if want != "" {
			module := strings.NewReplacer("/...", "/sub", ".*", ".sub", "/*", "/sub").Replace(pattern)
			if MatchModule(pattern, normalizeModule(module)) && !strings.Contains(module, want) {
				t.Errorf("%q matches %q, which does not hold %q", pattern, module, want)
			}
		}
	}
}
