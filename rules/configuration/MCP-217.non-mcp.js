// Fixture for MCP-217: a JSON-RPC server of another library, not MCP code.
const { StreamableHTTPServerTransport } = require("./rpc/transport");

// ok: MCP-217 -- not an MCP-context file
const transport = new StreamableHTTPServerTransport({});
module.exports = { transport };
