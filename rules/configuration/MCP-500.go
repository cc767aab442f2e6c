//go:build ignore

// Fixture for MCP-500: go-sdk server behind rs/cors and a hand-written handler.
package main

import (
	"net/http"
	"slices"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/rs/cors"
)

var allowed = []string{"https://app.example.com"}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)

	// ruleid: MCP-500
	wide := cors.AllowAll().Handler(handler)
	c := cors.New(cors.Options{
		// ruleid: MCP-500
		AllowedOrigins: []string{"*"},
		ExposedHeaders: []string{"Mcp-Session-Id"},
	})
	reflect := cors.New(cors.Options{
		// ruleid: MCP-500
		AllowOriginFunc: func(origin string) bool { return true },
	})
	strict := cors.New(cors.Options{
		// ok: MCP-500 -- an explicit list
		AllowedOrigins: []string{"https://app.example.com"},
		// ok: MCP-500 -- a real check
		AllowOriginFunc: func(origin string) bool { return slices.Contains(allowed, origin) },
	})
	_, _, _, _ = wide, c, reflect, strict
}

func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: MCP-500
		w.Header().Set("Access-Control-Allow-Origin", "*")
		// ruleid: MCP-500
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		next.ServeHTTP(w, r)
	})
}

func withCheckedCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if slices.Contains(allowed, origin) {
			// ok: MCP-500 -- reflection guarded by an allow-list
			w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		}
		// ok: MCP-500 -- a fixed origin
		w.Header().Set("Access-Control-Allow-Origin", "https://app.example.com")
		next.ServeHTTP(w, r)
	})
}
