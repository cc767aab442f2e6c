//go:build ignore

// Fixture for MCP-110: a public go-sdk Streamable HTTP deployment.
package main

import (
	"net/http"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "public"}, nil)
	get := func(*http.Request) *mcp.Server { return s }
	// ruleid: MCP-110
	h1 := mcp.NewStreamableHTTPHandler(get, nil)
	h2 := mcp.NewStreamableHTTPHandler(get, &mcp.StreamableHTTPOptions{
		SessionTimeout: 30 * time.Minute,
		// ruleid: MCP-110
		MaxRequestBodyBytes: -1,
	})
	// ok: MCP-110
	h3 := mcp.NewStreamableHTTPHandler(get, &mcp.StreamableHTTPOptions{SessionTimeout: 30 * time.Minute})
	// ok: MCP-110 -- stateless: no sessions to reap
	h4 := mcp.NewStreamableHTTPHandler(get, &mcp.StreamableHTTPOptions{Stateless: true})
	mux := http.NewServeMux()
	mux.Handle("/a", h1)
	mux.Handle("/b", h2)
	mux.Handle("/c", h3)
	mux.Handle("/d", h4)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	srv.ListenAndServe()
}
