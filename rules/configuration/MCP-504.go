//go:build ignore

// Fixture for MCP-504: go-sdk clients and protected resource metadata.
package main

import (
	"context"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

const remoteEndpoint = "http://tools.acme-tools.net/mcp"

func main() {
	ctx := context.Background()
	client := mcp.NewClient(&mcp.Implementation{Name: "agent", Version: "1.0.0"}, nil)
	// ruleid: MCP-504
	client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: "http://mcp.acme-tools.net/mcp"}, nil)
	// ruleid: MCP-504
	client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: remoteEndpoint}, nil)
	// ok: MCP-504 -- https
	client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: "https://mcp.example.com/mcp"}, nil)
	// ok: MCP-504 -- loopback
	client.Connect(ctx, &mcp.SSEClientTransport{Endpoint: "http://localhost:8080/sse"}, nil)

	prm := &oauthex.ProtectedResourceMetadata{
		// ruleid: MCP-504
		Resource:             "http://files.acme-tools.net/mcp",
		AuthorizationServers: []string{"https://auth.example.com"},
	}
	devPRM := &oauthex.ProtectedResourceMetadata{
		// ok: MCP-504 -- loopback
		Resource: "http://127.0.0.1:8080/mcp",
	}
	http.Handle("/.well-known/oauth-protected-resource", auth.ProtectedResourceMetadataHandler(prm))
	_ = devPRM
}
