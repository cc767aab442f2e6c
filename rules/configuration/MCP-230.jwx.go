//go:build ignore

// Fixture for MCP-230: jwx parsing in an mcp-go server.
package server

import (
	"context"

	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/mark3labs/mcp-go/server"
)

var s = server.NewMCPServer("crm", "1.0.0")

func subjectOf(ctx context.Context, raw string, set jwk.Set) (string, error) {
	// ruleid: MCP-230
	tok, err := jwt.ParseString(raw, jwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	// ok: MCP-230
	tok, err = jwt.ParseString(raw, jwt.WithKeySet(set), jwt.WithVerify(true), jwt.WithAudience("https://crm-mcp.example.com/mcp"))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}
