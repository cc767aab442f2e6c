//go:build ignore

// Fixture for MCP-275: server-supplied URLs opened through a shell (Go MCP clients).
package main

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"

	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/skratchdot/open-golang/open"
)

func openURL(u string) error {
	if runtime.GOOS == "windows" {
		// ruleid: MCP-275 -- reached from login through a helper (deep mode)
		return exec.Command("cmd", "/c", "start", u).Start()
	}
	// ok: MCP-275 -- xdg-open gets the URL as one argument
	return exec.Command("xdg-open", u).Start()
}

func login(ctx context.Context, h *transport.OAuthHandler, state, challenge string) error {
	authURL, err := h.GetAuthorizationURL(ctx, state, challenge)
	if err != nil {
		return err
	}
	return openURL(authURL)
}

func loginOpen(ctx context.Context, h *transport.OAuthHandler, state, challenge string) error {
	u, err := h.GetAuthorizationURL(ctx, state, challenge)
	if err != nil {
		return err
	}
	// ruleid: MCP-275 -- open-golang runs cmd /c start on Windows
	return open.Run(u)
}

func announce(ctx context.Context, cs *mcp.ClientSession) error {
	info := cs.InitializeResult().ServerInfo
	// ruleid: MCP-275 -- the server names itself
	return exec.CommandContext(ctx, "sh", "-c", "notify-send 'Connected to "+info.Name+"'").Run()
}

// ---- must not fire ---------------------------------------------------------

func loginSafe(ctx context.Context, h *transport.OAuthHandler, state, challenge string) error {
	authURL, err := h.GetAuthorizationURL(ctx, state, challenge)
	if err != nil {
		return err
	}
	// ok: MCP-275 -- rundll32 url.dll,FileProtocolHandler does not go through cmd
	return exec.Command("rundll32", "url.dll,FileProtocolHandler", authURL).Start()
}

func help() error {
	// ok: MCP-275 -- constant URL
	return exec.Command("cmd", "/c", "start", "https://example.com/help").Start()
}

func editLocal(path string) error {
	// ok: MCP-275 -- a local value, not supplied by a server
	return exec.Command("sh", "-c", fmt.Sprintf("code %q", path)).Run()
}
