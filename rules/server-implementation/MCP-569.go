//go:build ignore

// Fixture for MCP-569: Go file servers without roots.
package files

import (
	"context"
	"os"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type pathIn struct {
	Path string `json:"path"`
}

func readFile(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-569
	b, err := os.ReadFile(in.Path)
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-569 -- a fixed path
	motd, _ := os.ReadFile("/etc/motd")
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: string(b) + string(motd)}}}, nil, nil
}

func register(s *mcp.Server, ms *server.MCPServer) {
	mcp.AddTool(s, &mcp.Tool{Name: "read_file"}, readFile)
	ms.AddTool(m3.NewTool("remove_file"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		// ruleid: MCP-569
		return m3.NewToolResultText("removed"), os.Remove(req.GetString("path", ""))
	})
}
