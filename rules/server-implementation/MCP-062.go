//go:build ignore

// Fixture for MCP-062: a Go MCP server with database tools (mcp-go).
package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"gorm.io/gorm"
)

const ordersTable = "orders"

var allowedTables = map[string]bool{"orders": true, "customers": true}

func register(s *server.MCPServer, db *sql.DB, x *sqlx.DB, g *gorm.DB) {
	s.AddTool(mcp.NewTool("find_orders", mcp.WithString("customer")), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		customer := req.GetString("customer", "")
		limit := req.GetInt("limit", 10)
		// ruleid: MCP-062
		rows, err := db.QueryContext(ctx, fmt.Sprintf("SELECT id FROM orders WHERE customer = '%s'", customer))
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		// ruleid: MCP-062
		db.Exec("DELETE FROM orders WHERE customer = '" + customer + "'")
		q := fmt.Sprintf("SELECT * FROM orders WHERE customer = '%s'", customer)
		var out []string
		// ruleid: MCP-062
		x.Select(&out, q)
		// ruleid: MCP-062
		g.Where(fmt.Sprintf("customer = '%s'", customer)).Find(&out)
		// ok: MCP-062 -- parameterised
		db.QueryRowContext(ctx, "SELECT id FROM orders WHERE customer = $1", customer)
		// ok: MCP-062 -- only a numeric verb
		db.Query(fmt.Sprintf("SELECT id FROM orders LIMIT %d", limit))
		// ok: MCP-062 -- a constant table name
		db.Query(fmt.Sprintf("SELECT id FROM %s WHERE customer = $1", ordersTable), customer)
		// ok: MCP-062 -- quoted identifier
		db.Query(fmt.Sprintf("SELECT id FROM %s", pq.QuoteIdentifier(customer)))
		// ok: MCP-062 -- converted to a number
		db.Query("SELECT id FROM orders LIMIT " + strconv.Itoa(limit))
		// ok: MCP-062 -- gorm placeholder
		g.Where("customer = ?", customer).Find(&out)
		return mcp.NewToolResultText(fmt.Sprint(out)), nil
	})
	s.AddTool(mcp.NewTool("count", mcp.WithString("table")), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		table := req.GetString("table", "")
		if _, ok := allowedTables[table]; !ok {
			return mcp.NewToolResultError("unknown table"), nil
		}
		// ok: MCP-062 -- checked against an allow-list first
		row := db.QueryRow(fmt.Sprintf("SELECT COUNT(*) FROM %s", table))
		var n int
		row.Scan(&n)
		// ok: MCP-062 -- not SQL
		msg := fmt.Sprintf("table %s has %d rows", table, n)
		return mcp.NewToolResultText(msg), nil
	})
}
