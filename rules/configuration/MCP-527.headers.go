//go:build ignore

// Fixture for MCP-527: a consent page that sets the anti-framing headers.
package proxy

import (
	"html/template"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

var _ = mcp.NewServer
var _ oauth2.Config
var page = template.Must(template.New("c").Parse(`<form method="post"></form>`))

func routes(mux *http.ServeMux) {
	// ok: MCP-527
	mux.HandleFunc("GET /consent", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "frame-ancestors 'none'")
		page.Execute(w, r.URL.Query().Get("client_id"))
	})
}
