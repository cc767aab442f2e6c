//go:build ignore

// Fixture for MCP-266: go-sdk token verifiers.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type claims struct {
	Subject string
	Scopes  []string
}

func verifyNoUser(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	c, err := parse(token)
	if err != nil {
		return nil, auth.ErrInvalidToken
	}
	// ruleid: MCP-266
	return &auth.TokenInfo{Scopes: c.Scopes}, nil
}

func verifyUser(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	c, err := parse(token)
	if err != nil {
		return nil, auth.ErrInvalidToken
	}
	// ok: MCP-266 -- UserID binds sessions to the user
	return &auth.TokenInfo{Scopes: c.Scopes, UserID: c.Subject}, nil
}

var drafts = map[string]string{}

func draft(ctx context.Context, req *mcp.CallToolRequest, in struct{}) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-266
	d := drafts[req.Session.ID()]
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: d}}}, nil, nil
}

func draftChecked(ctx context.Context, req *mcp.CallToolRequest, in struct{}) (*mcp.CallToolResult, any, error) {
	user := auth.TokenInfoFromContext(ctx).UserID
	// ok: MCP-266 -- keyed by user and session
	d := drafts[user+":"+req.Session.ID()]
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: d}}}, nil, nil
}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "drafts", Version: "1.0.0"}, nil)
	mcp.AddTool(server, &mcp.Tool{Name: "draft"}, draft)
	mcp.AddTool(server, &mcp.Tool{Name: "draft_checked"}, draftChecked)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil)
	http.ListenAndServe("127.0.0.1:8080", auth.RequireBearerToken(verifyUser, nil)(h))
}
