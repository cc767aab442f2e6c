//go:build ignore

// Fixture for MCP-120: file modes and scopes in a Go MCP server.
package reports

import (
	"os"
	"syscall"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/server"
	"golang.org/x/oauth2"
)

var s = server.NewMCPServer("reports", "1.0.0")

// ruleid: MCP-120
var conf = oauth2.Config{ClientID: "cli", Scopes: []string{"openid", "*:*"}}

// ok: MCP-120
var narrow = oauth2.Config{ClientID: "cli", Scopes: []string{"openid", "reports:read"}}

// ruleid: MCP-120
var gh = oauth2.Config{ClientID: "gh", Scopes: []string{"repo", "admin:org"}}

func oauthClient() client.OAuthConfig {
	return client.OAuthConfig{
		ClientID: "mcp-cli",
		// ruleid: MCP-120
		Scopes:      []string{"admin"},
		PKCEEnabled: true,
	}
}

func persist(path string, data []byte) error {
	// ok: MCP-120 -- umask-masked creation mode, the Go default
	if err := os.WriteFile(path, data, 0o666); err != nil {
		return err
	}
	// ok: MCP-120 -- umask-masked directory mode
	os.MkdirAll("/var/lib/reports", 0o777)
	// ruleid: MCP-120
	os.Chmod(path, 0o777)
	// ruleid: MCP-120
	os.Chmod("/var/lib/reports", os.ModePerm)
	f, _ := os.Open(path)
	// ruleid: MCP-120
	f.Chmod(0666)
	// ok: MCP-120
	f.Chmod(0o600)
	// ok: MCP-120
	os.Chmod(path, 0o644)
	// ruleid: MCP-120
	syscall.Umask(0)
	// ok: MCP-120
	syscall.Umask(0o022)
	// ok: MCP-120 -- a read-only mode
	os.Chmod(path, 0o444)
	// ok: MCP-120 -- group-writable, not world-writable
	os.Chmod("/var/lib/reports", 0o775)
	return nil
}
