//go:build ignore

// Fixture for MCP-002: Go MCP servers (go-sdk and mcp-go) running shells.
package main

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

type pingIn struct {
	Host  string `json:"host"`
	Count int    `json:"count"`
	Mode  string `json:"mode" jsonschema:"enum=fast,enum=slow"`
}

func runShell(ctx context.Context, line string) ([]byte, error) {
	// ruleid: MCP-002 -- reached from ping through a helper (deep mode)
	return exec.CommandContext(ctx, "bash", "-c", line).Output()
}

func ping(ctx context.Context, req *gosdk.CallToolRequest, in pingIn) (*gosdk.CallToolResult, any, error) {
	line := fmt.Sprintf("ping -c %d %s", in.Count, in.Host)
	out, err := runShell(ctx, line)
	// ok: MCP-002 -- a number
	exec.Command("sh", "-c", "sleep "+strconv.Itoa(in.Count)).Run()
	// ok: MCP-002 -- an enumeration
	exec.Command("sh", "-c", "make "+in.Mode).Run()
	// ok: MCP-002 -- argv without a shell
	exec.Command("ping", "-c", "1", "--", in.Host).Run()
	return nil, string(out), err
}

func traceroute(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	host, err := request.RequireString("host")
	if err != nil {
		return nil, err
	}
	// ruleid: MCP-002
	out, err := exec.Command("sh", "-c", "traceroute "+host).CombinedOutput()
	n := request.GetInt("hops", 10)
	// ok: MCP-002 -- a number
	exec.Command("sh", "-c", fmt.Sprintf("traceroute -m %d example.com", n)).Run()
	// ruleid: MCP-002
	exec.Command("cmd", "/C", "tracert "+host).Run()
	return mcp.NewToolResultText(string(out)), err
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "net"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "ping"}, ping)
	m := server.NewMCPServer("net", "1.0.0")
	m.AddTool(mcp.NewTool("traceroute", mcp.WithString("host")), traceroute)
	// ok: MCP-002 -- constant
	exec.Command("sh", "-c", "uptime").Run()
}
