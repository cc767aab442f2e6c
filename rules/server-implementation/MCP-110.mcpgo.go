//go:build ignore

// Fixture for MCP-110: a public mcp-go Streamable HTTP server.
package main

import (
	"time"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("public", "1.0.0")
	// ruleid: MCP-110
	h1 := server.NewStreamableHTTPServer(s)
	// ok: MCP-110
	h2 := server.NewStreamableHTTPServer(s, server.WithSessionIdleTTL(30*time.Minute))
	// ok: MCP-110 -- stateless
	h3 := server.NewStreamableHTTPServer(s, server.WithStateLess(true))
	_, _ = h2, h3
	h1.Start(":8080")
}
