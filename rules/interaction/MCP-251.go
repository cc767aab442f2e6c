//go:build ignore

// Fixture for MCP-251: personal data in Go server logs.
package crm

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type contactIn struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}

func updateContact(ctx context.Context, req *mcp.CallToolRequest, in contactIn) (*mcp.CallToolResult, any, error) {
	c := lookup(in.ID)
	// ruleid: MCP-251
	log.Printf("update %s: %s -> %s", in.ID, c.Email, in.Email)
	// ruleid: MCP-251 -- slog key
	slog.Info("contact update", "email", in.Email, "id", in.ID)
	// ruleid: MCP-251
	fmt.Fprintf(os.Stderr, "card on file: %s\n", c.CardNumber)
	// ruleid: MCP-251 -- MCP log notification
	_ = req.Session.Log(ctx, &mcp.LoggingMessageParams{Level: "info", Data: c.FullName})
	// ok: MCP-251
	slog.Info("contact update", "id", in.ID)
	// ok: MCP-251 -- masked
	slog.Info("contact update", "email", maskEmail(in.Email))
	// ok: MCP-251 -- a hash of the address
	slog.Info("contact update", "email_sha256", sha256Hex(in.Email))
	// ok: MCP-251 -- the word in a message only
	log.Printf("email sent to customer %s", in.ID)
	return &mcp.CallToolResult{}, nil, nil
}

func register(s *mcp.Server) { mcp.AddTool(s, &mcp.Tool{Name: "update_contact"}, updateContact) }
