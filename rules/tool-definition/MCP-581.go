//go:build ignore

package main

import "github.com/mark3labs/mcp-go/mcp"

var (
	// ruleid: MCP-581 -- non-ASCII letters
	a = mcp.NewTool("météo", mcp.WithDescription("Weather."))
	// ok: MCP-581
	b = mcp.NewTool("meteo", mcp.WithDescription("Weather."))
)
