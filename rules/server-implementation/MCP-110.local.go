//go:build ignore

// Fixture for MCP-110: a loopback-only go-sdk deployment.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "local"}, nil)
	// ok: MCP-110 -- bound to loopback only
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe("127.0.0.1:8080", h)
}
