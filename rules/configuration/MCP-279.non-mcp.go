//go:build ignore

// Fixture for MCP-279: Exchange calls that are not OAuth token requests or
// not in MCP code.
package dnsclient

import (
	"context"

	"golang.org/x/oauth2"
)

func login(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	// ok: MCP-279 -- not an MCP-context file
	return conf.Exchange(ctx, code)
}
