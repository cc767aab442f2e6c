//go:build ignore

// Fixture for MCP-521: a go-sdk MCP server with its own token handling.
package server

import (
	"context"
	"net/http"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

func protect(h http.Handler, verify auth.TokenVerifier) http.Handler {
	return auth.RequireBearerToken(verify, &auth.RequireBearerTokenOptions{
		ResourceMetadataURL: "https://crm.example.com/.well-known/oauth-protected-resource",
		// ruleid: MCP-521
		AllowMissingExpiration: true,
	})(h)
}

func protectStrict(h http.Handler, verify auth.TokenVerifier) http.Handler {
	return auth.RequireBearerToken(verify, &auth.RequireBearerTokenOptions{
		ResourceMetadataURL: "https://crm.example.com/.well-known/oauth-protected-resource",
		// ok: MCP-521
		AllowMissingExpiration: false,
	})(h)
}

func oidcVerifier(ctx context.Context, p *oidc.Provider) *oidc.IDTokenVerifier {
	return p.Verifier(&oidc.Config{
		ClientID: "crm-mcp",
		// ruleid: MCP-521
		SkipExpiryCheck: true,
	})
}

func mint(key []byte, sub string) (string, error) {
	claims := jwt.MapClaims{
		"sub": sub,
		// ruleid: MCP-521
		"exp": time.Now().Add(30 * 24 * time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func mintShort(key []byte, sub string) (string, error) {
	claims := jwt.MapClaims{
		"sub": sub,
		// ok: MCP-521
		"exp": time.Now().Add(15 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func respond() tokenResponse {
	// ruleid: MCP-521
	return tokenResponse{AccessToken: "t", ExpiresIn: 2592000}
}

func respondShort() tokenResponse {
	// ok: MCP-521
	return tokenResponse{AccessToken: "t", ExpiresIn: 3600}
}

func info(sub string) *auth.TokenInfo {
	// ok: MCP-521
	return &auth.TokenInfo{UserID: sub, Expiration: time.Now().Add(time.Hour)}
}
