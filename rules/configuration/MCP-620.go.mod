module example.com/svc

go 1.24

require (
	// ruleid: MCP-620
	github.com/modelcontextprotocol/go-sdk v1.3.0
	// ruleid: MCP-620 -- an insecure default (LOW)
	github.com/mark3labs/mcp-go v0.55.0
	// ok: MCP-620
	golang.org/x/oauth2 v0.30.0
)
