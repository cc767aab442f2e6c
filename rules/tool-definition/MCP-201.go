//go:build ignore

// Fixture for MCP-201: destructive tools in go-sdk and mcp-go servers.
package ops

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"os/exec"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var db *sql.DB

type pathIn struct {
	Path    string `json:"path"`
	Confirm bool   `json:"confirm"`
	SQL     string `json:"sql"`
	Command string `json:"command"`
}

func deleteProject(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-201
	if err := os.RemoveAll(in.Path); err != nil {
		return nil, nil, err
	}
	// ruleid: MCP-201
	_, err := db.ExecContext(ctx, "DELETE FROM projects WHERE path = $1", in.Path)
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-201 -- a read
	_, err = db.QueryContext(ctx, "SELECT id FROM projects WHERE path = $1", in.Path)
	return nil, nil, err
}

func deleteConfirmed(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	if !in.Confirm {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "set confirm to delete " + in.Path}}}, nil, nil
	}
	// ok: MCP-201
	return nil, nil, os.RemoveAll(in.Path)
}

func convert(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	tmpFile := in.Path + ".tmp"
	// ok: MCP-201 -- removes a temporary file
	defer os.Remove(tmpFile)
	res, err := req.Session.Elicit(ctx, &mcp.ElicitParams{Message: "Replace " + in.Path + "?", RequestedSchema: map[string]any{"type": "object"}})
	if err != nil || res.Action != "accept" {
		return nil, nil, err
	}
	// ok: MCP-201 -- the user confirmed through elicitation
	return nil, nil, os.RemoveAll(in.Path)
}

func runSQL(ctx context.Context, req *mcp.CallToolRequest, in pathIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-201 -- a free-form SQL argument
	_, err := db.ExecContext(ctx, in.SQL)
	return nil, nil, err
}

func register(s *mcp.Server, ms *server.MCPServer) {
	mcp.AddTool(s, &mcp.Tool{Name: "delete_project"}, deleteProject)
	mcp.AddTool(s, &mcp.Tool{Name: "delete_confirmed"}, deleteConfirmed)
	mcp.AddTool(s, &mcp.Tool{Name: "run_sql"}, runSQL)
	mcp.AddTool(s, &mcp.Tool{Name: "convert"}, convert)
	ms.AddTool(m3.NewTool("close_issue"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		// ruleid: MCP-201
		r, err := http.NewRequestWithContext(ctx, http.MethodDelete, "https://api.example.com/issues/"+req.GetString("id", ""), nil)
		if err != nil {
			return nil, err
		}
		// ok: MCP-201 -- a read
		g, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.com/issues", nil)
		_, _ = http.DefaultClient.Do(g)
		_, err = http.DefaultClient.Do(r)
		return m3.NewToolResultText("closed"), err
	})
	ms.AddTool(m3.NewTool("shell"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		command := req.GetString("command", "")
		// ruleid: MCP-201 -- a free-form command argument
		out, err := exec.CommandContext(ctx, "sh", "-c", command).Output()
		return m3.NewToolResultText(string(out)), err
	})
}

type SecurityConfig struct{ Enabled bool }

// ruleid: MCP-201 -- a disabled security policy
var defaultSecurity = SecurityConfig{Enabled: false}

func cleanup() {
	// ok: MCP-201 -- not a tool handler
	os.RemoveAll("/tmp/ops-cache")
}
