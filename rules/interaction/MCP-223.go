//go:build ignore

// Fixture for MCP-223: Go MCP servers returning text that may hold tag characters.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

var tagChars = regexp.MustCompile(`[\x{E0000}-\x{E007F}]`)

type noteIn struct {
	Title string `json:"title"`
	Count int    `json:"count"`
}

func decorate(s string) string {
	return "== " + strings.TrimSpace(s) + " =="
}

func save(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-223 -- input echoed through a helper
	return nil, decorate(in.Title), nil
}

func saveClean(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-223 -- tag block removed
	return nil, decorate(tagChars.ReplaceAllString(in.Title, "")), nil
}

func count(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-223 -- a number
	return nil, fmt.Sprintf("%d notes", in.Count), nil
}

func fetchTitle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	resp, err := http.Get("https://example.com/" + req.GetString("path", ""))
	if err != nil {
		return mcp.NewToolResultError("fetch failed"), nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	// ruleid: MCP-223 -- external content
	return mcp.NewToolResultText(string(b)), nil
}

func main() {
	g := gosdk.NewServer(&gosdk.Implementation{Name: "notes"}, nil)
	gosdk.AddTool(g, &gosdk.Tool{Name: "save"}, save)
	gosdk.AddTool(g, &gosdk.Tool{Name: "save_clean"}, saveClean)
	gosdk.AddTool(g, &gosdk.Tool{Name: "count"}, count)
	s := server.NewMCPServer("web", "1.0.0")
	s.AddTool(mcp.NewTool("fetch_title", mcp.WithString("path")), fetchTitle)
}
