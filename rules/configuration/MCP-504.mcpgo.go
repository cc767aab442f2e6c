//go:build ignore

// Fixture for MCP-504: mcp-go clients.
package main

import (
	"github.com/mark3labs/mcp-go/client"
)

func main() {
	// ruleid: MCP-504
	c, _ := client.NewStreamableHttpClient("http://calendar.acme-tools.net/mcp")
	// ok: MCP-504 -- https
	d, _ := client.NewStreamableHttpClient("https://calendar.example.com/mcp")
	// ok: MCP-504 -- a container service name
	e, _ := client.NewSSEMCPClient("http://calendar:8080/sse")
	_, _, _ = c, d, e
}
