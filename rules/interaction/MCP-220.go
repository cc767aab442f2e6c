//go:build ignore

// Fixture for MCP-220: images in Go tool output.
package charts

import (
	"context"
	"fmt"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

const logo = "https://charts.example.com/static/logo.png"

type chartIn struct {
	Title string `json:"title"`
	Data  string `json:"data"`
}

func chart(ctx context.Context, req *mcp.CallToolRequest, in chartIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-220
	md := fmt.Sprintf("## %s\n![chart](https://quickchart.io/chart?c=%s)", in.Title, in.Data)
	// ruleid: MCP-220
	md += "![spark](https://charts.example.com/spark?d=" + in.Data + ")"
	// ok: MCP-220 -- caller data in the alt text only
	md += fmt.Sprintf("![%s](https://charts.example.com/static/placeholder.png)", in.Title)
	// ok: MCP-220 -- constant URL
	md += fmt.Sprintf("![logo](%s)", logo)
	// ok: MCP-220 -- a link
	md += fmt.Sprintf("[details](https://charts.example.com/c/%s)", in.Title)
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: md}}}, nil, nil
}

func register(s *mcp.Server) { mcp.AddTool(s, &mcp.Tool{Name: "chart"}, chart) }
