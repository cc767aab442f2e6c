//go:build ignore

// Fixture for MCP-500: mcp-go's built-in CORS support.
package main

import "github.com/mark3labs/mcp-go/server"

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	open := server.NewStreamableHTTPServer(s, server.WithStreamableHTTPCORS(
		// ruleid: MCP-500
		server.WithCORSAllowedOrigins("*"),
		server.WithCORSAllowCredentials(),
	))
	closed := server.NewStreamableHTTPServer(s, server.WithStreamableHTTPCORS(
		// ok: MCP-500 -- an explicit origin
		server.WithCORSAllowedOrigins("https://app.example.com"),
	))
	_, _ = open, closed
}
