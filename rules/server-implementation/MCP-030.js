// Fixture for MCP-030 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const server = new McpServer({ name: "notify", version: "1.0.0" });
// ruleid: MCP-030
const ANTHROPIC_API_KEY = "sk-ant-api03-Xy7Zq2Wv9Ut4Sr6Qp1On8Ml3Kj5Ih0GfEdCb";
// ok: MCP-030
const anthropicKey = process.env.ANTHROPIC_API_KEY;
// ok: MCP-030 -- interpolated at run time
const auth = `Bearer ${anthropicKey}`;

module.exports = { server, ANTHROPIC_API_KEY, auth };
