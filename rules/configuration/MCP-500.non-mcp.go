//go:build ignore

// Fixture for MCP-500: a public API that is not MCP code.
package main

import "github.com/rs/cors"

// ok: MCP-500 -- not an MCP-context file
var c = cors.AllowAll()
