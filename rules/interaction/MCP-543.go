//go:build ignore

// Fixture for MCP-543: a Go MCP host opening server URLs.
package host

import (
	"context"
	"errors"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"os/exec"
	"runtime"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func openBrowser(u string) error {
	switch runtime.GOOS {
	case "windows":
		// ruleid: MCP-543
		return exec.Command("rundll32", "url.dll,FileProtocolHandler", u).Start()
	case "darwin":
		// ruleid: MCP-543
		return exec.Command("open", u).Start()
	}
	// ruleid: MCP-543
	return exec.Command("xdg-open", u).Start()
}

func openChecked(ctx context.Context, raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return errors.New("refusing a non-http(s) URL")
	}
	// ok: MCP-543
	return exec.CommandContext(ctx, "xdg-open", u.String()).Start()
}

func openHelp() error {
	// ok: MCP-543 -- a constant URL
	return exec.Command("xdg-open", "https://modelcontextprotocol.io").Start()
}

func openDashboard(port int) error {
	dashboard := fmt.Sprintf("http://127.0.0.1:%d/", port)
	// ok: MCP-543 -- the scheme and host are fixed by the literal
	return exec.Command("xdg-open", dashboard).Start()
}

func escapedHTML(res *mcp.CallToolResult) template.HTML {
	t, _ := res.Content[0].(*mcp.TextContent)
	// ok: MCP-543 -- escaped first
	return template.HTML(html.EscapeString(t.Text))
}

func toolHTML(res *mcp.CallToolResult) template.HTML {
	t, _ := res.Content[0].(*mcp.TextContent)
	// ruleid: MCP-543
	return template.HTML(t.Text)
}

func footer() template.HTML {
	// ok: MCP-543 -- constant markup
	return template.HTML("<hr>")
}

func handleElicit(ctx context.Context, req *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
	// ruleid: MCP-543
	resp, err := http.Get(req.Params.URL)
	if err == nil {
		resp.Body.Close()
	}
	return &mcp.ElicitResult{Action: "decline"}, nil
}

var client = mcp.NewClient(&mcp.Implementation{Name: "host", Version: "1.0.0"}, &mcp.ClientOptions{ElicitationHandler: handleElicit})
