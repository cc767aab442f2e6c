//go:build ignore

// Fixture for MCP-280: form-mode elicitation in go-sdk and mcp-go servers.
package bank

import (
	"context"

	"github.com/google/jsonschema-go/jsonschema"
	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var keySchema = &jsonschema.Schema{
	Type:       "object",
	Properties: map[string]*jsonschema.Schema{"api_key": {Type: "string"}},
}

func approve(ctx context.Context, req *mcp.CallToolRequest, in struct{ Amount float64 }) error {
	// ruleid: MCP-280
	_, err := req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Enter your banking password", RequestedSchema: map[string]any{"type": "object"}})
	if err != nil {
		return err
	}
	// ruleid: MCP-280 -- the schema variable of the file
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Connect the billing API", RequestedSchema: keySchema})
	if err != nil {
		return err
	}
	// ok: MCP-280 -- a progress token is not a credential
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Test progress token", RequestedSchema: map[string]any{"type": "object"}})
	if err != nil {
		return err
	}
	// ok: MCP-280
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Approve the transfer?", RequestedSchema: map[string]any{"type": "object", "properties": map[string]any{"approve": map[string]any{"type": "boolean"}}}})
	if err != nil {
		return err
	}
	// ok: MCP-280 -- URL mode
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Enter your password on our site", URL: "https://bank-mcp.example.com/login/1a2b", ElicitationID: "1a2b"})
	return err
}

func mark3(ctx context.Context, s *server.MCPServer) error {
	// ruleid: MCP-280
	_, err := s.RequestElicitation(ctx, m3.ElicitationRequest{Params: m3.ElicitationParams{
		Message:         "Your card's CVV, please",
		RequestedSchema: map[string]any{"type": "object"},
	}})
	if err != nil {
		return err
	}
	// ok: MCP-280
	_, err = s.RequestElicitation(ctx, m3.ElicitationRequest{Params: m3.ElicitationParams{
		Message:         "How many tokens may the summary use?",
		RequestedSchema: map[string]any{"type": "object", "properties": map[string]any{"max_tokens": map[string]any{"type": "integer"}}},
	}})
	return err
}
