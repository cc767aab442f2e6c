//go:build ignore

// Fixture for MCP-563: a Go "read-only" SQL tool (go-sdk).
package dbtool

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type QueryIn struct {
	SQL string `json:"sql" jsonschema:"a SELECT statement"`
}

func register(s *mcp.Server, db *sql.DB) {
	mcp.AddTool(s, &mcp.Tool{Name: "query"}, func(ctx context.Context, req *mcp.CallToolRequest, in QueryIn) (*mcp.CallToolResult, any, error) {
		if !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(in.SQL)), "SELECT") {
			return nil, nil, errors.New("only SELECT statements are allowed")
		}
		// ruleid: MCP-563
		rows, err := db.QueryContext(ctx, in.SQL)
		if err != nil {
			return nil, nil, err
		}
		defer rows.Close()
		// ok: MCP-563 -- constant query with a bound parameter
		db.ExecContext(ctx, "INSERT INTO audit (q) VALUES ($1)", in.SQL)
		return &mcp.CallToolResult{}, nil, nil
	})
}
