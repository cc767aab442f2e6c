package engine

import (
	"testing"
)

// callRule reports every call whose callee is one of the names, subject to
// extra where conditions.
func callRule(id, lang, callee, where string) string {
	q := map[string]string{
		"py": `(call function: (_) @fn) @call`,
		"js": `[(call_expression function: (_) @fn) (new_expression constructor: (_) @fn)] @call`,
		"go": `(call_expression function: (_) @fn) @call`,
	}[lang]
	return rule(id, "any", "[]", `  - languages: [`+lang+`]
    query: |
      `+q+`
    report: call
    where:
      - capture: fn
        matches: '`+callee+`'
`+where)
}

func TestHasArg(t *testing.T) {
	e := compile(t, map[string]string{
		"P-1.yaml": callRule("P-1", "py", `^requests\.get$`, `      - not:
          capture: call
          has_arg: timeout
`),
		"J-1.yaml": callRule("J-1", "js", `Transport$`, `      - not:
          capture: call
          has_arg: enableDnsRebindingProtection
`),
		"N-1.yaml": callRule("N-1", "js", `^registerTool$`, `      - capture: call
        has_arg: annotations.destructiveHint
`),
		"G-1.yaml": callRule("G-1", "go", `NewStreamableHTTPServer$`, `      - not:
          capture: call
          has_arg: WithTLSCert
`),
		"G-2.yaml": callRule("G-2", "go", `NewStreamableHTTPHandler$`, `      - capture: call
        arg_matches: {name: DisableLocalhostProtection, regex: '^true$'}
`),
	})
	py := `requests.get(u)
requests.get(u, timeout=5)
requests.get(u, **opts)
`
	if got := lines(scan(t, e, "a.py", py).Findings); got != "P-1@1" {
		t.Errorf("python: %s", got)
	}
	js := `new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
new StreamableHTTPServerTransport({ enableDnsRebindingProtection: true });
const opts = { enableDnsRebindingProtection: true };
new StreamableHTTPServerTransport(opts);
new StreamableHTTPServerTransport({ ...base });
registerTool("rm", { annotations: { destructiveHint: true } }, cb);
registerTool("ls", { annotations: { readOnlyHint: true } }, cb);
`
	if got := lines(scan(t, e, "a.js", js).Findings); got != "J-1@1 N-1@6" {
		t.Errorf("js: %s", got)
	}
	goSrc := `package p
func f() {
	server.NewStreamableHTTPServer(s)
	server.NewStreamableHTTPServer(s, server.WithTLSCert(c, k))
	mcp.NewStreamableHTTPHandler(get, &mcp.StreamableHTTPOptions{DisableLocalhostProtection: true})
	opts := &mcp.StreamableHTTPOptions{DisableLocalhostProtection: false}
	mcp.NewStreamableHTTPHandler(get, opts)
}
`
	if got := lines(scan(t, e, "a.go", goSrc).Findings); got != "G-1@3 G-2@5" {
		t.Errorf("go: %s", got)
	}
}

func TestValueAndConstant(t *testing.T) {
	e := compile(t, map[string]string{
		"V-1.yaml": rule("V-1", "any", "[]", `  - languages: [py]
    query: |
      (keyword_argument name: (identifier) @k value: (_) @v (#eq? @k "host")) @call
    report: call
    where:
      - capture: v
        value_matches: '^["'']0\.0\.0\.0["'']$'
`),
		"C-1.yaml": rule("C-1", "any", "[]", `  - languages: [py]
    query: |
      (call function: (identifier) @fn arguments: (argument_list . (_) @arg) (#eq? @fn "execute")) @call
    report: call
    where:
      - capture: arg
        constant: false
`),
	})
	src := `HOST = "0.0.0.0"
LOCAL = "127.0.0.1"
run(host="0.0.0.0")
run(host=HOST)
run(host=LOCAL)
def f():
    h = "0.0.0.0"
    run(host=h)
    h2 = "0.0.0.0"
    h2 = other()
    run(host=h2)
Q = "SELECT 1"
execute("SELECT * FROM t")
execute(Q)
execute("SELECT " + "1")
execute(f"SELECT {x}")
execute("SELECT " + x)
execute(query)
`
	if got := lines(scan(t, e, "a.py", src).Findings); got != "V-1@3 V-1@4 V-1@8 C-1@16 C-1@17 C-1@18" {
		t.Errorf("findings %s", got)
	}
}

