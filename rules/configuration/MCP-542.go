//go:build ignore

// Fixture for MCP-542: Go hosts (mcp-go client) sharing a token.
package main

import (
	"context"
	"net/http"
	"os"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
)

func connectAll(urls []string) {
	headers := map[string]string{"Authorization": "Bearer " + os.Getenv("MCP_TOKEN")}
	for _, u := range urls {
		// ruleid: MCP-542 -- the same header for every server
		c, _ := client.NewStreamableHttpClient(u, transport.WithHTTPHeaders(headers))
		_ = c
	}
}

func connectEach(urls []string, tokens map[string]string) {
	for _, u := range urls {
		// ok: MCP-542 -- a token per server
		c, _ := client.NewStreamableHttpClient(u, transport.WithHTTPHeaders(map[string]string{"Authorization": "Bearer " + tokens[u]}))
		_ = c
	}
}

func forward(ctx context.Context, store transport.TokenStore) {
	tok, _ := store.GetToken(ctx)
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://profile.example.com/me", nil)
	// ruleid: MCP-542 -- the MCP token forwarded to another API
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	// ok: MCP-542 -- not a credential
	req.Header.Set("User-Agent", "host/1.0")
	http.DefaultClient.Do(req)
}

func main() {
	connectAll([]string{"https://a.example.com/mcp", "https://b.example.com/mcp"})
}
