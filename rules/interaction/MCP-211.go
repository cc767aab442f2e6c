//go:build ignore

// Fixture for MCP-211: sampling budgets in go-sdk and mcp-go servers.
package writer

import (
	"context"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

const maxTokens = 600

type draftIn struct {
	Topic  string   `json:"topic"`
	Budget int64    `json:"budget"`
	Docs   []string `json:"docs"`
}

func draft(ctx context.Context, req *mcp.CallToolRequest, in draftIn) (*mcp.CallToolResult, any, error) {
	msgs := []*mcp.SamplingMessage{{Role: "user", Content: &mcp.TextContent{Text: in.Topic}}}
	// ruleid: MCP-211
	_, err := req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{Messages: msgs, MaxTokens: in.Budget})
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-211
	_, err = req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{Messages: msgs, MaxTokens: maxTokens})
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-211 -- clamped
	_, err = req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{Messages: msgs, MaxTokens: min(in.Budget, maxTokens)})
	if err != nil {
		return nil, nil, err
	}
	// ruleid: MCP-211 -- no cap: MaxTokens is sent as 0
	_, err = req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{Messages: msgs})
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-211 -- the cap is set on the next line
	p := &mcp.CreateMessageParams{Messages: msgs}
	p.MaxTokens = maxTokens
	// ruleid: MCP-211
	for _, d := range in.Docs {
		if _, err := req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{Messages: []*mcp.SamplingMessage{{Role: "user", Content: &mcp.TextContent{Text: d}}}, MaxTokens: maxTokens}); err != nil {
			return nil, nil, err
		}
	}
	return &mcp.CallToolResult{}, nil, nil
}

func refine(ctx context.Context, s *server.MCPServer, text string) error {
	done := false
	// ruleid: MCP-211
	for !done {
		res, err := s.RequestSampling(ctx, m3.CreateMessageRequest{CreateMessageParams: m3.CreateMessageParams{MaxTokens: maxTokens}})
		if err != nil {
			return err
		}
		done = res.StopReason == "endTurn"
	}
	// ok: MCP-211 -- bounded
	for i := 0; i < 5; i++ {
		if _, err := s.RequestSampling(ctx, m3.CreateMessageRequest{CreateMessageParams: m3.CreateMessageParams{MaxTokens: maxTokens}}); err != nil {
			return err
		}
	}
	return nil
}

func register(s *mcp.Server) { mcp.AddTool(s, &mcp.Tool{Name: "draft"}, draft) }
