//go:build ignore

// Fixture for MCP-263: a Go OAuth proxy in front of a go-sdk MCP server.
package proxy

import (
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "proxy", Version: "1.0.0"}, nil)
var conf oauth2.Config

const consentCookie = "mcp_consent"

func approve(w http.ResponseWriter, r *http.Request) {
	// ruleid: MCP-263
	http.SetCookie(w, &http.Cookie{Name: consentCookie, Value: r.FormValue("client_id"), Path: "/"})
	// ok: MCP-263
	http.SetCookie(w, &http.Cookie{Name: "__Host-mcp_consent", Value: r.FormValue("client_id"), Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ruleid: MCP-263 -- SameSite=None (reported at the literal)
	c := &http.Cookie{
		Name:     "__Host-oauth_state",
		Value:    r.FormValue("state"),
		Path:     "/",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteNoneMode,
	}
	http.SetCookie(w, c)
	// ok: MCP-263 -- not a consent, OAuth or session cookie
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en"})
	http.Redirect(w, r, conf.AuthCodeURL(r.FormValue("state")), http.StatusFound)
}
