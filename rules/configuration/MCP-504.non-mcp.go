//go:build ignore

// Fixture for MCP-504: an HTTP client that is not MCP code.
package main

import "net/http"

func main() {
	// ok: MCP-504 -- not an MCP-context file
	http.Get("http://api.example.com/status")
}
