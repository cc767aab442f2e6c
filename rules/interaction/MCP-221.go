//go:build ignore

// Fixture for MCP-221: links in Go tool output.
package tickets

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

const tracker = "https://tracker.example.com"

func register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("ticket_link"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		id := req.GetString("ticket_id", "")
		base := req.GetString("base_url", "")
		// ruleid: MCP-221
		a := fmt.Sprintf("[Ticket %s](%s/tickets/%s)", id, base, id)
		// ruleid: MCP-221
		b := "<a href=\"" + base + "\">open</a>"
		// ok: MCP-221 -- caller data only in the text
		c := fmt.Sprintf("[Ticket %s](https://tracker.example.com/board)", id)
		return mcp.NewToolResultText(a + b + c), nil
	})
	s.AddTool(mcp.NewTool("safe_link"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		u, err := url.Parse(req.GetString("url", ""))
		if err != nil || !strings.HasSuffix(u.Host, ".example.com") {
			return mcp.NewToolResultError("host not allowed"), nil
		}
		// ok: MCP-221 -- host checked first
		return mcp.NewToolResultText(fmt.Sprintf("[open](%s)", u.String())), nil
	})
}

func footer(version string) string {
	// ok: MCP-221 -- not a tool argument
	return fmt.Sprintf("[Changelog](%s/releases/%s)", tracker, version)
}
