//go:build ignore

// Fixture for MCP-279: an Exchange method that has nothing to do with OAuth,
// in an MCP server that does not import golang.org/x/oauth2.
package resolver

import (
	"github.com/mark3labs/mcp-go/server"
	"github.com/miekg/dns"
)

var s = server.NewMCPServer("dns", "1.0.0")

func lookup(c *dns.Client, m *dns.Msg) (*dns.Msg, error) {
	// ok: MCP-279 -- a DNS exchange
	in, _, err := c.Exchange(m, "9.9.9.9:53")
	return in, err
}
