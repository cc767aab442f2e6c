//go:build ignore

// Fixture for MCP-526: an mcp-go server rendering its consent page with text/template.
package server

import (
	"net/http"
	"text/template"

	"github.com/mark3labs/mcp-go/server"
)

var s = server.NewMCPServer("crm", "1.0.0")

// ruleid: MCP-526
var page = template.Must(template.New("consent").Parse(`<html><body><h1>{{.ClientName}} wants access</h1><p>{{.RedirectURI}}</p></body></html>`))

func consent(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, map[string]string{"ClientName": r.FormValue("client_name"), "RedirectURI": r.FormValue("redirect_uri")})
}
