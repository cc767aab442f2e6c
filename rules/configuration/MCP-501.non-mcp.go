//go:build ignore

// Fixture for MCP-501: an SSE helper that is not MCP code.
package events

import "example.com/sse"

// ok: MCP-501 -- not an MCP-context file
var h = sse.NewSSEHandler(nil, nil)
