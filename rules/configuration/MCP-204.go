//go:build ignore

// Fixture for MCP-204: go-sdk protected-resource metadata and required scopes.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

type in struct {
	Q string `json:"q"`
}

func search(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	return nil, []string{args.Q}, nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "search"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "search"}, search)
	http.Handle("/.well-known/oauth-protected-resource", auth.ProtectedResourceMetadataHandler(&oauthex.ProtectedResourceMetadata{
		Resource: "https://search-mcp.example.com",
		// ok: MCP-204 -- required by the middleware below
		ScopesSupported: []string{"search:read"},
	}))
	// ruleid: MCP-204 -- an admin scope required by a read-only server
	opts := &auth.RequireBearerTokenOptions{Scopes: []string{"search:read", "search:admin"}}
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, opts)(h))
}
