//go:build ignore

// Fixture for MCP-217: mcp-go servers.
package main

import (
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	// ruleid: MCP-217
	httpServer := server.NewStreamableHTTPServer(s)
	httpServer.Start(":8080")
}
