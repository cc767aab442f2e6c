//go:build ignore

// Fixture for MCP-047: go-sdk behind RequireBearerToken, tools using one service token.
package main

import (
	"context"
	"net/http"
	"os"

	"github.com/google/go-github/v66/github"
	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var gh = github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
var publicGH = github.NewClient(nil)

type repoIn struct {
	Owner string `json:"owner"`
	Name  string `json:"name"`
}

func getRepo(ctx context.Context, req *mcp.CallToolRequest, in repoIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-047 -- a client built from the server's token
	repo, _, err := gh.Repositories.Get(ctx, in.Owner, in.Name)
	if err != nil {
		return nil, nil, err
	}
	return nil, repo.GetFullName(), nil
}

func getPublicRepo(ctx context.Context, req *mcp.CallToolRequest, in repoIn) (*mcp.CallToolResult, any, error) {
	// ok: MCP-047 -- an anonymous client
	repo, _, err := publicGH.Repositories.Get(ctx, in.Owner, in.Name)
	if err != nil {
		return nil, nil, err
	}
	return nil, repo.GetFullName(), nil
}

func getRepoAsUser(ctx context.Context, req *mcp.CallToolRequest, in repoIn) (*mcp.CallToolResult, any, error) {
	client := github.NewClient(nil).WithAuthToken(userTokens.ForUser(auth.TokenInfoFromContext(ctx).UserID))
	// ok: MCP-047 -- a client bound to the caller
	repo, _, err := client.Repositories.Get(ctx, in.Owner, in.Name)
	if err != nil {
		return nil, nil, err
	}
	return nil, repo.GetFullName(), nil
}

func main() {
	s := mcp.NewServer(&mcp.Implementation{Name: "gh"}, nil)
	mcp.AddTool(s, &mcp.Tool{Name: "get_repo"}, getRepo)
	mcp.AddTool(s, &mcp.Tool{Name: "get_public_repo"}, getPublicRepo)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil)
	http.ListenAndServe(":8080", auth.RequireBearerToken(verify, nil)(h))
}

func verify(ctx context.Context, token string, r *http.Request) (*auth.TokenInfo, error) {
	return nil, auth.ErrInvalidToken
}
