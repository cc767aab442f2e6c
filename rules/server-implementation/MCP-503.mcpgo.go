//go:build ignore

// Fixture for MCP-503: an mcp-go server on stdio.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	s.AddTool(mcp.NewTool("today"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		// ruleid: MCP-503
		fmt.Println("today called with", req.GetArguments())
		return mcp.NewToolResultText("monday"), nil
	})
	// ok: MCP-503 -- stderr
	fmt.Fprintln(os.Stderr, "calendar server on stdio")
	if err := server.ServeStdio(s); err != nil {
		// ok: MCP-503 -- stderr
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
	}
}
