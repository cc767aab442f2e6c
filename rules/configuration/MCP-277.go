//go:build ignore

// Fixture for MCP-277: a go-sdk server with bearer auth and no metadata route.
package server

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

func routes(mux *http.ServeMux, verify auth.TokenVerifier) {
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	// ruleid: MCP-277
	mux.Handle("/mcp", auth.RequireBearerToken(verify, nil)(h))
	// ruleid: MCP-277
	mux.Handle("/mcp2", auth.RequireBearerToken(verify, &auth.RequireBearerTokenOptions{Scopes: []string{"read"}})(h))
	mux.HandleFunc("/legacy", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			// ruleid: MCP-277
			http.Error(w, "bearer token required", http.StatusUnauthorized)
			return
		}
		// ok: MCP-277 -- not a 401
		w.WriteHeader(http.StatusOK)
		// ok: MCP-277 -- 403 for insufficient scope
		w.WriteHeader(http.StatusForbidden)
	})
}

var badPRM = &oauthex.ProtectedResourceMetadata{
	Resource: "https://crm.example.com/mcp",
	// ruleid: MCP-277 -- no authorization server
	AuthorizationServers: []string{},
}
