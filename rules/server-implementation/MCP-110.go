//go:build ignore

// Fixture for MCP-110: unbounded work in Go MCP servers.
package utilities

import (
	"context"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// ok: MCP-110 -- the requests of this file carry the tool call's context
var slow = &http.Client{}

// ok: MCP-110
var bounded = &http.Client{Timeout: 10 * time.Second}

func register(s *server.MCPServer) {
	s.AddTool(mcp.NewTool("fetch", mcp.WithString("url")), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		url := req.GetString("url", "")
		// ruleid: MCP-110
		resp, err := http.Get(url)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		// ruleid: MCP-110
		body, _ := io.ReadAll(resp.Body)
		return mcp.NewToolResultText(string(body)), nil
	})
	s.AddTool(mcp.NewTool("fetch_bounded", mcp.WithString("url")), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		url := req.GetString("url", "")
		r2, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp2, err := bounded.Do(r2)
		if err != nil {
			return nil, err
		}
		defer resp2.Body.Close()
		// ok: MCP-110
		body2, _ := io.ReadAll(io.LimitReader(resp2.Body, 1<<20))
		return mcp.NewToolResultText(string(body2)), nil
	})
	s.AddTool(mcp.NewTool("repeat", mcp.WithNumber("count")), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		count := req.GetInt("count", 1)
		// ruleid: MCP-110
		buf := make([]byte, count)
		// ruleid: MCP-110
		line := strings.Repeat("=", count)
		// ruleid: MCP-110
		out, _ := exec.Command("seq", "1", "10").Output()
		// ok: MCP-110
		out2, _ := exec.CommandContext(ctx, "seq", "1", "10").Output()
		// ok: MCP-110 -- a constant size
		fixed := make([]byte, 0, 64)
		return mcp.NewToolResultText(string(buf) + line + string(out) + string(out2) + string(fixed)), nil
	})
	// ok: MCP-110 -- stdio server, no listener
	_ = slow
}
