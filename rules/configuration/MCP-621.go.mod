module example.com/notes

go 1.24

require (
	// ok: MCP-621 -- go.mod pins exact versions
	github.com/modelcontextprotocol/go-sdk v1.4.1
	// ruleid: MCP-621 -- replaced by a fork below
	github.com/mark3labs/mcp-go v0.58.0
)

replace github.com/mark3labs/mcp-go => github.com/someone/mcp-go v0.58.1-fork
