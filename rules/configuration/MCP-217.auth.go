//go:build ignore

// Fixture for MCP-217: go-sdk handler behind RequireBearerToken.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func verify(ctx context.Context, token string, req *http.Request) (*auth.TokenInfo, error) {
	return introspect(ctx, token)
}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	// ok: MCP-217 -- authenticated
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, nil)(handler))
}
