package configs

import (
	"path/filepath"
	"sort"
)

// Location is a client configuration file found on this machine.
type Location struct {
	Client string
	Path   string
}

// Env is what discovery needs from the machine: the user's home folder,
// the operating system (runtime.GOOS values), environment variables and a
// way to tell whether a file exists. Tests pass a fake home.
type Env struct {
	Home   string
	GOOS   string
	Getenv func(string) string
	Exists func(string) bool
}

// knownFile is one documented location, relative to a base folder.
type knownFile struct {
	client string
	base   string // home, config (XDG / Application Support / AppData\Roaming), or abs
	rel    []string
}

// Documented locations of client configuration files, per OS. "config" is
// ~/.config (or $XDG_CONFIG_HOME) on Linux, ~/Library/Application Support
// on macOS and %APPDATA% on Windows.
func knownFiles(goos string) []knownFile {
	vscodeUsers := []string{"Code", "Code - Insiders", "VSCodium", "Cursor", "Windsurf"}
	var out []knownFile
	add := func(client, base string, rel ...string) { out = append(out, knownFile{client, base, rel}) }

	// Claude Desktop.
	add("claude-desktop", "config", "Claude", "claude_desktop_config.json")
	// Claude Code: user and local scopes in ~/.claude.json, settings.
	add("claude-code", "home", ".claude.json")
	add("claude-code", "home", ".claude", "settings.json")
	add("claude-code", "home", ".claude", "settings.local.json")
	// Cursor.
	add("cursor", "home", ".cursor", "mcp.json")
	// VS Code (and forks) user profile: mcp.json and settings.json, and
	// the Cline and Roo Code extensions' settings.
	for _, u := range vscodeUsers {
		add("vscode", "config", u, "User", "mcp.json")
		add("vscode", "config", u, "User", "settings.json")
		add("cline", "config", u, "User", "globalStorage", "saoudrizwan.claude-dev", "settings", "cline_mcp_settings.json")
		add("roo-code", "config", u, "User", "globalStorage", "rooveterinaryinc.roo-cline", "settings", "mcp_settings.json")
	}
	// Windsurf.
	add("windsurf", "home", ".codeium", "windsurf", "mcp_config.json")
	// Gemini CLI.
	add("gemini-cli", "home", ".gemini", "settings.json")
	// Codex (CODEX_HOME is handled in Discover).
	add("codex", "home", ".codex", "config.toml")
	// Zed.
	if goos == "windows" {
		add("zed", "config", "Zed", "settings.json")
	} else {
		add("zed", "home", ".config", "zed", "settings.json")
	}
	// opencode, Goose, Continue, Amazon Q, Kiro, LM Studio.
	add("opencode", "home", ".config", "opencode", "opencode.json")
	add("opencode", "home", ".config", "opencode", "opencode.jsonc")
	if goos == "windows" {
		add("goose", "config", "Block", "goose", "config", "config.yaml")
	} else {
		add("goose", "home", ".config", "goose", "config.yaml")
	}
	add("continue", "home", ".continue", "config.yaml")
	add("continue", "home", ".continue", "config.json")
	add("amazon-q", "home", ".aws", "amazonq", "mcp.json")
	add("kiro", "home", ".kiro", "settings", "mcp.json")
	add("lm-studio", "home", ".lmstudio", "mcp.json")
	// Managed (enterprise) Claude Code configuration.
	switch goos {
	case "darwin":
		add("claude-code", "abs", "/Library/Application Support/ClaudeCode/managed-mcp.json")
	case "linux":
		add("claude-code", "abs", "/etc/claude-code/managed-mcp.json")
	case "windows":
		add("claude-code", "abs", `C:\ProgramData\ClaudeCode\managed-mcp.json`)
	}
	return out
}

// configDir returns the per-user configuration folder of an OS.
func configDir(e Env) string {
	switch e.GOOS {
	case "darwin":
		return filepath.Join(e.Home, "Library", "Application Support")
	case "windows":
		if v := e.Getenv("APPDATA"); v != "" {
			return v
		}
		return filepath.Join(e.Home, "AppData", "Roaming")
	}
	if v := e.Getenv("XDG_CONFIG_HOME"); v != "" && filepath.IsAbs(v) {
		return v
	}
	return filepath.Join(e.Home, ".config")
}

// Discover lists the client configuration files that exist, in a stable
// order.
func Discover(e Env) []Location {
	if e.Getenv == nil {
		e.Getenv = func(string) string { return "" }
	}
	var out []Location
	seen := map[string]bool{}
	add := func(client, p string) {
		if p == "" || seen[p] || !e.Exists(p) {
			return
		}
		seen[p] = true
		out = append(out, Location{Client: client, Path: p})
	}
	if v := e.Getenv("CODEX_HOME"); v != "" {
		add("codex", filepath.Join(v, "config.toml"))
	}
	for _, k := range knownFiles(e.GOOS) {
		var p string
		switch k.base {
		case "home":
			if e.Home == "" {
				continue
			}
			p = filepath.Join(append([]string{e.Home}, k.rel...)...)
		case "config":
			if e.Home == "" && e.GOOS != "windows" {
				continue
			}
			p = filepath.Join(append([]string{configDir(e)}, k.rel...)...)
		case "abs":
			p = k.rel[0]
		}
		add(k.client, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Client != out[j].Client {
			return out[i].Client < out[j].Client
		}
		return out[i].Path < out[j].Path
	})
	return out
}
