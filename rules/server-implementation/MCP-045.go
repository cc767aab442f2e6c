//go:build ignore

// Fixture for MCP-045: database/sql and gorm lookups behind RequireBearerToken.
package main

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"gorm.io/gorm"
)

var db *sql.DB
var gdb *gorm.DB

type Ticket struct {
	ID      uint
	OwnerID string
	Body    string
}

type in struct {
	ID int64 `json:"id"`
}

func ticketBody(ctx context.Context, id int64) (string, error) {
	var body string
	// ruleid: MCP-045 -- reached from get_ticket (deep mode)
	err := db.QueryRowContext(ctx, "SELECT body FROM tickets WHERE id = $1", id).Scan(&body)
	return body, err
}

func getTicket(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	body, err := ticketBody(ctx, args.ID)
	return nil, body, err
}

func closeTicket(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	var t Ticket
	// ruleid: MCP-045 -- gorm First by the caller's key
	gdb.First(&t, args.ID)
	return nil, "closed", nil
}

func myTicket(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	var t Ticket
	owner := auth.TokenInfoFromContext(ctx).UserID
	// ok: MCP-045 -- scoped to the owner
	gdb.Where("id = ? AND owner_id = ?", args.ID, owner).First(&t)
	return nil, t.Body, nil
}

func ownTickets(ctx context.Context, req *mcp.CallToolRequest, args in) (*mcp.CallToolResult, any, error) {
	var body string
	// ok: MCP-045 -- the statement is scoped to the owner
	err := db.QueryRowContext(ctx, "SELECT body FROM tickets WHERE id = $1 AND owner_id = $2", args.ID, ownerFrom(ctx)).Scan(&body)
	return nil, body, err
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "tickets"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "get_ticket"}, getTicket)
	mcp.AddTool(s, &mcp.Tool{Name: "close_ticket"}, closeTicket)
	mcp.AddTool(s, &mcp.Tool{Name: "my_ticket"}, myTicket)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, nil)(h))
}
