// Package upstream talks to the weather provider's API with OAuth.
package upstream

import (
	"context"
	"net/http"
	"net/url"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

const mcpServerURL = "https://weather-mcp.example.com/mcp"

var _ mcp.Tool

var conf = &oauth2.Config{
	ClientID: "weather-mcp",
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.weather.example.com/authorize", TokenURL: "https://auth.weather.example.com/token"},
}

// Login exchanges an authorization code.
func Login(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}

// LoginBound exchanges an authorization code for a token bound to this server.
func LoginBound(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier), oauth2.SetAuthURLParam("resource", mcpServerURL))
}

// Refresh posts a refresh grant by hand.
func Refresh(tokenURL, refreshToken string) (*http.Response, error) {
	return http.PostForm(tokenURL, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refreshToken}})
}

// Forecast is a stub for the provider call.
func Forecast(ctx context.Context, city string) (string, error) {
	return "sunny in " + city, nil
}
