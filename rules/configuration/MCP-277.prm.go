//go:build ignore

// Fixture for MCP-277: the server publishes the metadata document.
package server

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

func routes(mux *http.ServeMux, verify auth.TokenVerifier, s *mcp.Server) {
	mux.Handle("/.well-known/oauth-protected-resource", auth.ProtectedResourceMetadataHandler(&oauthex.ProtectedResourceMetadata{
		Resource: "https://crm.example.com/mcp",
		// ok: MCP-277
		AuthorizationServers: []string{"https://auth.example.com"},
	}))
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	// ok: MCP-277 -- the well-known route exists
	mux.Handle("/mcp", auth.RequireBearerToken(verify, nil)(h))
}
