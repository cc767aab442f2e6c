//go:build ignore

// Fixture for MCP-096: Go MCP servers returning external content.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/google/go-github/v66/github"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

var gh = github.NewClient(nil)

type issueIn struct {
	Repo   string `json:"repo"`
	Number int    `json:"number"`
}

func getBody(ctx context.Context, url string) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("fetch failed")
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b), nil
}

func fetchPage(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	body, _ := getBody(ctx, req.GetString("url", ""))
	// ruleid: MCP-096 -- fetched in a helper (deep mode)
	return mcp.NewToolResultText(body), nil
}

func fetchMarked(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	body, _ := getBody(ctx, req.GetString("url", ""))
	// ok: MCP-096 -- wrapped in <untrusted> markers
	return mcp.NewToolResultText(fmt.Sprintf("<untrusted>%s</untrusted>", body)), nil
}

func fetchLen(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	body, _ := getBody(ctx, req.GetString("url", ""))
	// ok: MCP-096 -- a number
	return mcp.NewToolResultText(fmt.Sprintf("%d bytes", len(body))), nil
}

func fetchErr(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	resp, err := http.Get(req.GetString("url", ""))
	if err != nil {
		// todook: MCP-096 -- the error of a call carries the call's taint (Go multi-value results are not split)
		return nil, err
	}
	resp.Body.Close()
	// ok: MCP-096 -- a constant
	return mcp.NewToolResultText("reachable"), nil
}

func issue(ctx context.Context, req *gosdk.CallToolRequest, in issueIn) (*gosdk.CallToolResult, any, error) {
	is, _, _ := gh.Issues.Get(ctx, "acme", in.Repo, in.Number)
	// ruleid: MCP-096 -- issue text
	return &gosdk.CallToolResult{Content: []gosdk.Content{&gosdk.TextContent{Text: is.GetBody()}}}, nil, nil
}

func main() {
	s := server.NewMCPServer("web", "1.0.0")
	s.AddTool(mcp.NewTool("fetch_page", mcp.WithString("url")), fetchPage)
	s.AddTool(mcp.NewTool("fetch_marked", mcp.WithString("url")), fetchMarked)
	s.AddTool(mcp.NewTool("fetch_len", mcp.WithString("url")), fetchLen)
	s.AddTool(mcp.NewTool("fetch_err", mcp.WithString("url")), fetchErr)
	g := gosdk.NewServer(&gosdk.Implementation{Name: "gh"}, nil)
	gosdk.AddTool(g, &gosdk.Tool{Name: "issue"}, issue)
}
