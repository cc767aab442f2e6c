//go:build ignore

// Fixture for MCP-202: Go MCP servers (go-sdk and mcp-go) leaking secrets.
package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/slack-go/slack"
)

var apiKey = os.Getenv("OPENAI_API_KEY")
var region = os.Getenv("AWS_REGION")

type debugIn struct {
	Verbose bool `json:"verbose"`
}

func configDump() map[string]string {
	return map[string]string{"region": region, "db_password": os.Getenv("DB_PASSWORD")}
}

func debugConfig(ctx context.Context, req *gosdk.CallToolRequest, in debugIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-202 -- a secret in the structured tool result
	return nil, map[string]string{"region": region, "key": apiKey}, nil
}

func settings(ctx context.Context, req *gosdk.CallToolRequest, in debugIn) (*gosdk.CallToolResult, any, error) {
	cfg := configDump()
	// ruleid: MCP-202 -- read in a helper (deep mode)
	return nil, cfg, nil
}

func env(ctx context.Context, req *gosdk.CallToolRequest, in debugIn) (*gosdk.CallToolResult, any, error) {
	text := strings.Join(os.Environ(), "\n")
	// ruleid: MCP-202 -- the whole environment
	return &gosdk.CallToolResult{Content: []gosdk.Content{&gosdk.TextContent{Text: text}}}, nil, nil
}

func notify(ctx context.Context, req *gosdk.CallToolRequest, in debugIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-202 -- an MCP log notification
	req.Session.Log(ctx, &gosdk.LoggingMessageParams{Level: "debug", Data: "key " + apiKey})
	// ok: MCP-202 -- not a secret
	req.Session.Log(ctx, &gosdk.LoggingMessageParams{Level: "debug", Data: "region " + region})
	return nil, "ok", nil
}

func postMessage(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	channel := request.GetString("channel", "general")
	token := os.Getenv("SLACK_BOT_TOKEN")
	// ruleid: MCP-202 -- logged
	log.Printf("posting to %s with %s", channel, token)
	// ruleid: MCP-202 -- structured log
	slog.Info("posting", "token", token)
	// ruleid: MCP-202 -- written to stderr
	fmt.Fprintf(os.Stderr, "token=%s\n", token)
	// ok: MCP-202 -- presence and length only
	log.Printf("token set: %t (%d chars)", token != "", len(token))
	// ok: MCP-202 -- a fingerprint
	log.Printf("token sha256: %x", sha256.Sum256([]byte(token)))
	api := slack.New(token)
	_, ts, err := api.PostMessage(channel, slack.MsgOptionText("hello", false))
	// ok: MCP-202 -- the API's answer, not the token
	return mcp.NewToolResultText("posted at " + ts), err
}

func proxy(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	path := request.GetString("path", "")
	r, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/"+path, nil)
	r.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	// ok: MCP-202 -- the response body
	return mcp.NewToolResultText(string(body)), nil
}

func whoami(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	hdr := request.Header.Get("Authorization")
	// ruleid: MCP-202 -- the inbound bearer token, returned
	return mcp.NewToolResultText("you sent " + hdr), nil
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "ops"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "debug_config"}, debugConfig)
	gosdk.AddTool(s, &gosdk.Tool{Name: "settings"}, settings)
	gosdk.AddTool(s, &gosdk.Tool{Name: "env"}, env)
	gosdk.AddTool(s, &gosdk.Tool{Name: "notify"}, notify)
	m := server.NewMCPServer("ops", "1.0.0")
	m.AddTool(mcp.NewTool("post_message", mcp.WithString("channel")), postMessage)
	m.AddTool(mcp.NewTool("proxy", mcp.WithString("path")), proxy)
	m.AddTool(mcp.NewTool("whoami"), whoami)
	// ok: MCP-202 -- not a secret
	log.Printf("region %s", region)
}
