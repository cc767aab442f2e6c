//go:build ignore

// Fixture for MCP-215: run-time tool list changes in go-sdk and mcp-go servers.
package plugins

import (
	"context"

	m3 "github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type pluginIn struct {
	Name string `json:"name"`
}

var sdkServer = mcp.NewServer(&mcp.Implementation{Name: "plugins", Version: "1.0.0"}, nil)

func enablePlugin(ctx context.Context, req *mcp.CallToolRequest, in pluginIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-215
	sdkServer.AddTool(&mcp.Tool{Name: in.Name, InputSchema: map[string]any{"type": "object"}}, pluginHandler(in.Name))
	return &mcp.CallToolResult{}, nil, nil
}

func run(ctx context.Context) error {
	// ok: MCP-215 -- registered before Run
	mcp.AddTool(sdkServer, &mcp.Tool{Name: "enable_plugin"}, enablePlugin)
	go func() {
		<-ctx.Done()
	}()
	errc := make(chan error, 1)
	go func() { errc <- sdkServer.Run(ctx, &mcp.StdioTransport{}) }()
	// ruleid: MCP-215 -- the server is already serving
	sdkServer.RemoveTools("enable_plugin")
	return <-errc
}

func serveBlocking(ctx context.Context) error {
	err := sdkServer.Run(ctx, &mcp.StdioTransport{})
	// ok: MCP-215 -- Run blocks: this runs after the session ended
	sdkServer.RemoveTools("enable_plugin")
	return err
}

func mark3(s *server.MCPServer) {
	s.AddTool(m3.NewTool("reset_plugins"), func(ctx context.Context, req m3.CallToolRequest) (*m3.CallToolResult, error) {
		// ruleid: MCP-215
		s.DeleteTools("plugin_a", "plugin_b")
		return m3.NewToolResultText("reset"), nil
	})
	// ok: MCP-215 -- before serving
	s.AddTool(m3.NewTool("status"), statusHandler)
	_ = server.ServeStdio(s)
}
