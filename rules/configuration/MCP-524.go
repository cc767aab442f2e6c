//go:build ignore

// Fixture for MCP-524: Go MCP servers and clients with OAuth settings.
package server

import (
	"net/http"

	"github.com/mark3labs/mcp-go/client"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
	"golang.org/x/oauth2"
)

const tokenURL = "http://auth.example.com/token"

var conf = &oauth2.Config{
	ClientID: "crm",
	Endpoint: oauth2.Endpoint{
		// ok: MCP-524
		AuthURL: "https://auth.example.com/authorize",
		// ruleid: MCP-524
		TokenURL: tokenURL,
	},
	// ruleid: MCP-524
	RedirectURL: "http://crm.example.com/callback",
}

var prm = &oauthex.ProtectedResourceMetadata{
	Resource: "https://crm.example.com/mcp",
	AuthorizationServers: []string{
		// ruleid: MCP-524
		"http://auth.example.com",
	},
}

var oauthCfg = client.OAuthConfig{
	ClientID: "crm-cli",
	// ok: MCP-524 -- loopback redirect
	RedirectURI: "http://localhost:8085/oauth/callback",
	// ruleid: MCP-524
	AuthServerMetadataURL: "http://auth.example.com/.well-known/oauth-authorization-server",
	PKCEEnabled:           true,
}

func protect(h http.Handler, v auth.TokenVerifier) http.Handler {
	return auth.RequireBearerToken(v, &auth.RequireBearerTokenOptions{
		// ok: MCP-524
		ResourceMetadataURL: "https://crm.example.com/.well-known/oauth-protected-resource",
	})(h)
}

var homepage = struct{ URL string }{
	// ok: MCP-524 -- not an OAuth field
	URL: "http://crm.example.com",
}