func TestHandlerConditions(t *testing.T) {
	e := compile(t, map[string]string{
		"H-1.yaml": rule("H-1", "mcp-file", "[]", `  - languages: [py]
    query: |
      (call function: (attribute attribute: (identifier) @m) arguments: (argument_list . (_) @arg) (#eq? @m "remove")) @call
    report: call
    where:
      - capture: call
        in_handler: [tool]
      - capture: arg
        tool_input: true
      - not:
          capture: call
          before_matches: 'ctx\.elicit\('
`),
		"M-1.yaml": rule("M-1", "mcp-file", "[]", `  - languages: [py]
    query: |
      (call function: (identifier) @fn (#eq? @fn "Transport")) @call
    report: call
    where:
      - capture: call
        module_scope: true
`),
	})
	src := `from mcp.server.fastmcp import FastMCP, Context
mcp = FastMCP("x")
t = Transport()

@mcp.tool()
async def delete_file(path: str, ctx: Context) -> str:
    full = base + "/" + path
    target = full.strip()
    os.remove(target)
    os.remove(CONSTANT)
    return "ok"

@mcp.tool()
async def delete_confirmed(path: str, ctx: Context) -> str:
    if (await ctx.elicit("sure?", Confirm)).data.ok:
        os.remove(path)

def helper(path):
    os.remove(path)
    t2 = Transport()
`
	res := scan(t, e, "a.py", src)
	if got := lines(res.Findings); got != "M-1@3 H-1@9" {
		t.Errorf("findings %s", got)
	}
	for _, f := range res.Findings {
		if f.RuleID == "H-1" && f.Tool != "delete_file" {
			t.Errorf("tool name %q, want delete_file", f.Tool)
		}
	}
}

func TestProjectConditions(t *testing.T) {
	e := compile(t, map[string]string{
		"R-1.yaml": rule("R-1", "any", "[]", `  - languages: [py]
    query: |
      ((call function: (identifier) @fn) @call (#eq? @fn "serve_http"))
    report: call
    where:
      - project_lacks: 'import slowapi|from slowapi'
`),
	})
	a := scan(t, e, "a.py", "serve_http()\n")
	b := scan(t, e, "b.py", "from slowapi import Limiter\n")
	if got := lines(KeepSatisfied(a.Findings, a.Facts)); got != "R-1@1" {
		t.Errorf("alone: %s", got)
	}
	facts := MergeFacts(MergeFacts(nil, a.Facts), b.Facts)
	if got := lines(KeepSatisfied(a.Findings, facts)); got != "" {
		t.Errorf("with a limiter elsewhere in the project: %s", got)
	}
}

func TestFileAndFunctionMatches(t *testing.T) {
	e := compile(t, map[string]string{
		"F-1.yaml": rule("F-1", "any", "[]", `  - languages: [js]
    query: |
      ((call_expression function: (member_expression property: (property_identifier) @m)) @call (#eq? @m "handleRequest"))
    report: call
    where:
      - not:
          file_matches: 'requireBearerAuth\('
      - not:
          capture: call
          function_matches: 'authorization'
`),
	})
	if got := lines(scan(t, e, "a.js", "app.post('/mcp', (req, res) => t.handleRequest(req, res));\napp.post('/x', (req, res) => { if (!req.headers.authorization) return; t.handleRequest(req, res); });\n").Findings); got != "F-1@1" {
		t.Errorf("findings %s", got)
	}
	if got := lines(scan(t, e, "a.js", "app.use(requireBearerAuth({ verifier }));\napp.post('/mcp', (req, res) => t.handleRequest(req, res));\n").Findings); got != "" {
		t.Errorf("auth in file: %s", got)
	}
}
