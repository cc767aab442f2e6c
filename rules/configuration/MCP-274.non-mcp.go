//go:build ignore

// Fixture for MCP-274: an option of the same name in code that is not MCP.
package proxy

type Options struct{ DisableLocalhostProtection bool }

// ok: MCP-274 -- not an MCP-context file
var o = Options{DisableLocalhostProtection: true}
