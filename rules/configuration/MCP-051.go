//go:build ignore

// Fixture for MCP-051: mcp-go and go-sdk handlers.
package main

import (
	"context"
	"log"
	"os"
	"os/exec"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gomcp "github.com/modelcontextprotocol/go-sdk/mcp"
)

func register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("archive"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		err := archive(req.GetString("path", ""))
		// ruleid: MCP-051
		if err != nil {
			return nil, nil
		}
		// ok: MCP-051 -- the error goes back to the client
		if err != nil {
			return mcp.NewToolResultErrorFromErr("archive failed", err), nil
		}
		// ok: MCP-051 -- returned
		if err != nil {
			return nil, err
		}
		return mcp.NewToolResultText("done"), nil
	})
	// ruleid: MCP-051
	s.AddTool(mcp.NewTool("purge"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		os.RemoveAll(req.GetString("path", ""))
		return mcp.NewToolResultText("purged"), nil
	})
	// ok: MCP-051 -- logs the side effect
	s.AddTool(mcp.NewTool("restart"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		log.Printf("restart %s", req.GetString("name", ""))
		exec.Command("systemctl", "restart", req.GetString("name", "")).Run()
		return mcp.NewToolResultText("ok"), nil
	})
}

type In struct {
	Path string `json:"path"`
}

func read(ctx context.Context, req *gomcp.CallToolRequest, in In) (*gomcp.CallToolResult, any, error) {
	data, err := os.ReadFile(in.Path)
	// ruleid: MCP-051
	_ = err
	return &gomcp.CallToolResult{Content: []gomcp.Content{&gomcp.TextContent{Text: string(data)}}}, nil, nil
}

func helper() {
	err := os.Remove("/tmp/x")
	// ok: MCP-051 -- not inside an MCP handler
	_ = err
}

func main() {
	s := gomcp.NewServer(&gomcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	gomcp.AddTool(s, &gomcp.Tool{Name: "read"}, read)
}
