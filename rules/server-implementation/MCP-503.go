//go:build ignore

// Fixture for MCP-503: a go-sdk server on stdio.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type In struct {
	Path string `json:"path"`
}

func read(ctx context.Context, req *mcp.CallToolRequest, in In) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-503
	fmt.Printf("reading %s\n", in.Path)
	// ok: MCP-503 -- stderr
	fmt.Fprintf(os.Stderr, "reading %s\n", in.Path)
	// ok: MCP-503 -- log writes to stderr by default
	log.Printf("reading %s", in.Path)
	// ok: MCP-503 -- formatting only
	msg := fmt.Sprintf("read %s", in.Path)
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: msg}}}, nil, nil
}

func main() {
	server := mcp.NewServer(&mcp.Implementation{Name: "files", Version: "1.0.0"}, nil)
	mcp.AddTool(server, &mcp.Tool{Name: "read", Description: "Read a file"}, read)
	// ruleid: MCP-503
	log.SetOutput(os.Stdout)
	// ruleid: MCP-503
	fmt.Fprintln(os.Stdout, "starting")
	// ruleid: MCP-503
	os.Stdout.WriteString("ready\n")
	// ok: MCP-503 -- stderr
	log.SetOutput(os.Stderr)
	if err := server.Run(context.Background(), &mcp.StdioTransport{}); err != nil {
		log.Fatal(err)
	}
}
