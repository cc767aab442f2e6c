//go:build ignore

// Fixture for MCP-084: paid LLM calls in Go tools.
package assistant

import (
	"context"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/openai/openai-go"
	goopenai "github.com/sashabaranov/go-openai"
	"google.golang.org/genai"
)

var (
	client  = openai.NewClient()
	legacy  = goopenai.NewClient("key")
	gclient *genai.Client
)

type askIn struct {
	Question string `json:"question"`
	Budget   int64  `json:"budget"`
}

func ask(ctx context.Context, req *mcp.CallToolRequest, in askIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-084
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(in.Question)},
	})
	if err != nil {
		return nil, nil, err
	}
	// ruleid: MCP-084 -- the caller picks the cap
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxTokens: openai.Int(in.Budget), Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(in.Question)}})
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-084
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(400), Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(in.Question)}})
	if err != nil {
		return nil, nil, err
	}
	// ruleid: MCP-084
	_, err = legacy.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: []goopenai.ChatCompletionMessage{{Role: "user", Content: in.Question}}})
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-084
	_, err = gclient.Models.GenerateContent(ctx, "gemini-2.0-flash", genai.Text(in.Question), &genai.GenerateContentConfig{MaxOutputTokens: 400})
	return &mcp.CallToolResult{}, nil, err
}

func askShort(ctx context.Context, req *mcp.CallToolRequest, in askIn) (*mcp.CallToolResult, any, error) {
	if len(in.Question) > 4000 {
		return nil, nil, errTooLong
	}
	// ok: MCP-084 -- input length checked first
	_, err := legacy.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, Messages: []goopenai.ChatCompletionMessage{{Role: "user", Content: in.Question}}})
	return &mcp.CallToolResult{}, nil, err
}

func register(s *mcp.Server) {
	mcp.AddTool(s, &mcp.Tool{Name: "ask"}, ask)
	mcp.AddTool(s, &mcp.Tool{Name: "ask_short"}, askShort)
}
