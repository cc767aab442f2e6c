// Fixture for MCP-267: an unrelated app, not MCP code.
// ok: MCP-267 -- not an MCP-context file
export const sessionId = Math.random().toString(36);
