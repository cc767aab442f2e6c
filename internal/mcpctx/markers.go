// Package mcpctx decides what is MCP code: which source files import an MCP
// SDK (file context) and which projects depend on one (project context),
// with evidence a person can check.
//
// Rules gated on MCP context fire only where this package says so; a
// target with no context is reported as "not an MCP server".
package mcpctx

import (
	"fmt"
	"sort"
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

// MarkerLiterals returns, for a language code, the strings of which every
// source file that imports an MCP SDK or framework holds one: the module
// patterns' literals (lang.ModuleLiteral: an import spells its module). A
// file without any cannot be MCP context, so the scanner need not parse it
// for MCP-gated rules; most files that merely mention "mcp" (a variable, a
// comment, another package) hold none of them.
func MarkerLiterals(code string) []string {
	return markerLiterals(fileMarkers[code])
}

// AnyMarkerLiterals is MarkerLiterals for a file of any language.
func AnyMarkerLiterals() []string {
	var all []string
	for _, ms := range fileMarkers {
		all = append(all, ms...)
	}
	return markerLiterals(all)
}

// markerLiterals returns the literals of module patterns, leaving out any
// that holds a shorter one (a file holding it holds the shorter one too),
// shortest first.
func markerLiterals(patterns []string) []string {
	lits := make([]string, 0, len(patterns))
	for _, m := range patterns {
		lits = append(lits, lang.ModuleLiteral(m))
	}
	sort.Slice(lits, func(i, j int) bool {
		if len(lits[i]) != len(lits[j]) {
			return len(lits[i]) < len(lits[j])
		}
		return lits[i] < lits[j]
	})
	var out []string
	for _, m := range lits {
		covered := false
		for _, o := range out {
			if strings.Contains(m, o) {
				covered = true
				break
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
