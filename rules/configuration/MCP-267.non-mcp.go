//go:build ignore

// Fixture for MCP-267: not MCP code.
package main

import (
	"strconv"
	"time"
)

func main() {
	// ok: MCP-267 -- not an MCP-context file
	sessionID := strconv.FormatInt(time.Now().Unix(), 10)
	_ = sessionID
}

func other() {
	// ok: MCP-267 -- not an MCP-context file
	sessionID := strconv.Itoa(int(time.Now().Unix()))
	_ = sessionID
}
