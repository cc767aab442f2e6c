//go:build ignore

// Fixture for MCP-568: go-sdk and mcp-go HTTP servers without a limiter.
package main

import (
	"context"
	"net/http"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	// ruleid: MCP-568
	http.Handle("/mcp", mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil))
	// ok: MCP-568 -- stdio
	go s.Run(context.Background(), &mcp.StdioTransport{})

	m := server.NewMCPServer("calendar", "1.0.0")
	// ruleid: MCP-568
	go server.NewStreamableHTTPServer(m).Start("127.0.0.1:8081")
	// ok: MCP-568 -- stdio
	go server.ServeStdio(m)
	http.ListenAndServe("127.0.0.1:8080", nil)
}
