//go:build ignore

// Fixture for MCP-267: math/rand session IDs, go-sdk and mcp-go.
package main

import (
	"fmt"
	"math/rand"

	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var s = mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, &mcp.ServerOptions{
	// ruleid: MCP-267
	GetSessionID: func() string { return fmt.Sprintf("%x", rand.Int63()) },
})

var sse = server.NewSSEServer(server.NewMCPServer("calendar", "1.0.0"),
	// ruleid: MCP-267
	server.WithSessionIDGenerator(func() string { return fmt.Sprint(rand.Intn(1 << 30)) }),
)

// ok: MCP-267 -- math/rand for jitter, not a session ID
var jitter = rand.Intn(100)

var sseSecure = server.NewSSEServer(server.NewMCPServer("calendar", "1.0.0"),
	// ok: MCP-267 -- a secure generator
	server.WithSessionIDGenerator(func() string { return uuid.NewString() }),
)
