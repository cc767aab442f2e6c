//go:build ignore

// Fixture for MCP-306: HTTP middleware around Go MCP servers.
package server

import (
	"context"
	"log"
	"log/slog"
	"net/http"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/auth"
)

func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: MCP-306
		log.Printf("%s %s headers=%v", r.Method, r.URL.Path, r.Header)
		// ruleid: MCP-306
		slog.Info("request", "authorization", r.Header.Get("Authorization"))
		// ok: MCP-306 -- not sensitive
		slog.Info("request", "ua", r.UserAgent(), "path", r.URL.Path)
		// ok: MCP-306 -- only the path
		log.Printf("request %s", r.URL.Path)
		// ok: MCP-306 -- a redacted copy
		slog.Info("request", "headers", redactHeaders(r.Header))
		next.ServeHTTP(w, r)
	})
}

func check(w http.ResponseWriter, r *http.Request, verify auth.TokenVerifier) {
	// ruleid: MCP-306
	log.Println("cookie:", r.Header.Get("Cookie"))
	if _, err := verify(r.Context(), r.Header.Get("Authorization"), r); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	// ok: MCP-306 -- after the check
	log.Println("ok for", r.URL.Path)
}

func redactHeaders(h http.Header) http.Header { return h }

func contextFunc() server.StreamableHTTPOption {
	return server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		// ruleid: MCP-306
		log.Printf("mcp request headers: %v", r.Header)
		return ctx
	})
}
