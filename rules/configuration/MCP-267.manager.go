//go:build ignore

// Fixture for MCP-267: a custom mcp-go SessionIdManager.
package main

import (
	"strconv"
	"sync/atomic"

	"github.com/google/uuid"
	"github.com/mark3labs/mcp-go/server"
)

type seqManager struct{ n int64 }

// ruleid: MCP-267
func (m *seqManager) Generate() string {
	return "s" + strconv.FormatInt(atomic.AddInt64(&m.n, 1), 10)
}
func (m *seqManager) Validate(id string) (bool, error)  { return false, nil }
func (m *seqManager) Terminate(id string) (bool, error) { return false, nil }

type uuidManager struct{}

// ok: MCP-267 -- uuid v4
func (m *uuidManager) Generate() string { return uuid.New().String() }

var _ = server.NewStreamableHTTPServer(server.NewMCPServer("c", "1"), server.WithSessionIdManager(&seqManager{}))
