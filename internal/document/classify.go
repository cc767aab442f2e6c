package document

import (
	"bytes"
	"path"
	"strings"
)

// Candidate reports whether a file may be a document, by its path alone
// (relative, forward slashes). The scan reads candidates and asks Classify
// with their content; most JSON and YAML files turn out not to be
// documents and are dropped silently.
func Candidate(p string) bool {
	if _, ok := byName(p); ok {
		return true
	}
	base := strings.ToLower(path.Base(p))
	for _, ext := range []string{".json", ".jsonc", ".yaml", ".yml", ".toml"} {
		if strings.HasSuffix(base, ext) {
			return true
		}
	}
	return isEnvName(base) || isDockerfileName(path.Base(p))
}

// NameOnly reports whether a candidate is recognised by its name (so a
// size or read problem deserves a diagnostic), as opposed to a JSON or
// YAML file that is only sniffed.
func NameOnly(p string) bool {
	_, ok := byName(p)
	return ok
}

// Lockfile reports whether a kind is a lockfile (which may be larger than
// the usual file-size cap).
func Lockfile(k Kind) bool {
	switch k {
	case KindNPMLock, KindPnpmLock, KindYarnLock, KindPoetryLock, KindUVLock, KindPipfileLock, KindGoSum:
		return true
	}
	return false
}

// byName classifies the files whose name alone says what they are.
func byName(p string) (Kind, bool) {
	p = strings.ReplaceAll(p, "\\", "/")
	base := path.Base(p)
	lower := strings.ToLower(base)
	dir := path.Dir(p)
	switch base {
	case "package.json":
		return KindPackageJSON, true
	case "package-lock.json", "npm-shrinkwrap.json":
		return KindNPMLock, true
	case "pnpm-lock.yaml":
		return KindPnpmLock, true
	case "yarn.lock":
		return KindYarnLock, true
	case "pyproject.toml":
		return KindPyproject, true
	case "poetry.lock":
		return KindPoetryLock, true
	case "uv.lock":
		return KindUVLock, true
	case "Pipfile":
		return KindPipfile, true
	case "Pipfile.lock":
		return KindPipfileLock, true
	case "go.mod":
		return KindGoMod, true
	case "go.sum":
		return KindGoSum, true
	case "server.json":
		return KindServerJSON, true
	case "smithery.yaml", "smithery.yml":
		return KindSmithery, true
	case "action.yml", "action.yaml":
		return KindAction, true
	case "claude_desktop_config.json", ".mcp.json", "mcp_config.json", "cline_mcp_settings.json", "mcp_settings.json", ".claude.json":
		return KindClientConfig, true
	}
	if isRequirementsName(lower, path.Base(path.Dir(strings.ToLower(p)))) {
		return KindRequirements, true
	}
	if isDockerfileName(base) {
		return KindDockerfile, true
	}
	if isEnvName(lower) {
		return KindEnv, true
	}
	if (strings.HasSuffix(lower, ".yml") || strings.HasSuffix(lower, ".yaml")) && (strings.HasSuffix(dir, ".github/workflows") || dir == ".github/workflows") {
		return KindWorkflow, true
	}
	// Client configuration at its usual places inside a project or home.
	switch {
	case base == "mcp.json" && (strings.HasSuffix(dir, ".cursor") || strings.HasSuffix(dir, ".vscode") || strings.HasSuffix(dir, ".roo") ||
		strings.HasSuffix(dir, ".kiro/settings") || strings.HasSuffix(dir, "amazonq") || strings.HasSuffix(dir, ".lmstudio")):
		return KindClientConfig, true
	case base == "config.toml" && strings.HasSuffix(dir, ".codex"):
		return KindClientConfig, true
	case base == "settings.json" && strings.HasSuffix(dir, ".gemini"):
		return KindClientConfig, true
	}
	return "", false
}

func isRequirementsName(base, parent string) bool {
	stem, ok := strings.CutSuffix(base, ".txt")
	if !ok {
		if stem, ok = strings.CutSuffix(base, ".in"); !ok {
			return false
		}
	}
	return strings.HasPrefix(stem, "requirements") || strings.HasSuffix(stem, "requirements") || parent == "requirements"
}

func isDockerfileName(base string) bool {
	lower := strings.ToLower(base)
	return lower == "dockerfile" || lower == "containerfile" || strings.HasPrefix(lower, "dockerfile.") ||
		strings.HasSuffix(lower, ".dockerfile") || strings.HasPrefix(lower, "containerfile.")
}

// isEnvName matches .env and .env.<anything> (.env.local, .env.example):
// rules decide which variants they read.
func isEnvName(lower string) bool {
	return lower == ".env" || strings.HasPrefix(lower, ".env.")
}

// Classify returns the kind of a candidate from its path and content, or
// "" when it is not a document mcpsafe reads.
func Classify(p string, data []byte) Kind {
	if k, ok := byName(p); ok {
		if k == KindClientConfig && !looksLikeClientConfig(data) && path.Base(p) != "claude_desktop_config.json" && path.Base(p) != ".mcp.json" {
			return ""
		}
		return k
	}
	lower := strings.ToLower(path.Base(p))
	isJSON := strings.HasSuffix(lower, ".json") || strings.HasSuffix(lower, ".jsonc")
	isYAML := strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml")
	isTOML := strings.HasSuffix(lower, ".toml")
	switch {
	case (isJSON || isYAML) && looksLikeToolsList(data):
		return KindToolsList
	case (isJSON || isYAML || isTOML) && looksLikeClientConfig(data) && clientConfigName(lower):
		return KindClientConfig
	case (isJSON || isYAML) && looksLikePolicy(data):
		return KindPolicy
	}
	return ""
}

// clientConfigName lists generic names under which clients keep their
// MCP server configuration (mcp.json, settings.json, config.yaml, …); the
// content decides.
func clientConfigName(lower string) bool {
	switch lower {
	case "mcp.json", "settings.json", "config.json", "config.yaml", "config.yml", "config.toml", "opencode.json", "opencode.jsonc",
		"mcp.yaml", "mcp.yml", "mcp-config.json", "mcp_servers.json", "mcpservers.json":
		return true
	}
	return strings.Contains(lower, "mcp")
}

func looksLikeClientConfig(data []byte) bool {
	for _, k := range [][]byte{[]byte(`mcpServers`), []byte(`mcp_servers`), []byte(`context_servers`), []byte(`"servers"`), []byte(`"mcp"`),
		[]byte("\nservers:"), []byte("\nextensions:")} {
		if bytes.Contains(data, k) {
			return true
		}
	}
	return bytes.HasPrefix(data, []byte("servers:")) || bytes.HasPrefix(data, []byte("extensions:"))
}

func looksLikeToolsList(data []byte) bool {
	return bytes.Contains(data, []byte("tools")) && (bytes.Contains(data, []byte("inputSchema")) || bytes.Contains(data, []byte("input_schema")))
}

func looksLikePolicy(data []byte) bool {
	return bytes.Contains(data, []byte("Statement")) && bytes.Contains(data, []byte("Effect"))
}
