//go:build ignore

// Fixture for MCP-230: token verifiers of a go-sdk MCP server.
package server

import (
	"context"
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

const resourceURL = "https://crm-mcp.example.com/mcp"

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)

func unverified(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.MapClaims{}
	// ruleid: MCP-230
	if _, _, err := jwt.NewParser().ParseUnverified(token, claims); err != nil {
		return nil, auth.ErrInvalidToken
	}
	sub, _ := claims.GetSubject()
	return &auth.TokenInfo{UserID: sub}, nil
}

func allowNone(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	tok, err := jwt.Parse(token, func(t *jwt.Token) (any, error) {
		// ruleid: MCP-230
		return jwt.UnsafeAllowNoneSignatureType, nil
	}, jwt.WithAudience(resourceURL))
	if err != nil || !tok.Valid {
		return nil, auth.ErrInvalidToken
	}
	return &auth.TokenInfo{}, nil
}

func verified(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	claims := jwt.MapClaims{}
	// ok: MCP-230
	if _, err := jwt.ParseWithClaims(token, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}), jwt.WithAudience(resourceURL)); err != nil {
		return nil, auth.ErrInvalidToken
	}
	sub, _ := claims.GetSubject()
	return &auth.TokenInfo{UserID: sub}, nil
}

func issuerThenVerify(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	peek := jwt.MapClaims{}
	// ok: MCP-230 -- read iss to choose the key set, then a verified parse
	if _, _, err := jwt.NewParser().ParseUnverified(token, peek); err != nil {
		return nil, auth.ErrInvalidToken
	}
	iss, _ := peek.GetIssuer()
	claims := jwt.MapClaims{}
	if _, err := jwt.ParseWithClaims(token, claims, keysFor(iss), jwt.WithAudience(resourceURL)); err != nil {
		return nil, auth.ErrInvalidToken
	}
	sub, _ := claims.GetSubject()
	return &auth.TokenInfo{UserID: sub}, nil
}

func logExpiry(token string) error {
	claims := jwt.MapClaims{}
	// ok: MCP-230 -- no auth decision from these claims
	_, _, err := jwt.NewParser().ParseUnverified(token, claims)
	return errors.Join(err)
}

func keyFunc(t *jwt.Token) (any, error) { return nil, nil }
func keysFor(iss string) jwt.Keyfunc    { return keyFunc }
