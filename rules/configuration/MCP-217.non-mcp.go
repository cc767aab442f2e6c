//go:build ignore

// Fixture for MCP-217: a look-alike constructor in code that is not MCP.
package main

import "example.com/rpc/server"

func main() {
	// ok: MCP-217 -- not an MCP-context file
	server.NewStreamableHTTPServer(nil).Start(":8080")
}
