//go:build ignore

// Fixture for MCP-600: an mcp-go host.
package host

import (
	"os"

	"github.com/mark3labs/mcp-go/client"
)

func start() error {
	// ruleid: MCP-600
	c1, err := client.NewStdioMCPClient("notes-mcp", os.Environ(), "--root", "/srv/notes")
	if err != nil {
		return err
	}
	defer c1.Close()
	// ok: MCP-600 -- named variables only (mcp-go still appends them to the parent environment)
	c2, err := client.NewStdioMCPClient("notes-mcp", []string{"NOTES_TOKEN=" + os.Getenv("NOTES_TOKEN")}, "--root", "/srv/notes")
	if err != nil {
		return err
	}
	defer c2.Close()
	// ruleid: MCP-600
	c3, err := client.NewStdioMCPClient("notes-mcp", nil, "--api-key", os.Getenv("NOTES_TOKEN"))
	if err != nil {
		return err
	}
	return c3.Close()
}
