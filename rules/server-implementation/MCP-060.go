//go:build ignore

// Fixture for MCP-060: Go MCP servers (go-sdk and mcp-go) requesting URLs from tool input.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	gosdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/modelcontextprotocol/go-sdk/oauthex"
)

const apiBase = "https://api.weather.gov"

var allowedHosts = []string{"docs.python.org", "developer.mozilla.org"}

type fetchIn struct {
	URL   string `json:"url"`
	State string `json:"state"`
}

type api struct {
	baseURL string
	client  *http.Client
}

func (a *api) get(path string) ([]byte, error) {
	// ok: MCP-060 -- the base URL is configuration; the input only reaches the path
	resp, err := a.client.Get(a.baseURL + path)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func getBody(u string) (string, error) {
	// ok: MCP-060 -- every caller fixes the host (a constant scheme://host/ prefix, safe_prefix)
	resp, err := http.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func fetch(ctx context.Context, req *gosdk.CallToolRequest, in fetchIn) (*gosdk.CallToolResult, any, error) {
	// ruleid: MCP-060
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, in.URL, nil)
	if err != nil {
		return nil, nil, err
	}
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return nil, string(b), err
}

func probe(ctx context.Context, request mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	target := request.GetString("target", "")
	httpClient := &http.Client{}
	// ruleid: MCP-060
	resp, err := httpClient.Head(strings.TrimSpace(target))
	if err != nil {
		return nil, err
	}
	return mcp.NewToolResultText(resp.Status), nil
}

// discover is MCP client code: the metadata URL comes from the server's WWW-Authenticate header.
func discover(ctx context.Context, resp *http.Response) error {
	challenges, err := oauthex.ParseWWWAuthenticate(resp.Header.Values("WWW-Authenticate"))
	if err != nil {
		return err
	}
	for _, c := range challenges {
		// ruleid: MCP-060 -- resource_metadata chosen by the server
		if _, err := http.Get(c.Params["resource_metadata"]); err != nil {
			return err
		}
	}
	return nil
}

func discoverFirst(ctx context.Context, resp *http.Response) error {
	challenges, err := oauthex.ParseWWWAuthenticate(resp.Header.Values("WWW-Authenticate"))
	if err != nil || len(challenges) == 0 {
		return err
	}
	// ruleid: MCP-060 -- a length check is not an allow-list check
	_, err = http.Get(challenges[0].Params["resource_metadata"])
	return err
}

// ---- must not fire ---------------------------------------------------------

func alerts(ctx context.Context, req *gosdk.CallToolRequest, in fetchIn) (*gosdk.CallToolResult, any, error) {
	// ok: MCP-060 -- the host is fixed by a constant base URL
	body, err := getBody(fmt.Sprintf("%s/alerts/active/area/%s", apiBase, in.State))
	return nil, body, err
}

func issues(ctx context.Context, req *gosdk.CallToolRequest, in fetchIn) (*gosdk.CallToolResult, any, error) {
	a := &api{baseURL: "https://api.github.com", client: http.DefaultClient}
	b, err := a.get("/repos/" + url.PathEscape(in.State) + "/issues")
	if err != nil {
		return nil, nil, err
	}
	// ok: MCP-060 -- a literal scheme and host
	resp, err := http.Get("https://api.github.com/search/issues?q=" + url.QueryEscape(in.State))
	if err == nil {
		resp.Body.Close()
	}
	return nil, string(b), err
}

func fetchAllowed(ctx context.Context, req *gosdk.CallToolRequest, in fetchIn) (*gosdk.CallToolResult, any, error) {
	u, err := url.Parse(in.URL)
	if err != nil || !slices.Contains(allowedHosts, u.Hostname()) {
		return nil, nil, fmt.Errorf("host not allowed")
	}
	// ok: MCP-060 -- allow-listed host
	resp, err := http.Get(u.String())
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return nil, string(b), err
}

func fetchPublic(ctx context.Context, req *gosdk.CallToolRequest, in fetchIn) (*gosdk.CallToolResult, any, error) {
	u, err := url.Parse(in.URL)
	if err != nil {
		return nil, nil, err
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return nil, nil, err
	}
	for _, ip := range ips {
		if ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			return nil, nil, fmt.Errorf("internal address")
		}
	}
	// ok: MCP-060 -- private, loopback and link-local addresses are rejected first
	resp, err := http.Get(u.String())
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	return nil, resp.Status, nil
}

func warm(u string) {
	// ok: MCP-060 -- no handler calls this helper
	http.Get(strings.TrimSpace(u))
}

func main() {
	s := gosdk.NewServer(&gosdk.Implementation{Name: "web"}, nil)
	gosdk.AddTool(s, &gosdk.Tool{Name: "fetch"}, fetch)
	gosdk.AddTool(s, &gosdk.Tool{Name: "alerts"}, alerts)
	gosdk.AddTool(s, &gosdk.Tool{Name: "issues"}, issues)
	gosdk.AddTool(s, &gosdk.Tool{Name: "fetch_allowed"}, fetchAllowed)
	gosdk.AddTool(s, &gosdk.Tool{Name: "fetch_public"}, fetchPublic)
	m := server.NewMCPServer("web", "1.0.0")
	m.AddTool(mcp.NewTool("probe", mcp.WithString("target")), probe)
}
