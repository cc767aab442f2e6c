//go:build ignore

// Fixture for MCP-276: Go MCP servers (go-sdk and mcp-go) running programs with tool input as argv.
package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

const repo = "/srv/repo"

type gitIn struct {
	Ref    string `json:"ref"`
	Path   string `json:"path"`
	Format string `json:"format" jsonschema:"enum=oneline,enum=short"`
	Limit  int    `json:"limit"`
}

type kube struct{ context string }

func (k *kube) logs(pod string) ([]byte, error) {
	// ruleid: MCP-276 -- a method reached from podLogs (deep mode)
	return exec.Command("kubectl", "--context", k.context, "logs", pod).Output()
}

func gitShow(ctx context.Context, rev string) ([]byte, error) {
	// ruleid: MCP-276 -- reached from show through a helper (deep mode)
	return exec.CommandContext(ctx, "git", "-C", repo, "show", rev).Output()
}

func show(ctx context.Context, req *gosdk.CallToolRequest, in gitIn) (*gosdk.CallToolResult, any, error) {
	out, err := gitShow(ctx, in.Ref)
	return nil, string(out), err
}

func checkout(ctx context.Context, req *gosdk.CallToolRequest, in gitIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-276
	out, err := exec.CommandContext(ctx, "git", "checkout", in.Ref).CombinedOutput()
	return nil, string(out), err
}

func podLogs(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	pod, err := request.RequireString("pod")
	if err != nil {
		return nil, err
	}
	out, err := (&kube{context: "prod"}).logs(pod)
	return mcp.NewToolResultText(string(out)), err
}

func search(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	pattern := request.GetString("pattern", "")
	// ruleid: MCP-276 -- rg --pre=<cmd> runs a command
	out, err := exec.Command("rg", "-nS", pattern, repo).Output()
	return mcp.NewToolResultText(string(out)), err
}

// ---- must not fire ---------------------------------------------------------

func logPath(ctx context.Context, req *gosdk.CallToolRequest, in gitIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-276 -- the value comes after "--"
	out, err := exec.CommandContext(ctx, "git", "log", "--oneline", "--", in.Path).Output()
	return nil, string(out), err
}

func showSafe(ctx context.Context, req *gosdk.CallToolRequest, in gitIn) (*gosdk.CallToolResult, any, error) {
	if strings.HasPrefix(in.Ref, "-") {
		return nil, nil, fmt.Errorf("a ref cannot start with '-'")
	}
	// ok: MCP-276 -- checked for a leading dash
	out, err := exec.CommandContext(ctx, "git", "show", in.Ref).Output()
	return nil, string(out), err
}

func logFormat(ctx context.Context, req *gosdk.CallToolRequest, in gitIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-276 -- an enumerated field, an int, and a value joined to its option
	out, err := exec.CommandContext(ctx, "git", "log", "--format="+in.Format, fmt.Sprint(in.Limit), "--grep="+in.Ref).Output()
	return nil, string(out), err
}

func ns(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	namespace := request.GetString("namespace", "default")
	// ok: MCP-276 -- the value of -n
	out, err := exec.Command("kubectl", "get", "pods", "-n", namespace).Output()
	// ok: MCP-276 -- ls is not one of the programs with dangerous options
	exec.Command("ls", "-la", namespace).Run()
	return mcp.NewToolResultText(string(out)), err
}

func gc(ref string) {
	// ok: MCP-276 -- no handler calls this helper
	exec.Command("git", "gc", ref).Run()
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "devtools"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "show"}, show)
	gosdk.AddTool(s, &gosdk.Tool{Name: "checkout"}, checkout)
	gosdk.AddTool(s, &gosdk.Tool{Name: "log_path"}, logPath)
	gosdk.AddTool(s, &gosdk.Tool{Name: "show_safe"}, showSafe)
	gosdk.AddTool(s, &gosdk.Tool{Name: "log_format"}, logFormat)
	m := server.NewMCPServer("devtools", "1.0.0")
	m.AddTool(mcp.NewTool("pod_logs", mcp.WithString("pod")), podLogs)
	m.AddTool(mcp.NewTool("search", mcp.WithString("pattern")), search)
	m.AddTool(mcp.NewTool("ns", mcp.WithString("namespace")), ns)
	// ok: MCP-276 -- constant argv
	exec.Command("git", "--version").Run()
}
