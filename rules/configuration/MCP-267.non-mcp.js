// Fixture for MCP-267: a game lobby that is not MCP code.
// ok: MCP-267 -- not an MCP-context file
const sessionId = String(Date.now());
module.exports = { sessionId };
