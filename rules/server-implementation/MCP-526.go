//go:build ignore

// Fixture for MCP-526: OAuth pages of a Go MCP server.
package server

import (
	"fmt"
	"html/template"
	"io"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"golang.org/x/oauth2"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "crm", Version: "1.0.0"}, nil)
var conf oauth2.Config

// ok: MCP-526 -- html/template escapes
var consentPage = template.Must(template.New("consent").Parse(`<h1>{{.ClientName}} wants access</h1>`))

func callback(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	// ruleid: MCP-526
	fmt.Fprintf(w, "<h1>Login failed</h1><p>%s</p>", r.URL.Query().Get("error_description"))
	// ok: MCP-526 -- escaped
	fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(r.URL.Query().Get("state")))
	// ok: MCP-526 -- plain text, no HTML
	fmt.Fprintf(w, "state=%s\n", r.URL.Query().Get("state"))
}

func consent(w http.ResponseWriter, r *http.Request, clientName string) {
	// ruleid: MCP-526
	io.WriteString(w, "<h1>"+clientName+" wants access</h1>")
	// ruleid: MCP-526
	consentPage.Execute(w, map[string]any{"ClientName": template.HTML(clientName)})
	// ok: MCP-526
	consentPage.Execute(w, map[string]any{"ClientName": clientName})
}
