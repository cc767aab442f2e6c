//go:build ignore

// Fixture for MCP-212: Go resource handlers (go-sdk and mcp-go) using the read URI as a path.
package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

const docs = "/srv/docs"

func readUnder(base, rel string) ([]byte, error) {
	// ruleid: MCP-212 -- reached from readGuide through a helper (deep mode)
	return os.ReadFile(filepath.Join(base, rel))
}

func readDoc(ctx context.Context, req *gosdk.ReadResourceRequest) (*gosdk.ReadResourceResult, error) {
	u, err := url.Parse(req.Params.URI)
	if err != nil {
		return nil, err
	}
	// ruleid: MCP-212
	data, err := os.ReadFile(filepath.Join(docs, u.Path))
	if err != nil {
		return nil, err
	}
	return &gosdk.ReadResourceResult{Contents: []*gosdk.ResourceContents{{URI: req.Params.URI, Text: string(data)}}}, nil
}

func readGuide(ctx context.Context, request mcp.ReadResourceRequest) ([]mcp.ResourceContents, error) {
	name := strings.TrimPrefix(request.Params.URI, "guide://")
	data, err := readUnder(filepath.Join(docs, "guides"), name)
	if err != nil {
		return nil, err
	}
	return []mcp.ResourceContents{mcp.TextResourceContents{URI: request.Params.URI, Text: string(data)}}, nil
}

// ---- must not fire ---------------------------------------------------------

func readRooted(ctx context.Context, req *gosdk.ReadResourceRequest) (*gosdk.ReadResourceResult, error) {
	root, err := os.OpenRoot(docs)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	// ok: MCP-212 -- os.Root confines the path
	data, err := root.ReadFile(strings.TrimPrefix(req.Params.URI, "rooted:///"))
	if err != nil {
		return nil, err
	}
	return &gosdk.ReadResourceResult{Contents: []*gosdk.ResourceContents{{URI: req.Params.URI, Text: string(data)}}}, nil
}

func readLocal(ctx context.Context, request mcp.ReadResourceRequest) ([]mcp.ResourceContents, error) {
	rel := strings.TrimPrefix(request.Params.URI, "local://")
	if !filepath.IsLocal(rel) {
		return nil, fmt.Errorf("not a local path")
	}
	// ok: MCP-212 -- filepath.IsLocal rejects .. and absolute paths
	data, err := os.ReadFile(filepath.Join(docs, rel))
	if err != nil {
		return nil, err
	}
	return []mcp.ResourceContents{mcp.TextResourceContents{URI: request.Params.URI, Text: string(data)}}, nil
}

func readReal(ctx context.Context, req *gosdk.ReadResourceRequest) (*gosdk.ReadResourceResult, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(docs, strings.TrimPrefix(req.Params.URI, "real:///")))
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(real, docs+string(os.PathSeparator)) {
		return nil, fmt.Errorf("outside the docs folder")
	}
	// ok: MCP-212 -- EvalSymlinks, then a separator-aware prefix check
	data, err := os.ReadFile(real)
	if err != nil {
		return nil, err
	}
	return &gosdk.ReadResourceResult{Contents: []*gosdk.ResourceContents{{URI: req.Params.URI, Text: string(data)}}}, nil
}

type toolIn struct {
	Path string `json:"path"`
}

func readTool(ctx context.Context, req *gosdk.CallToolRequest, in toolIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-212 -- a tool argument: MCP-003's case
	data, err := os.ReadFile(in.Path)
	return nil, string(data), err
}

func readIndex(ctx context.Context, req *gosdk.ReadResourceRequest) (*gosdk.ReadResourceResult, error) {
	// ok: MCP-212 -- constant path
	data, err := os.ReadFile(filepath.Join(docs, "index.md"))
	if err != nil {
		return nil, err
	}
	return &gosdk.ReadResourceResult{Contents: []*gosdk.ResourceContents{{URI: req.Params.URI, Text: string(data)}}}, nil
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "docs"}, nil)
	s.AddResourceTemplate(&gosdk.ResourceTemplate{Name: "doc", URITemplate: "file:///{+path}"}, readDoc)
	s.AddResourceTemplate(&gosdk.ResourceTemplate{Name: "rooted", URITemplate: "rooted:///{+path}"}, readRooted)
	s.AddResourceTemplate(&gosdk.ResourceTemplate{Name: "real", URITemplate: "real:///{+path}"}, readReal)
	s.AddResource(&gosdk.Resource{Name: "index", URI: "docs://index"}, readIndex)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_tool"}, readTool)
	m := server.NewMCPServer("docs", "1.0.0")
	m.AddResourceTemplate(mcp.NewResourceTemplate("guide://{name}", "guide"), readGuide)
	m.AddResourceTemplate(mcp.NewResourceTemplate("local://{path}", "local"), readLocal)
}
