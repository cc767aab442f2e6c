// Fixture for MCP-501: an event stream of another library, not MCP code.
const { SSEServerTransport } = require("./events/sse");

// ok: MCP-501 -- not an MCP-context file
module.exports = (res) => new SSEServerTransport("/events", res);
