//go:build ignore

// Fixture for MCP-540: Go MCP clients with OAuth.
package client

import (
	"context"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"golang.org/x/oauth2"
)

func plainFlow(conf *oauth2.Config, state string) string {
	// ruleid: MCP-540
	return conf.AuthCodeURL(state, oauth2.AccessTypeOffline)
}

func noVerifier(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	// ruleid: MCP-540
	return conf.Exchange(ctx, code)
}

func s256Flow(ctx context.Context, conf *oauth2.Config, state, code string) (string, *oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	// ok: MCP-540
	url := conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
	// ok: MCP-540
	tok, err := conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	return url, tok, err
}

func jwtBearer(ctx context.Context, conf *oauth2.Config, assertion string) (*oauth2.Token, error) {
	// ok: MCP-540 -- JWT bearer grant, not an authorization code
	return conf.Exchange(ctx, "", oauth2.SetAuthURLParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), oauth2.SetAuthURLParam("assertion", assertion))
}

func mcpgo(url string) (*client.Client, error) {
	// ruleid: MCP-540
	return client.NewOAuthStreamableHttpClient(url, client.OAuthConfig{ClientID: "cli", RedirectURI: "http://localhost:8085/cb"})
}

func mcpgoOff() transport.OAuthConfig {
	// ruleid: MCP-540
	return transport.OAuthConfig{ClientID: "cli", PKCEEnabled: false}
}

func mcpgoOn(url string) (*client.Client, error) {
	// ok: MCP-540
	return client.NewOAuthStreamableHttpClient(url, client.OAuthConfig{ClientID: "cli", RedirectURI: "http://localhost:8085/cb", PKCEEnabled: true})
}

func mcpgoConfigured(url string, pkce bool) (*client.Client, error) {
	// ok: MCP-540 -- set from configuration
	return client.NewOAuthStreamableHttpClient(url, client.OAuthConfig{ClientID: "cli", PKCEEnabled: pkce})
}
