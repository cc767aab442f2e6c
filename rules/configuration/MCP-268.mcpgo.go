//go:build ignore

// Fixture for MCP-268: mcp-go servers on loopback.
package main

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	s.AddTool(mcp.NewTool("today"), today)
	// ruleid: MCP-268
	local := server.NewStreamableHTTPServer(s)
	local.Start("localhost:8080")
}

func withKey(next http.Handler) http.Handler {
	return next
}

func today(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return mcp.NewToolResultText("monday"), nil
}
