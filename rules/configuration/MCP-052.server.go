//go:build ignore

// Fixture for MCP-052: an http.Server literal, once without and once with TLS.
package main

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func serve(handler *mcp.StreamableHTTPHandler) error {
	// ruleid: MCP-052
	srv := &http.Server{Addr: ":8080", Handler: handler}
	// ok: MCP-052 -- loopback
	local := &http.Server{Addr: "127.0.0.1:8081", Handler: handler}
	go local.ListenAndServe()
	return srv.ListenAndServe()
}
