//go:build ignore

// Fixture for MCP-217: an mcp-go server on loopback (MCP-268's).
package main

import (
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	// ok: MCP-217 -- loopback: MCP-268 owns it
	httpServer := server.NewStreamableHTTPServer(s)
	httpServer.Start("127.0.0.1:8080")
}
