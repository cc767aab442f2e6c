package mcpctx

import (
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

func evidenceFor(t *testing.T, name, src string) []Evidence {
	t.Helper()
	l := lang.Detect(name)
	p := lang.NewParsers()
	defer p.Close()
	tree, err := p.Parse(l, []byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	imps, err := lang.ExtractImports(l, tree, lang.NewSource([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	return FileEvidence(name, l, imps)
}

func TestFileEvidence(t *testing.T) {
	mcp := map[string]string{
		"a.py":  "from mcp.server.fastmcp import FastMCP\n",
		"b.py":  "import mcp\n",
		"c.py":  "import fastmcp as fm\n",
		"d.py":  "def f():\n    from mcp.client.stdio import stdio_client\n",
		"e.ts":  "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\n",
		"f.js":  "const { Server } = require('@modelcontextprotocol/sdk/server/index.js');\n",
		"g.mjs": "const sdk = await import('@modelcontextprotocol/server');\n",
		"h.ts":  "import { McpServer } from '@modelcontextprotocol/server';\n",
		"i.go":  "package p\nimport m \"github.com/mark3labs/mcp-go/server\"\n",
		"j.go":  "package p\nimport \"github.com/modelcontextprotocol/go-sdk/mcp\"\n",
		"k.tsx": "import { useMcp } from 'use-mcp/react';\n",
	}
	for name, src := range mcp {
		if ev := evidenceFor(t, name, src); len(ev) == 0 || ev[0].Line < 1 || !strings.HasPrefix(ev[0].Reason, "imports ") {
			t.Errorf("%s should be MCP context: %v", name, ev)
		}
	}
	notMCP := map[string]string{
		"a.py": "# from mcp import x\nprint('import mcp')\n",
		"b.py": "import mcp_tools_local_helper\nfrom .mcp import thing\n",
		"c.ts": "// import '@modelcontextprotocol/sdk'\nconst s = '@modelcontextprotocol/sdk';\n",
		"d.go": "package p\nimport \"github.com/example/mcp-helpers\"\n",
	}
	for name, src := range notMCP {
		if ev := evidenceFor(t, name, src); len(ev) != 0 {
			t.Errorf("%s should not be MCP context: %v", name, ev)
		}
	}
}

func TestManifestEvidence(t *testing.T) {
	cases := []struct {
		name, data string
		wantLine   int
		want       string
	}{
		{"package.json", "{\n  \"name\": \"x\",\n  \"dependencies\": {\n    \"@modelcontextprotocol/sdk\": \"^1.24.0\"\n  }\n}", 4, "depends on @modelcontextprotocol/sdk (dependencies)"},
		{"package.json", "{\"devDependencies\": {\"fastmcp\": \"1.0.0\"}}", 1, "depends on fastmcp (devDependencies)"},
		{"pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\n  \"httpx\",\n  \"mcp[cli]>=1.23\",\n]\n", 5, "requires mcp[cli]>=1.23 ([project] dependencies)"},
		{"pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.11\"\nFastMCP = \"^2.0\"\n", 3, "requires FastMCP ([tool.poetry.dependencies])"},
		{"requirements.txt", "# deps\nhttpx==0.27\nMCP[cli]==1.24.0 ; python_version >= '3.10'\n", 3, "requires MCP[cli]==1.24.0"},
		{"requirements-prod.txt", "-r base.txt\nfastmcp>=2\n", 2, "requires fastmcp>=2"},
		{"setup.py", "setup(name='x', install_requires=[\n    'requests',\n    'mcp>=1.2',\n])\n", 3, "requires mcp>=1.2"},
		{"setup.cfg", "[options]\ninstall_requires =\n    requests\n    fastmcp>=2.0\n", 4, "requires fastmcp>=2.0"},
		{"go.mod", "module x\n\ngo 1.24\n\nrequire (\n\tgolang.org/x/oauth2 v0.30.0\n\tgithub.com/mark3labs/mcp-go v0.41.1\n)\n", 7, "requires github.com/mark3labs/mcp-go v0.41.1"},
	}
	for _, c := range cases {
		ev, err := ManifestEvidence(c.name, []byte(c.data))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(ev) != 1 || ev[0].Line != c.wantLine || !strings.HasPrefix(ev[0].Reason, c.want) {
			t.Errorf("%s: evidence %v, want line %d %q", c.name, ev, c.wantLine, c.want)
		}
	}
	for name, data := range map[string]string{
		"package.json":     `{"dependencies": {"mcp-helpers": "1", "@modelcontextprotocolx/sdk": "1"}}`,
		"requirements.txt": "mcp-server-utils==1\nmcpx\n",
		"pyproject.toml":   "[project]\ndependencies = [\"mcp-foo\"]\n",
		"go.mod":           "module x\nrequire github.com/example/mcp v1.0.0\n",
	} {
		ev, err := ManifestEvidence(name, []byte(data))
		if err != nil || len(ev) != 0 {
			t.Errorf("%s: want no evidence, got %v %v", name, ev, err)
		}
	}
	for name, data := range map[string]string{"package.json": "{not json", "pyproject.toml": "[project\n", "go.mod": "module x\nrequire (\n"} {
		if _, err := ManifestEvidence(name, []byte(data)); err == nil {
			t.Errorf("%s: malformed manifest accepted", name)
		}
	}
}
