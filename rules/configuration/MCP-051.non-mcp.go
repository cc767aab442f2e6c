//go:build ignore

// Fixture for MCP-051: not MCP code.
package main

import "os"

func main() {
	err := os.Remove("/tmp/x")
	// ok: MCP-051 -- not an MCP-context file
	if err != nil {
		return
	}
}
