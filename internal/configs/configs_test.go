package configs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/document"
)

func TestParseLaunch(t *testing.T) {
	cases := []struct {
		argv                                   string
		runner, kind, eco, name, version, cons string
		pinned                                 bool
	}{
		{"npx -y @modelcontextprotocol/server-filesystem /tmp", "npx", "package", "npm", "@modelcontextprotocol/server-filesystem", "", "", false},
		{"npx -y mcp-remote@0.1.15 https://x", "npx", "package", "npm", "mcp-remote", "0.1.15", "", true},
		{"npx --yes mcp-remote@latest", "npx", "package", "npm", "mcp-remote", "", "latest", false},
		{"npx -p @scope/pkg@1.2.3 bin", "npx", "package", "npm", "@scope/pkg", "1.2.3", "", true},
		{"bunx some-mcp@^1.0.0", "bunx", "package", "npm", "some-mcp", "", "^1.0.0", false},
		{"pnpm dlx x-mcp@2.0.0", "pnpm-dlx", "package", "npm", "x-mcp", "2.0.0", "", true},
		{"uvx mcp-server-git==2025.11.25 --repository .", "uvx", "package", "pypi", "mcp-server-git", "2025.11.25", "", true},
		{"uvx mcp-server-fetch", "uvx", "package", "pypi", "mcp-server-fetch", "", "", false},
		{"uvx mcp-server-time@2025.9.25", "uvx", "package", "pypi", "mcp-server-time", "2025.9.25", "", true},
		{"uvx --from git+https://github.com/a/b@0123456789abcdef0123456789abcdef01234567 b", "uvx", "git", "pypi", "git+https://github.com/a/b@0123456789abcdef0123456789abcdef01234567", "", "", true},
		{"uv tool run mcp-x>=1.0", "uvx", "package", "pypi", "mcp-x", "", ">=1.0", false},
		{"pipx run mcp-y==1.0", "pipx", "package", "pypi", "mcp-y", "1.0", "", true},
		{"docker run -i --rm -e TOKEN ghcr.io/github/github-mcp-server", "docker", "image", "oci", "ghcr.io/github/github-mcp-server", "", "", false},
		{"docker run -i --rm -v /a:/b mcp/fetch:latest", "docker", "image", "oci", "mcp/fetch", "", "latest", false},
		{"docker run --rm mcp/fetch:1.2", "docker", "image", "oci", "mcp/fetch", "1.2", "", true},
		{"go run github.com/x/mcp@latest", "go-run", "package", "go", "github.com/x/mcp", "", "latest", false},
		{"go run github.com/x/mcp@v1.2.3", "go-run", "package", "go", "github.com/x/mcp", "v1.2.3", "", true},
		{"cmd /c npx -y a-mcp@1.0.0", "npx", "package", "npm", "a-mcp", "1.0.0", "", true},
		{"bash -c 'npx -y b-mcp'", "npx", "package", "npm", "b-mcp", "", "", false},
		{"node dist/index.js", "node", "path", "", "", "", "", false},
		{"/usr/local/bin/notes-mcp --port 1", "binary", "binary", "", "/usr/local/bin/notes-mcp", "", "", false},
		{"C:\\tools\\npx.cmd -y c-mcp@1.0.0", "npx", "package", "npm", "c-mcp", "1.0.0", "", true},
	}
	for _, c := range cases {
		l, ok := ParseLaunch(strings.Fields(strings.ReplaceAll(c.argv, "'", "")))
		if c.argv == "bash -c 'npx -y b-mcp'" {
			l, ok = ParseLaunch([]string{"bash", "-c", "npx -y b-mcp"})
		}
		if !ok || l.Runner != c.runner || l.Kind != c.kind || l.Ecosystem != c.eco || l.Name != c.name || l.Version != c.version ||
			l.Constraint != c.cons || l.Pinned != c.pinned {
			t.Errorf("%s:\n got %+v", c.argv, l)
		}
	}
}

func TestPackages(t *testing.T) {
	got := Packages("apt-get update && npm install -g @modelcontextprotocol/inspector@0.13.0 typescript && pip install 'mcp==1.9.0' fastmcp; sudo uvx mcp-server-git")
	var names []string
	for _, l := range got {
		names = append(names, l.Runner+":"+l.Name+"@"+l.Version)
	}
	want := "npm-install:@modelcontextprotocol/inspector@0.13.0 npm-install:typescript@ pip-install:mcp@1.9.0 pip-install:fastmcp@ uvx:mcp-server-git@"
	if strings.Join(names, " ") != want {
		t.Errorf("got %s\nwant %s", strings.Join(names, " "), want)
	}
}

