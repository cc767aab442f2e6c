//go:build ignore

// Fixture for MCP-565: Go template tools (go-sdk).
package reports

import (
	"context"
	htmltemplate "html/template"
	"net/url"
	"strings"
	"text/template"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

type RenderIn struct {
	Template string `json:"template"`
	Title    string `json:"title"`
	Link     string `json:"link"`
}

var report = template.Must(template.New("report").Parse("# {{.Title}}"))

func render(ctx context.Context, req *mcp.CallToolRequest, in RenderIn) (*mcp.CallToolResult, any, error) {
	// ruleid: MCP-565
	t, err := template.New("user").Parse(in.Template)
	if err != nil {
		return nil, nil, err
	}
	h := htmltemplate.New("page").Funcs(htmltemplate.FuncMap{})
	// ruleid: MCP-565
	h.Parse("<p>" + in.Template + "</p>")
	// ok: MCP-565 -- a URL parse, not a template
	u, _ := url.Parse(in.Link)
	// ok: MCP-565 -- a constant template
	c, _ := template.New("const").Parse("{{.Title}}")
	var b strings.Builder
	// ok: MCP-565 -- input only in the data
	report.Execute(&b, in)
	t.Execute(&b, in)
	_, _ = u, c
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: b.String()}}}, nil, nil
}

func register(s *mcp.Server) {
	mcp.AddTool(s, &mcp.Tool{Name: "render"}, render)
}
