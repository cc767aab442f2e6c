//go:build ignore

// Fixture for MCP-522: a web server that is not MCP code.
package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	// ok: MCP-522 -- not an MCP-context file
	_ = r.URL.Query().Get("token")
}
