//go:build ignore

// Fixture for MCP-523: go-sdk with RequireBearerToken and no scopes.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"os/exec"
	"slices"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var db *sql.DB

type in struct {
	Name string `json:"name"`
}

// ruleid: MCP-523 -- runs a command
func restart(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	return nil, "ok", exec.CommandContext(ctx, "systemctl", "restart", args.Name).Run()
}

// ok: MCP-523 -- checks the scope
func drop(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	if !slices.Contains(auth.TokenInfoFromContext(ctx).Scopes, "db:admin") {
		return nil, nil, nil
	}
	_, err := db.ExecContext(ctx, "DELETE FROM cache WHERE name = $1", args.Name)
	return nil, "dropped", err
}

// ok: MCP-523 -- read-only
func list(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	return nil, []string{"a", "b"}, nil
}

func scopeMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		info := auth.TokenInfoFromContext(r.Context())
		// ruleid: MCP-523 -- 401 for a missing scope
		if !slices.Contains(info.Scopes, "admin") {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "ops"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "restart"}, restart)
	mcp.AddTool(s, &mcp.Tool{Name: "drop"}, drop)
	mcp.AddTool(s, &mcp.Tool{Name: "list"}, list)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, nil)(scopeMiddleware(h)))
}
