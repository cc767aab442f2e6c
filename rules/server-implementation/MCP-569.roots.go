//go:build ignore

// Fixture for MCP-569: a go-sdk server that asks the client for its roots.
package files

import (
	"context"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type pathIn struct {
	Path string `json:"path"`
}

func readFile(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	roots, err := req.Session.ListRoots(ctx, nil)
	if err != nil || !inside(roots, in.Path) {
		return nil, nil, err
	}
	// ok: MCP-569 -- roots consulted
	b, err := os.ReadFile(in.Path)
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: string(b)}}}, nil, err
}

func register(s *mcp.Server) { mcp.AddTool(s, &mcp.Tool{Name: "read_file"}, readFile) }
