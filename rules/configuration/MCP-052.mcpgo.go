//go:build ignore

// Fixture for MCP-052: mcp-go Streamable HTTP servers with and without TLS.
package main

import (
	"log"

	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("calendar", "1.0.0")
	httpServer := server.NewStreamableHTTPServer(s)
	// ruleid: MCP-052
	log.Fatal(httpServer.Start(":8080"))

	tlsServer := server.NewStreamableHTTPServer(s, server.WithTLSCert("/etc/mcp/cert.pem", "/etc/mcp/key.pem"))
	// ok: MCP-052 -- TLS on the same server
	log.Fatal(tlsServer.Start(":8443"))

	// ok: MCP-052 -- loopback
	log.Fatal(server.NewStreamableHTTPServer(s).Start("localhost:8080"))

	// ok: MCP-052 -- not an HTTP server
	worker.Start(":8080")
}
