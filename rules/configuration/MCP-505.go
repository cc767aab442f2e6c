//go:build ignore

// Fixture for MCP-505: Go servers trusting the session ID.
package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

type session struct {
	UserID string
	Admin  bool
}

var sessions = map[string]*session{}
var sessionUsers = map[string]string{}
var seen = map[string]bool{}

type in struct{}

func whoami(ctx context.Context, req *gosdk.CallToolRequest, _ in) (*gosdk.CallToolResult, any, error) {
	sid := req.Session.ID()
	// ruleid: MCP-505 -- the user of a session
	uid := sessions[sid].UserID
	// ok: MCP-505 -- bookkeeping, not identity
	seen[sid] = true
	return nil, uid, nil
}

func drop(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	sid := server.ClientSessionFromContext(ctx).SessionID()
	// ruleid: MCP-505 -- identity keyed by the session ID
	user := sessionUsers[sid]
	return mcp.NewToolResultText("dropped by " + user), nil
}

func authMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: MCP-505 -- a known session skips token verification
		if _, ok := sessions[r.Header.Get("Mcp-Session-Id")]; ok {
			next.ServeHTTP(w, r)
			return
		}
		if !verifyBearer(r.Header.Get("Authorization")) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

var lastSeen = map[string]int64{}

func touch(ctx context.Context, req *gosdk.CallToolRequest, _ in) (*gosdk.CallToolResult, any, error) {
	sid := req.Session.ID()
	// ok: MCP-505 -- bookkeeping per session, no identity
	n := lastSeen[sid]
	// ok: MCP-505 -- a plain session record without an identity field
	s := sessions[sid]
	return nil, fmt.Sprint(n, s != nil), nil
}

func verifyBearer(h string) bool { return h != "" }

func main() {
	g := gosdk.NewServer(&gosdk.Implementation{Name: "ops"}, nil)
	gosdk.AddTool(g, &gosdk.Tool{Name: "whoami"}, whoami)
	gosdk.AddTool(g, &gosdk.Tool{Name: "touch"}, touch)
	s := server.NewMCPServer("ops", "1.0.0")
	s.AddTool(mcp.NewTool("drop"), drop)
}
