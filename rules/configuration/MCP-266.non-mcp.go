//go:build ignore

// Fixture for MCP-266: a TokenInfo type of another package.
package main

import "example.com/auth"

// ok: MCP-266 -- not the go-sdk's TokenInfo, and not an MCP-context file
var t = &auth.TokenInfo{Scopes: nil}
