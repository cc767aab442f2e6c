//go:build ignore

// Fixture for MCP-223: Go MCP servers returning text that may hold tag characters.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

var tagChars = regexp.MustCompile(`[\x{E0000}-\x{E007F}]`)
var nonASCII = regexp.MustCompile(`[^\x20-\x7E\n]`)
var printable = regexp.MustCompile(`^[\x20-\x7E\n]*$`)

type noteIn struct {
	Path  string `json:"path"`
	Title string `json:"title"`
	Count int    `json:"count"`
}

func decorate(s string) string {
	return "== " + strings.TrimSpace(s) + " =="
}

func loadNote(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

func stripInvisible(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0xE0000 && r <= 0xE007F {
			return -1
		}
		return r
	}, s)
}

// ---- external content returned: reported

func fetchTitle(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	resp, err := http.Get("https://example.com/" + req.GetString("path", ""))
	if err != nil {
		return mcp.NewToolResultError("fetch failed"), nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	// ruleid: MCP-223 -- an HTTP response
	return mcp.NewToolResultText(string(b)), nil
}

func readNote(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	b, err := os.ReadFile(in.Path)
	if err != nil {
		// todook: MCP-223 -- the error of a read carries the path, not the file's text, but a call's results share its taint
		return nil, nil, err
	}
	// ruleid: MCP-223 -- a file read at a path the model chose
	return nil, string(b), nil
}

func readOpen(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	f, err := os.Open(in.Path)
	if err != nil {
		// todook: MCP-223 -- as above: the error of os.Open is tainted with the file
		return nil, nil, err
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	// ruleid: MCP-223 -- os.Open and io.ReadAll
	return nil, string(b), nil
}

func gitLog(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, err := exec.CommandContext(ctx, "git", "log", "-n", "10").Output()
	if err != nil {
		return mcp.NewToolResultError("git log failed"), nil
	}
	// ruleid: MCP-223 -- command output
	return mcp.NewToolResultText(string(out)), nil
}

func gitStatus(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", req.GetString("repo", "."), "status")
	out, _ := cmd.CombinedOutput()
	// ruleid: MCP-223 -- combined output
	return mcp.NewToolResultText(fmt.Sprintf("git status:\n%s", out)), nil
}

func showNote(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	b, _ := os.ReadFile(in.Path)
	// ruleid: MCP-223 -- a file read passed through a helper
	return nil, decorate(string(b)), nil
}

func openNote(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-223 -- the helper reads the file (deep mode)
	return nil, loadNote(in.Path), nil
}

// ---- the tool's own input echoed back: not reported

func save(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-223 -- tool input echoed through a helper
	return nil, decorate(in.Title), nil
}

func echo(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	// ok: MCP-223 -- tool input echoed back
	return mcp.NewToolResultText("echo: " + req.GetString("message", "")), nil
}

// ---- external content sanitized: not reported

func readClean(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	b, _ := os.ReadFile(in.Path)
	// ok: MCP-223 -- tag block removed by the file's pattern
	return nil, decorate(tagChars.ReplaceAllString(string(b), "")), nil
}

func readMapped(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	b, _ := os.ReadFile(in.Path)
	clean := strings.Map(func(r rune) rune {
		if r >= 0xE0000 && r <= 0xE007F {
			return -1
		}
		return r
	}, string(b))
	// ok: MCP-223 -- strings.Map drops the tag block
	return nil, clean, nil
}

func readNamed(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	b, _ := os.ReadFile(in.Path)
	// ok: MCP-223 -- a named sanitizer
	return nil, stripInvisible(string(b)), nil
}

func logASCII(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := exec.CommandContext(ctx, "git", "log", "-n", "10").Output()
	// ok: MCP-223 -- everything outside printable ASCII removed
	return mcp.NewToolResultText(nonASCII.ReplaceAllString(string(out), "")), nil
}

func logChecked(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	out, _ := exec.CommandContext(ctx, "git", "log", "--oneline").Output()
	s := string(out)
	if !printable.MatchString(s) {
		return mcp.NewToolResultError("unexpected characters in git output"), nil
	}
	// ok: MCP-223 -- checked to be printable ASCII first
	return mcp.NewToolResultText(s), nil
}

// ---- nothing external

func count(ctx context.Context, req *gosdk.CallToolRequest, in noteIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-223 -- a number
	return nil, fmt.Sprintf("%d notes", in.Count), nil
}

func ping(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	// ok: MCP-223 -- a constant
	return mcp.NewToolResultText("pong"), nil
}

func notATool(path string) string {
	b, _ := os.ReadFile(path)
	// ok: MCP-223 -- not a tool handler
	return string(b)
}

func main() {
	g := gosdk.NewServer(&gosdk.Implementation{Name: "notes"}, nil)
	gosdk.AddTool(g, &gosdk.Tool{Name: "read_note"}, readNote)
	gosdk.AddTool(g, &gosdk.Tool{Name: "read_open"}, readOpen)
	gosdk.AddTool(g, &gosdk.Tool{Name: "show_note"}, showNote)
	gosdk.AddTool(g, &gosdk.Tool{Name: "open_note"}, openNote)
	gosdk.AddTool(g, &gosdk.Tool{Name: "save"}, save)
	gosdk.AddTool(g, &gosdk.Tool{Name: "read_clean"}, readClean)
	gosdk.AddTool(g, &gosdk.Tool{Name: "read_mapped"}, readMapped)
	gosdk.AddTool(g, &gosdk.Tool{Name: "read_named"}, readNamed)
	gosdk.AddTool(g, &gosdk.Tool{Name: "count"}, count)
	s := server.NewMCPServer("web", "1.0.0")
	s.AddTool(mcp.NewTool("fetch_title", mcp.WithString("path")), fetchTitle)
	s.AddTool(mcp.NewTool("git_log"), gitLog)
	s.AddTool(mcp.NewTool("git_status", mcp.WithString("repo")), gitStatus)
	s.AddTool(mcp.NewTool("echo", mcp.WithString("message")), echo)
	s.AddTool(mcp.NewTool("log_ascii"), logASCII)
	s.AddTool(mcp.NewTool("log_checked"), logChecked)
	s.AddTool(mcp.NewTool("ping"), ping)
}
