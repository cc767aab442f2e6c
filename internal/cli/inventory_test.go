package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWithEnv runs mcpsafe in-process with the given environment variables.
func runWithEnv(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"mcpsafe"}, args...), &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
		getenv: func(k string) string { return vars[k] }})
	return code, stdout.String(), stderr.String()
}

// TestListToolsTestdata pins the inventory of the three end-to-end
// servers, one per language.
func TestListToolsTestdata(t *testing.T) {
	want := map[string][]string{
		"python-fastmcp": {"get_customer src/crm_mcp/server.py:12 customer_id:string", "list_deals src/crm_mcp/server.py:19 stage:string"},
		"typescript":     {"get_issue src/index.ts:9 key:string"},
		"go-sdk":         {"forecast cmd/server/main.go:31 city:string"},
	}
	for dir, tools := range want {
		// One cheap rule: the inventory does not depend on the rules run.
		code, out, errOut := runCLI(t, "scan", filepath.Join(serversDir, dir), "--list-tools", "--format", "json", "--rule", "MCP-581")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", dir, code, errOut)
		}
		var doc invDoc
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if len(doc.Inventories) != 1 {
			t.Fatalf("%s: %d inventories", dir, len(doc.Inventories))
		}
		var got []string
		for _, tl := range doc.Inventories[0].Tools {
			props, _ := tl.InputSchema["properties"].(map[string]any)
			var params []string
			for name, p := range props {
				typ, _ := p.(map[string]any)["type"].(string)
				params = append(params, name+":"+typ)
			}
			got = append(got, tl.Name+" "+tl.File+":"+itoa(tl.Line)+" "+strings.Join(params, ","))
			if tl.Description == "" {
				t.Errorf("%s: %s has no description", dir, tl.Name)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tools, "; ") {
			t.Errorf("%s: tools %q, want %q", dir, got, tools)
		}
	}
	code, out, _ := runCLI(t, "scan", filepath.Join(serversDir, "python-fastmcp"), "--list-tools", "--rule", "MCP-581")
	if code != 0 || !strings.Contains(out, "Server instructions") || !strings.Contains(out, "Read and update customers and deals in the CRM.") {
		t.Errorf("text inventory:\n%s", out)
	}
}

func TestClientConfigs(t *testing.T) {
	home := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(home, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(".cursor/mcp.json", `{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"],
  "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_R8zL2kQv9XwT4mN7pB3cJ6dF1hY5sA0eUoKi"}}}}`)
	write(".codex/config.toml", "[mcp_servers.time]\ncommand = \"uvx\"\nargs = [\"mcp-server-time==2025.9.25\"]\n")
	vars := map[string]string{"HOME": home, "USERPROFILE": home}

	code, out, errOut := runWithEnv(t, vars, "scan", "--client-configs", "--list-tools", "--rule", "MCP-581")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Configured MCP servers (1)", "cursor", "gh", "@modelcontextprotocol/server-github (npm, NOT pinned)",
		"codex", "mcp-server-time 2025.9.25 (pypi, pinned)"} {
		if !strings.Contains(out, want) {
			t.Errorf("inventory lacks %q:\n%s", want, out)
		}
	}

	code, out, _ = runWithEnv(t, vars, "scan", "--client-configs", "--format", "json", "--rule", "MCP-030", "--rule", "MCP-621")
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d (a literal GitHub token is HIGH)", code, ExitFindings)
	}
	var multi struct {
		Results []struct {
			Findings []struct {
				RuleID string `json:"rule_id"`
				Line   int    `json:"line"`
			} `json:"findings"`
			MCP struct {
				IsMCP bool `json:"is_mcp"`
			} `json:"mcp_context"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &multi); err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, r := range multi.Results {
		if !r.MCP.IsMCP {
			t.Error("a client configuration is MCP context")
		}
		for _, f := range r.Findings {
			rules[f.RuleID] = true
		}
	}
	if !rules["MCP-030"] || !rules["MCP-621"] {
		t.Errorf("rules reported: %v", rules)
	}

	empty := t.TempDir()
	code, _, errOut = runWithEnv(t, map[string]string{"HOME": empty, "USERPROFILE": empty}, "scan", "--client-configs", "--rule", "MCP-581")
	if code != 0 || !strings.Contains(errOut, "no MCP client configuration found") {
		t.Errorf("no configs: exit %d, %q", code, errOut)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
