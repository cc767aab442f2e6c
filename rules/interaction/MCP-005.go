//go:build ignore

// Fixture for MCP-005: a Go server reading local files and sending mail and issues.
package main

import (
	"context"
	"net/http"
	"net/smtp"
	"os"

	"github.com/google/go-github/v66/github"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

var gh = github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))

type issueIn struct {
	Repo  string `json:"repo"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

func readFile(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	home, _ := os.UserHomeDir()
	b, _ := os.ReadFile(home + "/" + req.GetString("name", ""))
	return mcp.NewToolResultText(string(b)), nil
}

func mail(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	to := req.GetString("to", "")
	msg := []byte("Subject: note\r\n\r\n" + req.GetString("body", ""))
	// ruleid: MCP-005 -- e-mail to a model-chosen address
	smtp.SendMail("smtp.example.com:25", nil, "bot@example.com", []string{to}, msg)
	// ok: MCP-005 -- a fixed recipient and a fixed text
	smtp.SendMail("smtp.example.com:25", nil, "bot@example.com", []string{"audit@example.com"}, []byte("Subject: mail sent\r\n\r\n"))
	return mcp.NewToolResultText("sent"), nil
}

func openIssue(ctx context.Context, req *gosdk.CallToolRequest, in issueIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-005 -- an issue with model-chosen content
	is, _, err := gh.Issues.Create(ctx, "acme", in.Repo, &github.IssueRequest{Title: &in.Title, Body: &in.Body})
	if err != nil {
		return nil, nil, err
	}
	return nil, is.GetHTMLURL(), nil
}

func lookup(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	// ok: MCP-005 -- a GET sends nothing but its URL (SSRF is MCP-060's)
	resp, err := http.Get(req.GetString("url", ""))
	if err != nil {
		return mcp.NewToolResultError("lookup failed"), nil
	}
	resp.Body.Close()
	return mcp.NewToolResultText(resp.Status), nil
}

func main() {
	s := server.NewMCPServer("assistant", "1.0.0")
	s.AddTool(mcp.NewTool("lookup", mcp.WithString("url")), lookup)
	s.AddTool(mcp.NewTool("read_file", mcp.WithString("name")), readFile)
	s.AddTool(mcp.NewTool("mail", mcp.WithString("to"), mcp.WithString("body")), mail)
	g := gosdk.NewServer(&gosdk.Implementation{Name: "gh"}, nil)
	gosdk.AddTool(g, &gosdk.Tool{Name: "open_issue"}, openIssue)
}
