//go:build ignore

// Fixture for MCP-546: roots of Go MCP clients.
package host

import (
	"context"
	"os"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func newClient() (*mcp.Client, error) {
	c := mcp.NewClient(&mcp.Implementation{Name: "host", Version: "1.0.0"}, nil)
	home, err := os.UserHomeDir()
	if err != nil {
		return nil, err
	}
	// ruleid: MCP-546
	c.AddRoots(&mcp.Root{URI: "file:///", Name: "everything"})
	// ruleid: MCP-546
	c.AddRoots(&mcp.Root{URI: "file://" + home, Name: "home"})
	// ok: MCP-546
	c.AddRoots(&mcp.Root{URI: "file:///srv/projects/website", Name: "website"})
	return c, nil
}

type rootsHandler struct{}

func (rootsHandler) ListRoots(ctx context.Context, req m3.ListRootsRequest) (*m3.ListRootsResult, error) {
	return &m3.ListRootsResult{Roots: []m3.Root{
		// ruleid: MCP-546
		{URI: "file:///home/bob", Name: "bob"},
		// ok: MCP-546
		{URI: "file:///home/bob/projects/api", Name: "api"},
	}}, nil
}

func resourceList() []*mcp.Resource {
	// ok: MCP-546 -- a resource, not a root
	return []*mcp.Resource{{URI: "file:///", Name: "index"}}
}
