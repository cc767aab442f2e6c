//go:build ignore

// Fixture for MCP-261: a Go MCP server with its own OAuth authorize endpoint.
package server

import (
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

var _ = oauth2.Config{}
var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)
var allowedRE = regexp.MustCompile(`^https://[a-z]+\.example\.com/`)

type Client struct {
	ID           string
	RedirectURIs []string
	Domain       string
}

type Config struct {
	AllowedRedirectURIs []string
}

var cfg = Config{
	AllowedRedirectURIs: []string{
		// ok: MCP-261
		"http://localhost:*",
		// ruleid: MCP-261
		"https://*.example.com/*",
	},
}

func checks(c *Client, redirectURI string) bool {
	// ruleid: MCP-261
	a := strings.HasPrefix(redirectURI, "https://app.example.com")
	// ruleid: MCP-261
	b := strings.Contains(redirectURI, c.Domain)
	// ruleid: MCP-261
	d := allowedRE.MatchString(redirectURI)
	// ruleid: MCP-261
	e, _ := path.Match("https://*.example.com/*", redirectURI)
	u, _ := url.Parse(redirectURI)
	// ruleid: MCP-261
	f := u.Host == c.Domain
	// ok: MCP-261
	g := slices.Contains(c.RedirectURIs, redirectURI)
	// ok: MCP-261 -- scheme check
	h := strings.HasPrefix(redirectURI, "https://")
	// ok: MCP-261 -- loopback host
	i := u.Hostname() == "localhost"
	// ok: MCP-261 -- not a redirect URI
	j := strings.HasPrefix(c.ID, "mcp-")
	// ok: MCP-261 -- loopback with any port
	_ = strings.HasPrefix(redirectURI, "http://127.0.0.1:")
	return a && b && d && e && f && g && h && i && j
}

func authorize(w http.ResponseWriter, r *http.Request) {
	redirectURI := r.URL.Query().Get("redirect_uri")
	// ruleid: MCP-261
	http.Redirect(w, r, redirectURI+"?code="+issueCode(), http.StatusFound)
}

func authorizeChecked(w http.ResponseWriter, r *http.Request) {
	redirectURI := r.URL.Query().Get("redirect_uri")
	c := lookupClient(r.URL.Query().Get("client_id"))
	if c == nil || !slices.Contains(c.RedirectURIs, redirectURI) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	// ok: MCP-261
	http.Redirect(w, r, redirectURI+"?code="+issueCode(), http.StatusFound)
}

func issueCode() string           { return "c" }
func lookupClient(string) *Client { return nil }
