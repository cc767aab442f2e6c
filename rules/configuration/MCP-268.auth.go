//go:build ignore

// Fixture for MCP-268: an mcp-go server on loopback that checks an API key.
package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	s.AddTool(mcp.NewTool("today"), today)
	// ok: MCP-268 -- the API key is checked before dispatch
	h := server.NewStreamableHTTPServer(s)
	http.ListenAndServe("127.0.0.1:8080", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") != key {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	}))
}
