package document

import (
	"strings"
	"testing"
)

func sel(t *testing.T, root *Node, p string) []*Node {
	t.Helper()
	path, err := CompilePath(p)
	if err != nil {
		t.Fatal(err)
	}
	return path.Select(root)
}

func TestJSONPositions(t *testing.T) {
	src := "{\n  // a comment\n  \"mcpServers\": {\n    \"fs\": {\"command\": \"npx\", \"args\": [\"-y\", \"pkg\\u00e9\"],},\n  },\n}\n"
	d, err := Parse("x/.cursor/mcp.json", KindClientConfig, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := sel(t, d.Root, "mcpServers.*.args[1]")
	if len(got) != 1 || got[0].Value != "pkgé" || got[0].Start.Line != 4 || got[0].Start.Col != 45 {
		t.Fatalf("args[1] = %+v", got)
	}
	if k := sel(t, d.Root, "mcpServers.fs.command"); len(k) != 1 || k[0].KeyStart.Line != 4 || k[0].KeyStart.Col != 12 {
		t.Fatalf("command key at %+v", k[0].KeyStart)
	}
	if len(d.Comments) != 1 || d.Comments[0].Line != 2 || !d.Comments[0].Alone {
		t.Fatalf("comments = %+v", d.Comments)
	}
	if p := got[0].Path(); p != "mcpServers.fs.args[1]" {
		t.Fatalf("Path() = %q", p)
	}
}

func TestJSONRejects(t *testing.T) {
	for _, src := range []string{``, `{`, `{"a" 1}`, `[1,,2]`, `"abc`, `{"a":1} x`, strings.Repeat("[", 300) + strings.Repeat("]", 300), `{"a":"\q"}`, `01x`} {
		if _, err := ParseJSON([]byte(src)); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

func TestPathPatterns(t *testing.T) {
	root, err := ParseJSON([]byte(`{"a":{"b.c":1,"B":{"x":[10,20,30]}},"s":[{"t":"u"},{"t":"v"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		`a.b\.c`:     {"1"},
		`a.~b.x[-1]`: {"30"},
		`a.B.x.*`:    {"10", "20", "30"},
		`s.*.t`:      {"u", "v"},
		`**.t`:       {"u", "v"},
		`{a,s}.*.t`:  {"u", "v"},
		`s[0].t`:     {"u"},
		`s.[1].t`:    {"v"},
	}
	for p, want := range cases {
		var vals []string
		for _, n := range sel(t, root, p) {
			vals = append(vals, n.Value)
		}
		if strings.Join(vals, ",") != strings.Join(want, ",") {
			t.Errorf("%s = %v, want %v", p, vals, want)
		}
	}
	x := sel(t, root, "a.B.x[1]")[0]
	if got := sel(t, x, "../../../../s[0].t"); len(got) != 1 || got[0].Value != "u" {
		t.Errorf("relative = %v", got)
	}
}

func TestYAML(t *testing.T) {
	src := "on: push\njobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: \"docker://alpine@sha256:abc\"\n        with: {a: 1}\n"
	d, err := Parse(".github/workflows/ci.yml", KindWorkflow, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	u := sel(t, d.Root, "jobs.*.steps.*.uses")
	if len(u) != 2 || u[0].Value != "actions/checkout@v4" || u[0].Start.Line != 5 || u[0].Start.Col != 15 || u[0].End.Col != 34 {
		t.Fatalf("uses = %+v", u[0])
	}
	if u[1].End.Col != 43 {
		t.Errorf("quoted end = %+v", u[1].End)
	}
	bomb := "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
	if _, err := ParseYAML([]byte(bomb)); err == nil {
		t.Error("alias bomb: no error")
	}
}

func TestTOML(t *testing.T) {
	src := "approval_policy = \"never\"\n[mcp_servers.fs]\ncommand = \"npx\"\nargs = [\"-y\", \"@scope/pkg\"]\nenv = { TOKEN = \"abc\" }\n"
	root, err := ParseTOML([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := sel(t, root, "mcp_servers.fs.args[1]")
	if len(a) != 1 || a[0].Value != "@scope/pkg" || a[0].Start.Line != 4 || a[0].Start.Col != 15 {
		t.Fatalf("args = %+v", a)
	}
	e := sel(t, root, "mcp_servers.fs.env.TOKEN")
	if len(e) != 1 || e[0].Value != "abc" || e[0].Start.Line != 5 || e[0].Start.Col != 17 || e[0].KeyStart.Col != 9 {
		t.Fatalf("env = %+v", e)
	}
	if sel(t, root, "approval_policy")[0].Start.Col != 19 {
		t.Errorf("approval_policy at %+v", sel(t, root, "approval_policy")[0].Start)
	}
}

func TestDockerfile(t *testing.T) {
	src := `# syntax=docker/dockerfile:1
ARG NODE=20
FROM node:${NODE}-slim AS build
RUN apt-get update && \
    # a comment inside
    apt-get install -y curl
USER app
FROM build AS final
ENV A=1 B="two words"
RUN <<EOF
curl https://x | sh
EOF
CMD ["node", "x.js"]
`
	root, err := ParseDockerfile([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	st := sel(t, root, "stages.*")
	if len(st) != 2 {
		t.Fatalf("stages = %d", len(st))
	}
	if tag := st[0].Get("from").Str("tag"); tag != "20-slim" {
		t.Errorf("tag = %q", tag)
	}
	if !st[1].Get("from").Get("stage_ref").Truthy() || st[1].Str("user") != "app" {
		t.Errorf("final stage = %s / %q", st[1].Get("from").Str("image"), st[1].Str("user"))
	}
	run := sel(t, root, "stages[0].run[0]")[0]
	if run.Value != "apt-get update &&  apt-get install -y curl" && run.Value != "apt-get update && apt-get install -y curl" {
		t.Errorf("run = %q", run.Value)
	}
	if run.Start.Line != 4 || run.End.Line != 6 {
		t.Errorf("run spans %d-%d", run.Start.Line, run.End.Line)
	}
	h := sel(t, root, "stages[1].run[0]")[0]
	if !strings.Contains(h.Value, "curl https://x | sh") || h.End.Line != 12 {
		t.Errorf("heredoc = %q ends %d", h.Value, h.End.Line)
	}
	if v := sel(t, root, "stages[1].env.B")[0].Value; v != "two words" {
		t.Errorf("env B = %q", v)
	}
}

func TestEnv(t *testing.T) {
	src := "# c\nexport A=1\nB = \"x y\" # c\nC='multi\nline'\nD=plain # comment\nnot a line\n"
	root, err := ParseEnv([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"A": "1", "B": "x y", "C": "multi\nline", "D": "plain"}
	for k, v := range want {
		if got := root.Str(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if d := root.Get("D"); d.Start.Line != 6 || d.Start.Col != 3 || d.End.Col != 8 {
		t.Errorf("D at %+v-%+v", d.Start, d.End)
	}
}

func TestClassify(t *testing.T) {
	cases := []struct {
		path, content string
		want          Kind
	}{
		{".cursor/mcp.json", `{"mcpServers":{}}`, KindClientConfig},
		{"mcp.json", `{"mcpServers":{}}`, KindClientConfig},
		{"tsconfig.json", `{"compilerOptions":{}}`, ""},
		{"tools.json", `{"tools":[{"name":"a","inputSchema":{}}]}`, KindToolsList},
		{"iam/policy.json", `{"Statement":[{"Effect":"Allow"}]}`, KindPolicy},
		{".env.production", `A=1`, KindEnv},
		{"deploy/prod.Dockerfile", `FROM x`, KindDockerfile},
		{".github/workflows/ci.yml", `on: push`, KindWorkflow},
		{"requirements-dev.txt", ``, KindRequirements},
		{".codex/config.toml", `[mcp_servers.x]`, KindClientConfig},
	}
	for _, c := range cases {
		if !Candidate(c.path) {
			t.Errorf("%s is not a candidate", c.path)
		}
		if got := Classify(c.path, []byte(c.content)); got != c.want {
			t.Errorf("%s = %q, want %q", c.path, got, c.want)
		}
	}
}

// The parsers take untrusted bytes: no input may panic or hang them.
func FuzzParsers(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":"\ud83d\ude00"}]}`, "a: &x [1]\nb: *x\n", "[t]\nk = 'v'\na = [1, {x = 2}]\n",
		"FROM a AS b\nRUN x \\\n y\nRUN <<E\nz\nE\n", "A=\"x\ny\"\nexport B=1 # c\n", "{/* c */ \"a\": [1,],}", "- - - [a, {b: c}]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := NewLines(data)
		_, _, _ = parseJSON(data, lines, true)
		_, _ = parseYAML(data, lines)
		_, _ = parseTOML(data, lines)
		_, _ = parseDockerfile(data, lines)
		_, _ = parseEnv(data, lines)
		p, err := CompilePath(string(data))
		if err == nil {
			root, _ := ParseJSON([]byte(`{"a":[{"b":1}]}`))
			_ = p.Select(root)
		}
	})
}
