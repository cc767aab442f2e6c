// Fixture for MCP-568: a project file that is not MCP code.
const { SSEServerTransport } = require("./events/sse");

// ok: MCP-568 -- not MCP code
module.exports = (res) => new SSEServerTransport("/events", res);
