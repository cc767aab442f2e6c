//go:build ignore

// Fixture for MCP-522: an auth wrapper around a go-sdk handler.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: MCP-522
		key := r.URL.Query().Get("api_key")
		q := r.URL.Query()
		// ruleid: MCP-522
		tok := q.Get("access_token")
		// ruleid: MCP-522
		alt := r.URL.Query()["token"]
		// ok: MCP-522 -- the header
		bearer := r.Header.Get("Authorization")
		// ok: MCP-522 -- a pagination cursor
		cursor := q.Get("cursor")
		// ok: MCP-522 -- a header lookup with the same key name
		hdr := r.Header.Get("token")
		if key == "" && tok == "" && len(alt) == 0 && bearer == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		_, _ = cursor, hdr
		next.ServeHTTP(w, r)
	})
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	// ruleid: MCP-522
	upstream := "https://tools.example.com/mcp?token=" + secret
	// ok: MCP-522 -- no credential in the URL
	plain := "https://tools.example.com/mcp"
	_, _ = upstream, plain
	http.ListenAndServe("127.0.0.1:8080", requireKey(h))
}
