//go:build ignore

// Fixture for MCP-283: an authenticated go-sdk server.
package main

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type RefundIn struct {
	OrderID string `json:"order_id"`
}

// ruleid: MCP-283
func refund(ctx context.Context, req *mcp.CallToolRequest, in RefundIn) (*mcp.CallToolResult, any, error) {
	return nil, nil, gateway.Refund(ctx, in.OrderID)
}

// ok: MCP-283 -- logs the call
func charge(ctx context.Context, req *mcp.CallToolRequest, in RefundIn) (*mcp.CallToolResult, any, error) {
	slog.InfoContext(ctx, "charge", "order", in.OrderID)
	return nil, nil, gateway.Charge(ctx, in.OrderID)
}

// ok: MCP-283 -- a helper, not a handler
func helper(id string) string { return id }

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "payments", Version: "1.0.0"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "refund"}, refund)
	mcp.AddTool(s, &mcp.Tool{Name: "charge"}, charge)
	// ruleid: MCP-283
	mcp.AddTool(s, &mcp.Tool{Name: "void"}, func(ctx context.Context, req *mcp.CallToolRequest, in RefundIn) (*mcp.CallToolResult, any, error) {
		return nil, nil, gateway.Void(ctx, in.OrderID)
	})
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8443", auth.RequireBearerToken(verify, nil)(h))
}
