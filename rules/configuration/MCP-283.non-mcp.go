//go:build ignore

// Fixture for MCP-283: a registry with AddTool that is not MCP code.
package main

import "example.com/tools"

func main() {
	r := tools.New(tools.RequireBearerToken())
	// ok: MCP-283 -- not an MCP-context file
	r.AddTool("x", func() error { return nil })
}
