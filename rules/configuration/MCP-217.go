//go:build ignore

// Fixture for MCP-217: go-sdk handler on every interface without auth.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	get := func(*http.Request) *mcp.Server { return server }
	// ruleid: MCP-217
	http.Handle("/mcp", mcp.NewStreamableHTTPHandler(get, nil))
	// ok: MCP-217 -- the server object, not an HTTP endpoint
	other := mcp.NewServer(&mcp.Implementation{Name: "other", Version: "1.0.0"}, nil)
	_ = other
	http.ListenAndServe(":8080", nil)
}
