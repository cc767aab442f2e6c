//go:build ignore

// Fixture for MCP-268: a go-sdk server with tools on loopback without auth.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type In struct {
	Command string `json:"command"`
}

func run(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "shell", Version: "1.0.0"}, nil)
	mcp.AddTool(server, &mcp.Tool{Name: "run"}, run)
	// ruleid: MCP-268
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	// ok: MCP-268 -- the server object, not an HTTP endpoint
	other := mcp.NewServer(&mcp.Implementation{Name: "other", Version: "1.0.0"}, nil)
	_ = other
	http.ListenAndServe("127.0.0.1:8080", handler)
}
