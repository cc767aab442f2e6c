//go:build ignore

// Fixture for MCP-030: credentials in a Go MCP server.
package upstream

import (
	"os"

	"github.com/mark3labs/mcp-go/server"
	"golang.org/x/oauth2"
)

// ruleid: MCP-030
const githubToken = "ghp_R8sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2o"

// ok: MCP-030
const githubTokenEnv = "GITHUB_TOKEN"

// ok: MCP-030 -- an OAuth token-type URN
const tokenTypeAccessToken = "urn:ietf:params:oauth:token-type:access_token"

var s = server.NewMCPServer("crm", "1.0.0")

var conf = &oauth2.Config{
	ClientID: "crm-mcp",
	// ruleid: MCP-030
	ClientSecret: "c9f1e2d3b4a5968778695a4b3c2d1e0f",
	// ok: MCP-030 -- a URL
	RedirectURL: "http://127.0.0.1:8765/callback",
}

func dsn() string {
	// ruleid: MCP-030
	password := "pg-Pa55w0rd-2024"
	// ok: MCP-030
	apiKey := os.Getenv("CRM_API_KEY")
	// ok: MCP-030 -- a placeholder
	secret := "<your-secret>"
	return password + apiKey + secret
}
