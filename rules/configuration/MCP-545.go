//go:build ignore

// Fixture for MCP-545: a Go host.
package host

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"google.golang.org/genai"
)

var client = mcp.NewClient(&mcp.Implementation{Name: "agent", Version: "1.0.0"}, nil)

func runCalls(ctx context.Context, cs *mcp.ClientSession, calls []*genai.FunctionCall) ([]*mcp.CallToolResult, error) {
	var out []*mcp.CallToolResult
	for _, fc := range calls {
		// ruleid: MCP-545
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: fc.Name, Arguments: fc.Args})
		if err != nil {
			return nil, err
		}
		out = append(out, res)
	}
	return out, nil
}

func runCallsConfirmed(ctx context.Context, cs *mcp.ClientSession, calls []*genai.FunctionCall, ui UI) error {
	for _, fc := range calls {
		if !ui.Confirm("Run " + fc.Name + "?") {
			continue
		}
		// ok: MCP-545
		if _, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: fc.Name, Arguments: fc.Args}); err != nil {
			return err
		}
	}
	return nil
}

func skipPrompt(t *mcp.Tool) bool {
	// ruleid: MCP-545
	return t.Annotations != nil && t.Annotations.ReadOnlyHint
}

func describe(t *mcp.Tool) string {
	// ok: MCP-545 -- display only
	if t.Annotations != nil && t.Annotations.ReadOnlyHint {
		return t.Name + " (read-only)"
	}
	return t.Name
}
