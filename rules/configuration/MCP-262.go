//go:build ignore

// Fixture for MCP-262: an mcp-go client with a hand-written OAuth login.
package client

import (
	crand "crypto/rand"
	"math/rand"
	"net/url"
	"strconv"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"golang.org/x/oauth2"
)

var _ = client.NewStreamableHttpClient

const fixedState = "mcp"

func constant(conf *oauth2.Config, verifier string) string {
	// ruleid: MCP-262
	return conf.AuthCodeURL("state", oauth2.S256ChallengeOption(verifier))
}

func constantName(conf *oauth2.Config, verifier string) string {
	// ruleid: MCP-262
	return conf.AuthCodeURL(fixedState, oauth2.S256ChallengeOption(verifier))
}

func mathRand(conf *oauth2.Config, verifier string) string {
	// ruleid: MCP-262
	state := strconv.Itoa(rand.Int())
	return conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}

func timeBased(conf *oauth2.Config, verifier string) string {
	// ruleid: MCP-262
	return conf.AuthCodeURL(strconv.FormatInt(time.Now().UnixNano(), 10), oauth2.S256ChallengeOption(verifier))
}

func values(clientID, challenge string) string {
	q := url.Values{
		"response_type":  {"code"},
		"client_id":      {clientID},
		"code_challenge": {challenge},
		// ruleid: MCP-262
		"state": {"xyz"},
	}
	return q.Encode()
}

func secure(conf *oauth2.Config, verifier string) (string, string) {
	// ok: MCP-262
	state := crand.Text()
	// ok: MCP-262
	return conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), state
}

func secureValues(clientID, challenge string) string {
	state := crand.Text()
	q := url.Values{"response_type": {"code"}, "client_id": {clientID}, "code_challenge": {challenge}}
	// ok: MCP-262 -- a cryptographically random state
	q.Set("state", state)
	return q.Encode()
}

func secureInline(conf *oauth2.Config, verifier string) string {
	// ok: MCP-262
	return conf.AuthCodeURL(crand.Text(), oauth2.S256ChallengeOption(verifier))
}

func unrelated(q url.Values) {
	// ok: MCP-262 -- an API filter, not an authorization request
	q.Set("state", "open")
}
