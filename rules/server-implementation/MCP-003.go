//go:build ignore

// Fixture for MCP-003: Go MCP servers (go-sdk and mcp-go) using tool input as paths.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	securejoin "github.com/cyphar/filepath-securejoin"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

const root = "/srv/workspace"

type fileIn struct {
	Path string `json:"path"`
	Kind string `json:"kind" jsonschema:"enum=app,enum=audit"`
	Day  int    `json:"day"`
}

type store struct{ dir string }

func (s *store) remove(rel string) error {
	// ruleid: MCP-003 -- a method reached from the delete tool (deep mode)
	return os.RemoveAll(filepath.Join(s.dir, rel))
}

func (s *store) contained(rel string) (string, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(s.dir, rel))
	if err != nil {
		return "", errOutside
	}
	if !strings.HasPrefix(real, s.dir+string(os.PathSeparator)) {
		return "", fmt.Errorf("outside the workspace")
	}
	return real, nil
}

var st = &store{dir: root}

var errOutside = errors.New("outside the workspace")

// resolveIn returns the resolved path when it stays inside dir.
func resolveIn(dir, rel string) (string, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(dir, rel))
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(real, dir+string(os.PathSeparator)) {
		return "", errOutside
	}
	return real, nil
}

func loadText(p string) (string, error) {
	// ruleid: MCP-003 -- reached from readFile through a helper (deep mode)
	data, err := os.ReadFile(p)
	return string(data), err
}

func readFile(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	text, err := loadText(filepath.Join(root, in.Path))
	return nil, text, err
}

func deleteFile(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	return nil, nil, st.remove(in.Path)
}

func writeFile(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p, err := request.RequireString("path")
	if err != nil {
		return nil, err
	}
	body := request.GetString("body", "")
	// ruleid: MCP-003
	if err := os.WriteFile(filepath.Join(root, p), []byte(body), 0o644); err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(filepath.Join(root, p))
	if !strings.HasPrefix(abs, root+"/") {
		return nil, fmt.Errorf("outside the workspace")
	}
	// ruleid: MCP-003 -- filepath.Abs does not follow symlinks: not a confinement check
	os.Remove(abs + ".bak")
	real, _ := filepath.EvalSymlinks(filepath.Join(root, p))
	if !strings.HasPrefix(real, root) {
		return nil, fmt.Errorf("outside the workspace")
	}
	// ruleid: MCP-003 -- prefix check without a separator
	os.Chmod(real, 0o600)
	return mcp.NewToolResultText("written"), nil
}

// ---- must not fire ---------------------------------------------------------

func readReal(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(root, in.Path))
	if err != nil {
		return nil, nil, err
	}
	if !strings.HasPrefix(real, root+string(os.PathSeparator)) {
		return nil, nil, fmt.Errorf("outside the workspace")
	}
	// ok: MCP-003 -- EvalSymlinks, then a separator-aware prefix check
	data, err := os.ReadFile(real)
	return nil, string(data), err
}

func readRoot(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	// ok: MCP-003 -- os.Root confines every path opened through it
	f, err := r.Open(in.Path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// ok: MCP-003 -- securejoin resolves inside the root
	safe, err := securejoin.SecureJoin(root, in.Path)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(safe)
	return nil, string(data), err
}

func readLocal(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	p := request.GetString("path", "")
	if !filepath.IsLocal(p) {
		return nil, fmt.Errorf("not a local path")
	}
	// ok: MCP-003 -- filepath.IsLocal rejects .., absolute and empty paths
	data, err := os.ReadFile(filepath.Join(root, p))
	if err != nil {
		return nil, err
	}
	name := request.GetString("name", "")
	// ok: MCP-003 -- filepath.Base keeps the last element only
	os.WriteFile(filepath.Join(root, "uploads", filepath.Base(name)), data, 0o644)
	// ok: MCP-003 -- Clean of a rooted path cannot climb above the root
	os.ReadFile(filepath.Join(root, filepath.Clean("/"+name)))
	return mcp.NewToolResultText(string(data)), nil
}

func readMethod(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	p, err := st.contained(in.Path)
	if err != nil {
		return nil, nil, err
	}
	// deepok: MCP-003 -- the method resolves and contains the path (deep mode)
	data, err := os.ReadFile(p)
	return nil, string(data), err
}

func readHelper(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	p, err := resolveIn(root, in.Path)
	if err != nil {
		return nil, nil, err
	}
	// deepok: MCP-003 -- contained by resolveIn (deep mode sees it; Go results keep their own taint); fast mode assumes the helper passes its argument through
	data, err := os.ReadFile(p)
	return nil, string(data), err
}

func readLog(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-003 -- an enumerated field and an int cannot carry a path
	data, err := os.ReadFile(fmt.Sprintf("/var/log/%s-%d.log", in.Kind, in.Day))
	return nil, string(data), err
}

func cleanup(p string) {
	// ok: MCP-003 -- no handler calls this helper
	os.Remove(p)
}

func readRel(ctx context.Context, req *gosdk.CallToolRequest, in fileIn) (*gosdk.CallToolResult, any, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(root, in.Path))
	if err != nil {
		return nil, nil, err
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, nil, fmt.Errorf("outside the workspace")
	}
	// ok: MCP-003 -- the check is on `rel`, derived from `real` by filepath.Rel (guard_through)
	data, err := os.ReadFile(real)
	return nil, string(data), err
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "files"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_file"}, readFile)
	gosdk.AddTool(s, &gosdk.Tool{Name: "delete_file"}, deleteFile)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_real"}, readReal)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_root"}, readRoot)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_method"}, readMethod)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_log"}, readLog)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_helper"}, readHelper)
	gosdk.AddTool(s, &gosdk.Tool{Name: "read_rel"}, readRel)
	m := server.NewMCPServer("files", "1.0.0")
	m.AddTool(mcp.NewTool("write_file", mcp.WithString("path"), mcp.WithString("body")), writeFile)
	m.AddTool(mcp.NewTool("read_local", mcp.WithString("path")), readLocal)
	// ok: MCP-003 -- constant path at startup
	os.MkdirAll(filepath.Join(root, "uploads"), 0o755)
}
