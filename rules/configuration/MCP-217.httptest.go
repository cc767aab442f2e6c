//go:build ignore

// Fixture for MCP-217: an in-process test server (httptest binds 127.0.0.1).
package main

import (
	"net/http/httptest"

	"github.com/mark3labs/mcp-go/server"
)

func start() *httptest.Server {
	s := server.NewMCPServer("calendar", "1.0.0")
	// ok: MCP-217 -- httptest listens on loopback
	return httptest.NewServer(server.NewStreamableHTTPServer(s))
}
