// Fixture for MCP-503: a CLI that is not MCP code.
// ok: MCP-503 -- not an MCP-context file
console.log("StdioServerTransport");
