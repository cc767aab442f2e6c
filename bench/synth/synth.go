// Package synth writes synthetic MCP source files for benchmarks: Python
// (FastMCP), TypeScript (McpServer) and Go (go-sdk) servers with tool
// handlers, helper modules that do not import an SDK, and OAuth token
// requests with and without a resource indicator. bench/gen writes whole
// projects with it; the Go benchmarks under bench/ parse and scan its
// files. Output is deterministic for a given random source.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
)

// Python returns the i-th Python module.
func Python(rng *rand.Rand, i int) string {
	var b strings.Builder
	mcp := rng.Intn(3) > 0
	if mcp {
		b.WriteString("from mcp.server.fastmcp import FastMCP, Context\n")
	}
	b.WriteString("import json\nimport httpx\nfrom requests_oauthlib import OAuth2Session\n\n")
	if mcp {
		fmt.Fprintf(&b, "mcp = FastMCP(\"svc-%d\")\n\n", i)
	}
	for t := 0; t < 4+rng.Intn(8); t++ {
		if mcp {
			b.WriteString("@mcp.tool()\n")
		}
		fmt.Fprintf(&b, `async def tool_%d_%d(query: str, limit: int = 10) -> str:
    """Search records %d matching a query and return them as JSON."""
    rows = []
    for n in range(min(limit, 100)):
        rows.append({"id": n, "query": query, "score": n * %d})
    async with httpx.AsyncClient(timeout=10) as client:
        res = await client.get("https://api.example.com/records", params={"q": query})
        rows.extend(res.json().get("items", []))
    return json.dumps(rows)


`, i, t, t, rng.Intn(100))
	}
	switch rng.Intn(4) {
	case 0:
		b.WriteString("def login(code):\n    oauth = OAuth2Session('c')\n    return oauth.fetch_token(TOKEN_URL, code=code)\n")
	case 1:
		b.WriteString("def login(code):\n    oauth = OAuth2Session('c')\n    return oauth.fetch_token(TOKEN_URL, code=code, resource=MCP_URL)\n")
	}
	return b.String()
}

// TypeScript returns the i-th TypeScript module.
func TypeScript(rng *rand.Rand, i int) string {
	var b strings.Builder
	mcp := rng.Intn(3) > 0
	if mcp {
		b.WriteString("import { McpServer } from \"@modelcontextprotocol/sdk/server/mcp.js\";\nimport { z } from \"zod\";\n\n")
		fmt.Fprintf(&b, "const server = new McpServer({ name: \"svc-%d\", version: \"1.0.0\" });\n\n", i)
	}
	for t := 0; t < 4+rng.Intn(8); t++ {
		if mcp {
			fmt.Fprintf(&b, `server.registerTool(
  "tool_%d_%d",
  { description: "Search records %d", inputSchema: { query: z.string().max(200), limit: z.number().int().max(100) } },
  async ({ query, limit }) => {
    const res = await fetch("https://api.example.com/records?q=" + encodeURIComponent(query));
    const rows = ((await res.json()) as { items: unknown[] }).items.slice(0, limit);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

`, i, t, t)
		} else {
			fmt.Fprintf(&b, "export function helper_%d_%d(xs: number[]): number {\n  let s = 0;\n  for (const x of xs) { s += x * %d; }\n  return s;\n}\n\n", i, t, rng.Intn(100))
		}
	}
	switch rng.Intn(4) {
	case 0:
		b.WriteString("export async function login(code: string) {\n  return fetch(tokenEndpoint, { method: \"POST\", body: new URLSearchParams({ grant_type: \"authorization_code\", code }) });\n}\n")
	case 1:
		b.WriteString("export async function login(code: string) {\n  return fetch(tokenEndpoint, { method: \"POST\", body: new URLSearchParams({ grant_type: \"authorization_code\", code, resource: MCP_URL }) });\n}\n")
	}
	return b.String()
}

// Go returns the i-th Go file.
func Go(rng *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package pkg%d\n\nimport (\n\t\"context\"\n\t\"strings\"\n", i)
	mcp := rng.Intn(3) > 0
	if mcp {
		b.WriteString("\n\t\"github.com/modelcontextprotocol/go-sdk/mcp\"\n\t\"golang.org/x/oauth2\"\n")
	}
	b.WriteString(")\n\n")
	for t := 0; t < 4+rng.Intn(8); t++ {
		fmt.Fprintf(&b, `type in%[1]d_%[2]d struct {
	Query string `+"`json:\"query\"`"+`
}

func search%[1]d_%[2]d(ctx context.Context, q string) []string {
	var out []string
	for _, w := range strings.Fields(q) {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

`, i, t)
		if mcp {
			fmt.Fprintf(&b, "func tool%[1]d_%[2]d(ctx context.Context, req *mcp.CallToolRequest, in in%[1]d_%[2]d) (*mcp.CallToolResult, any, error) {\n\treturn nil, search%[1]d_%[2]d(ctx, in.Query), nil\n}\n\n", i, t)
		}
	}
	if mcp {
		switch rng.Intn(3) {
		case 0:
			b.WriteString("func login(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {\n\treturn conf.Exchange(ctx, code)\n}\n")
		case 1:
			b.WriteString("func login(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {\n\treturn conf.Exchange(ctx, code, oauth2.SetAuthURLParam(\"resource\", mcpURL))\n}\n")
		default:
			b.WriteString("var _ = oauth2.NoContext\n")
		}
	}
	return b.String()
}
