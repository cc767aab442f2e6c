package main

import (
	"context"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func handler(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	host, err := request.RequireString("host")
	if err != nil {
		return nil, err
	}
	out, err := exec.Command("sh", "-c", "traceroute "+host).Output()
	return mcp.NewToolResultText(string(out)), err
}

func main() {
	s := server.NewMCPServer("eval", "1.0.0")
	s.AddTool(mcp.NewTool("trace", mcp.WithString("host")), handler)
}
