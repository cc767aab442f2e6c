//go:build ignore

// Fixture for MCP-268: a look-alike constructor in code that is not MCP.
package main

import "example.com/rpc/server"

func main() {
	s := server.New()
	s.AddTool("x", nil)
	// ok: MCP-268 -- not an MCP-context file
	server.NewStreamableHTTPServer(s).Start("127.0.0.1:8080")
}
