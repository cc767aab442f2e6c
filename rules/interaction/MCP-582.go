//go:build ignore

// Fixture for MCP-582: stack traces in go-sdk and mcp-go tool results.
package reports

import (
	"context"
	"fmt"
	"log"
	"os"
	"runtime/debug"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type reportIn struct {
	Month string `json:"month"`
}

func buildReport(ctx context.Context, req *mcp.CallToolRequest, in reportIn) (*mcp.CallToolResult, any, error) {
	out, err := render(in.Month)
	if err != nil {
		// ruleid: MCP-582
		return nil, nil, fmt.Errorf("render %s: %+v", in.Month, err)
	}
	if out == "" {
		return &mcp.CallToolResult{
			IsError: true,
			// ruleid: MCP-582
			Content: []mcp.Content{&mcp.TextContent{Text: string(debug.Stack())}},
		}, nil, nil
	}
	// ok: MCP-582 -- %v, not %+v
	return nil, nil, fmt.Errorf("render %s: %v", in.Month, err)
}

func register(s *server.MCPServer, sdk *mcp.Server) {
	mcp.AddTool(sdk, &mcp.Tool{Name: "build_report"}, buildReport)
	s.AddTool(m3.NewTool("export_csv"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		out, err := exportCSV(req.GetString("month", ""))
		if err != nil {
			// ok: MCP-582 -- logged
			log.Printf("export failed: %+v", err)
			// ok: MCP-582 -- stderr
			fmt.Fprintf(os.Stderr, "export failed: %+v\n%s", err, debug.Stack())
			return m3.NewToolResultError("export failed; see the server log"), nil
		}
		return m3.NewToolResultText(out), nil
	})
}

func debugTool(s *server.MCPServer) {
	s.AddTool(m3.NewTool("whoami"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		resp := struct{ User, Role string }{"alice", "admin"}
		// ok: MCP-582 -- %+v of a struct, not of an error
		return m3.NewToolResultText(fmt.Sprintf("%+v", resp)), nil
	})
}

func helper(err error) string {
	// ok: MCP-582 -- not a tool handler
	return fmt.Sprintf("%+v", err)
}
