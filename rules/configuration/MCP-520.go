//go:build ignore

// Fixture for MCP-520: token verifiers of go-sdk MCP servers.
package server

import (
	"context"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

// ruleid: MCP-520
func demoVerify(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	return &auth.TokenInfo{Scopes: []string{"read"}, Expiration: time.Now().Add(time.Hour)}, nil
}

func handler() http.Handler {
	// ruleid: MCP-520
	mw := auth.RequireBearerToken(func(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
		return &auth.TokenInfo{UserID: "demo", Expiration: time.Now().Add(time.Hour)}, nil
	}, nil)
	return mw(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return server }, nil))
}

// ok: MCP-520
func jwtVerify(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(token, &claims, keyFunc, jwt.WithAudience("https://crm.example.com/mcp")); err != nil {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{UserID: claims.Subject, Expiration: claims.ExpiresAt.Time}, nil
}

type store struct{ byToken map[string]*auth.TokenInfo }

// ok: MCP-520
func (s *store) verify(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	info, ok := s.byToken[token]
	if !ok {
		return nil, auth.ErrInvalidToken
	}
	return info, nil
}

// ok: MCP-520 -- not a verifier: builds a TokenInfo for a test double from known claims
func infoFor(userID string) *auth.TokenInfo {
	return &auth.TokenInfo{UserID: userID}
}

func keyFunc(*jwt.Token) (any, error) { return nil, nil }
