//go:build ignore

// Fixture for MCP-277: an mcp-go server that reads the bearer token itself.
package server

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

type tokenKey struct{}

func newHTTP(s *server.MCPServer) *server.StreamableHTTPServer {
	// ruleid: MCP-277
	return server.NewStreamableHTTPServer(s, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		return context.WithValue(ctx, tokenKey{}, r.Header.Get("Authorization"))
	}))
}

func newPlain(s *server.MCPServer) *server.StreamableHTTPServer {
	// ok: MCP-277 -- no token handling here
	return server.NewStreamableHTTPServer(s, server.WithEndpointPath("/mcp"))
}
