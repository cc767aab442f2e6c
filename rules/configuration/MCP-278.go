//go:build ignore

// Fixture for MCP-278: an mcp-go client with a hand-written OAuth flow.
package client

import (
	"net/url"

	"github.com/mark3labs/mcp-go/client"
	"golang.org/x/oauth2"
)

var _ = client.NewStreamableHttpClient

const method = "plain"

func option(conf *oauth2.Config, state, verifier string) string {
	return conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("code_challenge", verifier),
		// ruleid: MCP-278
		oauth2.SetAuthURLParam("code_challenge_method", "plain"))
}

func values(clientID, verifier string) string {
	q := url.Values{
		"response_type":  {"code"},
		"client_id":      {clientID},
		"code_challenge": {verifier},
		// ruleid: MCP-278
		"code_challenge_method": {"plain"},
	}
	return q.Encode()
}

func setter(q url.Values, verifier string) {
	q.Set("code_challenge", verifier)
	// ruleid: MCP-278
	q.Set("code_challenge_method", "plain")
}

func raw(verifier string) string {
	// ruleid: MCP-278
	return "https://auth.example.com/authorize?response_type=code&code_challenge=" + verifier + "&code_challenge_method=plain"
}

func secure(conf *oauth2.Config, q url.Values, state, verifier string) string {
	// ok: MCP-278
	q.Set("code_challenge_method", "S256")
	// ok: MCP-278 -- a different parameter
	q.Set("display", "plain")
	// ok: MCP-278
	_ = oauth2.SetAuthURLParam("code_challenge_method", "S256")
	// ok: MCP-278
	return conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}
