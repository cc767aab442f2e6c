//go:build ignore

package main

import (
	"context"

	"github.com/mark3labs/mcp-go/mcp"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

type FetchIn struct {
	// ruleid: MCP-206
	URL string `json:"url" jsonschema:"the page to fetch"`
	// ok: MCP-206 -- invopop-style enum
	Mode string `json:"mode" jsonschema:"description=how,enum=fast,enum=full"`
}

func fetch(ctx context.Context, req *gosdk.CallToolRequest, in FetchIn) (*gosdk.CallToolResult, any, error) {
	return nil, nil, nil
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "web"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "fetch_page", Description: "Fetches a page."}, fetch)
	_ = mcp.NewTool("run",
		mcp.WithDescription("Runs a command."),
		// ruleid: MCP-206
		mcp.WithString("cmd", mcp.Required()),
		// ok: MCP-206
		mcp.WithString("expr", mcp.MaxLength(80)),
	)
}
