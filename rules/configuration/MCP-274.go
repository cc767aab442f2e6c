//go:build ignore

// Fixture for MCP-274: go-sdk Streamable HTTP and SSE handlers without
// Origin verification.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	get := func(*http.Request) *mcp.Server { return server }

	// ruleid: MCP-274
	http.Handle("/mcp", mcp.NewStreamableHTTPHandler(get, nil))
	// ruleid: MCP-274
	http.Handle("/sse", mcp.NewSSEHandler(get, nil))
	opts := &mcp.StreamableHTTPOptions{
		JSONResponse: true,
		// ruleid: MCP-274
		DisableLocalhostProtection: true,
	}
	// ok: MCP-274 -- explicitly false is the default
	safe := &mcp.StreamableHTTPOptions{DisableLocalhostProtection: false}
	_ = safe
	http.ListenAndServe("127.0.0.1:8080", nil)
}
