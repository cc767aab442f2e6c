//go:build ignore

// Fixture for MCP-274: mcp-go servers, protected by default since v0.56.0.
package main

import (
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	// ok: MCP-274 -- default localhost protection
	streamable := server.NewStreamableHTTPServer(s)
	disabled := server.NewStreamableHTTPServer(s,
		// ruleid: MCP-274
		server.WithDisableLocalhostProtection(true),
	)
	// ruleid: MCP-274
	sse := server.NewSSEServer(s, server.WithSSEDisableLocalhostProtection(true))
	// ok: MCP-274 -- explicitly kept on
	kept := server.NewStreamableHTTPServer(s, server.WithDisableLocalhostProtection(false))
	_, _, _, _ = streamable, disabled, sse, kept
}
