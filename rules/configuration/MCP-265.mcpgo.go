//go:build ignore

// Fixture for MCP-265: mcp-go carries the inbound header into the context in
// one function and a tool handler forwards it in another.
package server

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

type authKey struct{}

func newServer() *server.StreamableHTTPServer {
	s := server.NewMCPServer("crm", "1.0.0")
	s.AddTool(mcp.NewTool("deals"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		r, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.crm.example.com/deals", nil)
		// todoruleid: MCP-265 -- the token comes from WithHTTPContextFunc in another function; deep mode follows it
		r.Header.Set("Authorization", ctx.Value(authKey{}).(string))
		http.DefaultClient.Do(r)
		return mcp.NewToolResultText("ok"), nil
	})
	return server.NewStreamableHTTPServer(s, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		// ok: MCP-265 -- storing the header is not yet forwarding it
		return context.WithValue(ctx, authKey{}, r.Header.Get("Authorization"))
	}))
}
