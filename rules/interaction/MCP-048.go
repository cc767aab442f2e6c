//go:build ignore

package main

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type In struct {
	// ruleid: MCP-048 -- a soft hyphen inside a parameter description
	Path string `json:"path" jsonschema:"the pa\u00adth"`
}

func h(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	return nil, nil, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "files"}, nil)
	// ruleid: MCP-048 -- a zero-width space written as an escape
	mcp.AddTool(s, &mcp.Tool{Name: "open", Description: "Opens a file.\u200b"}, h)
	// ok: MCP-048
	mcp.AddTool(s, &mcp.Tool{Name: "close", Description: "Closes a file."}, h)
}
