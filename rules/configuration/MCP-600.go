//go:build ignore

// Fixture for MCP-600: Go hosts launching stdio servers.
package host

import (
	"context"
	"os"
	"os/exec"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func connect(ctx context.Context, token string) (*mcp.ClientSession, error) {
	cmd := exec.CommandContext(ctx, "notes-mcp")
	// ruleid: MCP-600
	cmd.Env = append(os.Environ(), "NOTES_DIR=/srv/notes")
	// ok: MCP-600 -- explicit keys
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "NOTES_TOKEN=" + os.Getenv("NOTES_TOKEN")}
	// ruleid: MCP-600 -- the token on argv
	withFlag := exec.CommandContext(ctx, "notes-mcp", "--token", token)
	// ok: MCP-600
	plain := exec.CommandContext(ctx, "notes-mcp", "--root", "/srv/notes")
	// todoruleid: MCP-600 -- no Env: Go's exec inherits the whole environment, the SDK does not filter it
	bare := exec.CommandContext(ctx, "notes-mcp")
	client := mcp.NewClient(&mcp.Implementation{Name: "host", Version: "1.0.0"}, nil)
	for _, c := range []*exec.Cmd{withFlag, plain, bare} {
		if _, err := client.Connect(ctx, &mcp.CommandTransport{Command: c}, nil); err != nil {
			return nil, err
		}
	}
	return client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
}