func normalize(t *testing.T, p, src string) (*document.Node, []Server) {
	t.Helper()
	d, err := document.Parse(p, document.KindClientConfig, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Normalize(d)
}

func TestNormalizeClients(t *testing.T) {
	cases := []struct {
		path, src, client string
		servers           string // name/transport/package
	}{
		{"claude_desktop_config.json", `{"mcpServers": {"a": {"command": "npx", "args": ["-y", "x-mcp@1.0.0"], "env": {"K": "v"}}}}`,
			"claude-desktop", "a/stdio/x-mcp"},
		{".vscode/mcp.json", `{"servers": {"b": {"type": "http", "url": "https://h/mcp"}, "c": {"type": "stdio", "command": "uvx", "args": ["y-mcp"]}}, "inputs": []}`,
			"vscode", "b/http/ c/stdio/y-mcp"},
		{".codex/config.toml", "[mcp_servers.d]\ncommand = \"npx\"\nargs = [\"z-mcp\"]\n", "codex", "d/stdio/z-mcp"},
		{"zed/settings.json", `{"context_servers": {"e": {"command": {"path": "npx", "args": ["-y", "e-mcp@1.0.0"]}}}}`, "zed", "e/stdio/e-mcp"},
		{"opencode.json", `{"mcp": {"f": {"type": "local", "command": ["npx", "-y", "f-mcp"]}, "g": {"type": "remote", "url": "https://g/mcp"}}}`,
			"opencode", "f/stdio/f-mcp g/http/"},
		{".continue/config.yaml", "mcpServers:\n  - name: h\n    command: uvx\n    args: [h-mcp]\n", "continue", "h/stdio/h-mcp"},
		{"goose/config.yaml", "extensions:\n  i:\n    type: stdio\n    cmd: npx\n    args: [i-mcp]\n", "goose", "i/stdio/i-mcp"},
		{".claude.json", `{"projects": {"/w": {"mcpServers": {"j": {"type": "sse", "url": "https://j/sse"}}}}}`, "claude-code", "j/sse/"},
		{"mcp_config.json", `{"mcpServers": {"k": {"serverUrl": "https://k/mcp"}, "note": "x"}}`, "windsurf", "k/http/"},
		{".gemini/settings.json", `{"mcpServers": {"l": {"httpUrl": "https://l/mcp", "trust": true}}}`, "gemini-cli", "l/http/"},
	}
	for _, c := range cases {
		root, servers := normalize(t, c.path, c.src)
		if got := root.Str("client"); got != c.client {
			t.Errorf("%s: client %q, want %q", c.path, got, c.client)
		}
		var parts []string
		for _, s := range servers {
			parts = append(parts, s.Name+"/"+s.Transport+"/"+s.Package)
		}
		if strings.Join(parts, " ") != c.servers {
			t.Errorf("%s: servers %q, want %q", c.path, strings.Join(parts, " "), c.servers)
		}
	}
}

func TestNormalizedPositions(t *testing.T) {
	src := "{\"mcpServers\": {\n  \"gh\": {\"command\": \"npx\",\n    \"args\": [\"-y\", \"gh-mcp\", \"--token\", \"abc\"],\n    \"env\": {\"T\": \"x\"}}}}\n"
	root, servers := normalize(t, ".mcp.json", src)
	p, _ := document.CompilePath("servers.*.launch")
	l := p.SelectOne(root)
	if l == nil || l.Start.Line != 3 || l.Start.Col != 20 || l.Str("name") != "gh-mcp" {
		t.Fatalf("launch = %+v", l)
	}
	p, _ = document.CompilePath("servers.*.options.token")
	if o := p.SelectOne(root); o == nil || o.Value != "abc" || o.Start.Col != 41 {
		t.Fatalf("options.token = %+v", o)
	}
	p, _ = document.CompilePath("servers.*.env.T")
	if e := p.SelectOne(root); e == nil || e.Start.Line != 4 {
		t.Fatalf("env.T = %+v", e)
	}
	if strings.Join(servers[0].Args, " ") != "-y gh-mcp --token ***" {
		t.Errorf("inventory args not redacted: %q", servers[0].Args)
	}
}

func TestDiscover(t *testing.T) {
	home := t.TempDir()
	files := []string{".cursor/mcp.json", ".config/Claude/claude_desktop_config.json", ".codex/config.toml", ".gemini/settings.json",
		".claude.json", ".codeium/windsurf/mcp_config.json", ".config/Code/User/mcp.json"}
	for _, f := range files {
		p := filepath.Join(home, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	got := Discover(Env{Home: home, GOOS: "linux", Exists: exists})
	var clients []string
	for _, l := range got {
		clients = append(clients, l.Client)
	}
	want := "claude-code claude-desktop codex cursor gemini-cli vscode windsurf"
	if strings.Join(clients, " ") != want {
		t.Errorf("linux: %v, want %s", clients, want)
	}
	// macOS keeps Claude Desktop and VS Code under Application Support.
	mac := filepath.Join(home, "Library", "Application Support", "Claude", "claude_desktop_config.json")
	_ = os.MkdirAll(filepath.Dir(mac), 0o755)
	_ = os.WriteFile(mac, []byte("{}"), 0o644)
	found := false
	for _, l := range Discover(Env{Home: home, GOOS: "darwin", Exists: exists}) {
		if l.Path == mac {
			found = true
		}
	}
	if !found {
		t.Error("darwin: Claude Desktop not found under Application Support")
	}
	// Windows uses APPDATA.
	appdata := filepath.Join(home, "AppData", "Roaming")
	win := filepath.Join(appdata, "Claude", "claude_desktop_config.json")
	_ = os.MkdirAll(filepath.Dir(win), 0o755)
	_ = os.WriteFile(win, []byte("{}"), 0o644)
	found = false
	for _, l := range Discover(Env{Home: home, GOOS: "windows", Getenv: func(k string) string {
		if k == "APPDATA" {
			return appdata
		}
		return ""
	}, Exists: exists}) {
		if l.Path == win {
			found = true
		}
	}
	if !found {
		t.Error("windows: Claude Desktop not found under APPDATA")
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{`{"mcpServers": {"a": {"command": "npx", "args": ["-y", "x@1"]}}}`, `{"servers": {"b": {"url": "http://x"}}}`,
		`{"mcp": {"c": {"type": "local", "command": []}}}`, `{"context_servers": {"d": {"command": {"path": 1}}}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := document.Parse("mcp.json", document.KindClientConfig, []byte(s))
		if err != nil {
			return
		}
		Normalize(d)
		EnrichPackages(d)
		_, _ = ParseLaunch(strings.Fields(s))
		_ = Packages(s)
	})
}
