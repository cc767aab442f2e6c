// Fixture for MCP-274: a look-alike transport class, not MCP code.
const { SSEServerTransport } = require("./vendor/sse");

// ok: MCP-274 -- not an MCP-context file
module.exports = (res) => new SSEServerTransport("/messages", res);
