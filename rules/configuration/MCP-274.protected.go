//go:build ignore

// Fixture for MCP-274: go-sdk handler wrapped in Go's cross-origin protection.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	// ok: MCP-274 -- wrapped below
	handler := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	protection := http.NewCrossOriginProtection()
	protection.AddTrustedOrigin("https://app.example.com")
	// ok: MCP-274 -- a bypass for a health path only
	protection.AddInsecureBypassPattern("/healthz")
	// ruleid: MCP-274
	protection.AddInsecureBypassPattern("/")
	http.ListenAndServe("127.0.0.1:8080", protection.Handler(handler))
}
