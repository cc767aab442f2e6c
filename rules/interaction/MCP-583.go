//go:build ignore

// Fixture for MCP-583: URL-mode elicitation in go-sdk and mcp-go servers.
package payments

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/url"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func addCard(ctx context.Context, req *mcp.CallToolRequest, in struct{ Email string }) error {
	id := rand.Text()
	_, err := req.Session.Elicit(ctx, &mcp.ElicitParams{
		Message: "Add a card",
		// ruleid: MCP-583 -- a URL makes this a URL-mode request
		URL:           fmt.Sprintf("https://pay.example.com/cards?email=%s", in.Email),
		ElicitationID: id,
	})
	if err != nil {
		return err
	}
	link := "https://pay.example.com/cards?" + url.Values{"session": {req.Session.ID()}}.Encode()
	// ruleid: MCP-583
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Mode: "url", Message: "Add a card", URL: link, ElicitationID: id})
	if err != nil {
		return err
	}
	// ok: MCP-583
	_, err = req.Session.Elicit(ctx, &mcp.ElicitParams{Mode: "url", Message: "Add a card", URL: "https://pay.example.com/cards/" + id, ElicitationID: id})
	return err
}

func mark3(ctx context.Context, s *server.MCPServer, session server.ClientSession, token, id string) error {
	// ruleid: MCP-583
	_, err := s.RequestURLElicitation(ctx, session, id, "https://pay.example.com/cards?access_token="+token, "Add a card")
	if err != nil {
		return err
	}
	// ok: MCP-583 -- the user e-mail is only in the message
	_, err = s.RequestURLElicitation(ctx, session, id, "https://pay.example.com/cards/"+id, "Add a card for user="+token)
	if err != nil {
		return err
	}
	_, err = s.RequestElicitation(ctx, m3.ElicitationRequest{Params: m3.ElicitationParams{
		Mode:    m3.ElicitationModeURL,
		Message: "Add a card",
		// ok: MCP-583
		URL:           "https://pay.example.com/cards/" + id,
		ElicitationID: id,
	}})
	return err
}
