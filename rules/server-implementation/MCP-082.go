//go:build ignore

// Fixture for MCP-082: weak randomness for credentials in a Go MCP server.
package accounts

import (
	crand "crypto/rand"
	"fmt"
	"math/big"
	"math/rand"
	"strconv"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"golang.org/x/oauth2"
)

var s = server.NewMCPServer("accounts", "1.0.0")

type Client struct {
	ID     string
	Secret string
}

func newClient(id string) Client {
	// ruleid: MCP-082
	secret := fmt.Sprintf("%x", rand.Int63())
	return Client{
		ID: id,
		// ruleid: MCP-082
		Secret: strconv.FormatInt(time.Now().UnixNano(), 36),
	}
}

func generateToken() string {
	// ruleid: MCP-082
	return strconv.Itoa(rand.Intn(1 << 30))
}

func goodValues() (string, string, *big.Int) {
	// ok: MCP-082
	apiKey := crand.Text()
	// ok: MCP-082
	codeVerifier := oauth2.GenerateVerifier()
	// ok: MCP-082
	nonce, _ := crand.Int(crand.Reader, big.NewInt(1<<62))
	// ok: MCP-082 -- jitter, not a secret
	jitter := time.Duration(rand.Intn(100)) * time.Millisecond
	// ok: MCP-082 -- a timestamp
	createdAt := time.Now().Unix()
	_, _ = jitter, createdAt
	return apiKey, codeVerifier, nonce
}
