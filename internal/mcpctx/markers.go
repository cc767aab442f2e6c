// Package mcpctx decides what is MCP code: which source files import an MCP
// SDK (file context) and which projects depend on one (project context),
// with evidence a person can check.
//
// Rules gated on MCP context fire only where this package says so; a
// target with no context is reported as "not an MCP server".
package mcpctx

import (
	"fmt"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Evidence is one reason a file or project is MCP context.
type Evidence struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

func (e Evidence) String() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Reason)
}

// Module patterns that make a source file MCP context when imported, per
// language code. The patterns use lang.MatchModule syntax. They name SDKs
// and MCP frameworks, whose APIs the rules describe.
var fileMarkers = map[string][]string{
	"py": {
		"mcp", "mcp.*", "fastmcp", "fastmcp.*",
		// Agent frameworks' MCP client modules.
		"agents.mcp", "agents.mcp.*", "pydantic_ai.mcp", "pydantic_ai.mcp.*",
		"langchain_mcp_adapters", "langchain_mcp_adapters.*", "mcp_agent", "mcp_agent.*",
		"llama_index.tools.mcp", "llama_index.tools.mcp.*",
	},
	"js": jsMarkers,
	"ts": jsMarkers,
	"go": {
		"github.com/modelcontextprotocol/go-sdk/...",
		"github.com/mark3labs/mcp-go/...",
		"github.com/metoro-io/mcp-golang/...",
		"github.com/ThinkInAIXYZ/go-mcp/...",
	},
}

var jsMarkers = []string{
	"@modelcontextprotocol/*",
	"fastmcp", "mcp-framework", "mcp-handler", "@vercel/mcp-adapter",
	"agents/mcp", "xmcp", "use-mcp", "mcp-remote",
}

// ByteMarkers are substrings every MCP-context source file contains (in
// its import of an SDK). A file without any of them cannot be MCP context,
// which lets the scanner skip parsing files that only MCP-gated rules
// would look at.
var ByteMarkers = [][]byte{[]byte("mcp"), []byte("modelcontextprotocol")}

// MarkerLiterals returns, for a language code, the strings of which every
// source file that imports an MCP SDK or framework holds one: the module
// patterns without their wildcard suffix (an import spells its module).
// They are narrower than ByteMarkers: most files that mention "mcp" (a
// variable, a comment, another package) import none of them.
func MarkerLiterals(code string) []string {
	var out []string
	for _, m := range fileMarkers[code] {
		for _, suf := range []string{"/...", ".*", "/*"} {
			m = strings.TrimSuffix(m, suf)
		}
		covered := false
		for _, o := range out {
			if strings.Contains(m, o) {
				covered = true
			}
		}
		if !covered {
			out = append(out, m)
		}
	}
	return out
}

// FileMarkers returns the module patterns for a language code (for docs
// and tests).
func FileMarkers(code string) []string { return append([]string(nil), fileMarkers[code]...) }

// FileEvidence returns why a parsed source file is MCP context: one entry
// per import of an MCP SDK or framework. An empty result means the file is
// not MCP context.
func FileEvidence(file string, l *lang.Language, imps *lang.Imports) []Evidence {
	if imps == nil {
		return nil
	}
	markers := fileMarkers[l.Code]
	var out []Evidence
	seen := map[string]bool{}
	for _, im := range imps.List {
		for _, m := range markers {
			if lang.MatchModule(m, im.Module) && !seen[im.Module] {
				seen[im.Module] = true
				out = append(out, Evidence{File: file, Line: im.Line, Reason: fmt.Sprintf("imports %s", im.Module)})
				break
			}
		}
	}
	return out
}

// IsMarkerModule reports whether a module specifier is an MCP SDK or
// framework for a language code.
func IsMarkerModule(code, module string) bool {
	for _, m := range fileMarkers[code] {
		if lang.MatchModule(m, module) {
			return true
		}
	}
	return false
}

// pythonPackages are PyPI distribution names (normalised) that make a
// Python project MCP context.
var pythonPackages = []string{"mcp", "fastmcp", "mcp-agent", "langchain-mcp-adapters", "llama-index-tools-mcp"}

// npmPackages are npm package names (or scopes, with /*) that make a JS/TS
// project MCP context.
var npmPackages = []string{
	"@modelcontextprotocol/*", "fastmcp", "mcp-framework", "mcp-handler", "@vercel/mcp-adapter",
	"xmcp", "use-mcp", "mcp-remote",
}

func isNPMMarker(name string) bool {
	for _, p := range npmPackages {
		if strings.HasSuffix(p, "/*") {
			if strings.HasPrefix(name, strings.TrimSuffix(p, "*")) {
				return true
			}
		} else if name == p {
			return true
		}
	}
	return false
}

func isPythonMarker(normalised string) bool {
	for _, p := range pythonPackages {
		if normalised == p {
			return true
		}
	}
	return false
}
