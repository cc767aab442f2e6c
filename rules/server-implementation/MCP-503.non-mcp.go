//go:build ignore

// Fixture for MCP-503: a CLI that is not MCP code.
package main

import "fmt"

func main() {
	// ok: MCP-503 -- not an MCP-context file
	fmt.Println("StdioTransport")
}
