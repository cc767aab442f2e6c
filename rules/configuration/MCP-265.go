//go:build ignore

// Fixture for MCP-265: a go-sdk MCP server with bearer auth.
package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
	"golang.org/x/oauth2"
)

const resourceURL = "https://crm.example.com/mcp"

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

func verifyIssuerOnly(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.RegisteredClaims{}
	// ruleid: MCP-265
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc, jwt.WithIssuer("https://auth.example.com")); err != nil {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{UserID: claims.Subject, Expiration: claims.ExpiresAt.Time}, nil
}

func verifyNoValidation(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.RegisteredClaims{}
	// ruleid: MCP-265
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc, jwt.WithAudience(resourceURL), jwt.WithoutClaimsValidation()); err != nil {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{UserID: claims.Subject, Expiration: claims.ExpiresAt.Time}, nil
}

func verifyAudience(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.RegisteredClaims{}
	// ok: MCP-265
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc, jwt.WithAudience(resourceURL)); err != nil {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{UserID: claims.Subject, Expiration: claims.ExpiresAt.Time}, nil
}

func verifyMatches(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.RegisteredClaims{}
	// ok: MCP-265 -- the audience is compared by hand
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc); err != nil || !oauthex.MatchesResource(claims.Audience, resourceURL) {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{UserID: claims.Subject, Expiration: claims.ExpiresAt.Time}, nil
}

func verifyWithOptions(ctx context.Context, token string, _ *http.Request, opts []jwt.ParserOption) (*auth.TokenInfo, error) {
	// ok: MCP-265 -- the options are passed through and may hold WithAudience
	if _, err := jwt.Parse(token, keyFunc, opts...); err != nil {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{}, nil
}

func proxy(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://api.crm.example.com/deals", nil)
	// ruleid: MCP-265
	req.Header.Set("Authorization", r.Header.Get("Authorization"))
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	// ruleid: MCP-265
	req.Header.Set("Authorization", "Bearer "+tok)
	// ruleid: MCP-265
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", tok))
	// ruleid: MCP-265
	src := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok})
	_ = src
	// ok: MCP-265 -- a different header
	req.Header.Set("X-Request-Id", r.Header.Get("X-Request-Id"))
	// ok: MCP-265 -- the server's own token
	req.Header.Set("Authorization", "Bearer "+serviceToken)
	http.DefaultClient.Do(req)
}

func keyFunc(*jwt.Token) (any, error) { return nil, nil }

var serviceToken = "from-vault"
