//go:build ignore

// Fixture for MCP-501: go-sdk and mcp-go SSE servers.
package main

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	get := func(*http.Request) *mcp.Server { return s }
	// ruleid: MCP-501
	http.Handle("/sse", mcp.NewSSEHandler(get, nil))
	// ok: MCP-501 -- Streamable HTTP
	http.Handle("/mcp", mcp.NewStreamableHTTPHandler(get, nil))

	legacy := server.NewMCPServer("calendar", "1.0.0")
	// ruleid: MCP-501
	sse := server.NewSSEServer(legacy, server.WithBaseURL("http://localhost:8081"))
	// ok: MCP-501 -- Streamable HTTP
	modern := server.NewStreamableHTTPServer(legacy)
	_, _ = sse, modern
}
