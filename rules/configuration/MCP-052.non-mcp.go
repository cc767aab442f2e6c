//go:build ignore

// Fixture for MCP-052: a web server that is not MCP code.
package main

import "net/http"

func main() {
	// ok: MCP-052 -- not an MCP-context file
	http.ListenAndServe(":8080", nil)
}
