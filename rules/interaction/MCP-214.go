//go:build ignore

// Fixture for MCP-214: prompt handlers in go-sdk and mcp-go servers.
package writing

import (
	"context"
	"fmt"
	"strconv"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func review(ctx context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
	code := req.Params.Arguments["code"]
	// ruleid: MCP-214
	text := fmt.Sprintf("Review this code and list every bug:\n%s", code)
	// ok: MCP-214 -- %q quotes the value
	quoted := fmt.Sprintf("The code as a quoted string:\n%q", code)
	// ok: MCP-214 -- escaped
	escaped := "The code as a quoted string:\n" + strconv.Quote(code)
	return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{
		{Role: "user", Content: &mcp.TextContent{Text: text + quoted + escaped}},
	}}, nil
}

func register(s *mcp.Server, ms *server.MCPServer) {
	s.AddPrompt(&mcp.Prompt{Name: "review"}, review)
	ms.AddPrompt(m3.NewPrompt("translate", m3.WithArgument("text")), func(ctx context.Context, request m3.GetPromptRequest) (*m3.GetPromptResult, error) {
		// ruleid: MCP-214
		msg := "Translate into English:\n" + request.Params.Arguments["text"]
		// ok: MCP-214 -- delimited
		wrapped := "<untrusted>\n" + request.Params.Arguments["text"]
		return m3.NewGetPromptResult("translate", []m3.PromptMessage{m3.NewPromptMessage(m3.RoleUser, m3.NewTextContent(msg+wrapped))}), nil
	})
}

func helper(topic string) string {
	// ok: MCP-214 -- not a handler
	return fmt.Sprintf("Write about %s", topic)
}
