//go:build ignore

// Fixture for MCP-527: consent handlers of a Go MCP OAuth proxy.
package proxy

import (
	"html/template"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "proxy", Version: "1.0.0"}, nil)
var conf oauth2.Config
var consentTmpl = template.Must(template.New("c").Parse(`<form method="post"></form>`))

func routes(mux *http.ServeMux) {
	// ruleid: MCP-527
	mux.HandleFunc("GET /consent", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		consentTmpl.Execute(w, r.URL.Query().Get("client_id"))
	})
	// ruleid: MCP-527
	mux.HandleFunc("POST /consent", func(w http.ResponseWriter, r *http.Request) {
		approve(r.FormValue("client_id"))
		http.Redirect(w, r, conf.AuthCodeURL(r.FormValue("state")), http.StatusFound)
	})
	// ok: MCP-527 -- not a consent route
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<p>ok</p>"))
	})
}

// ruleid: MCP-527
func handleApprove(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	approve(r.PostFormValue("client_id"))
}

// ok: MCP-527 -- compares the CSRF token
func handleApproveChecked(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("csrf_token") != sessionCSRF(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	approve(r.PostFormValue("client_id"))
}

func approve(string)                   {}
func sessionCSRF(*http.Request) string { return "" }
