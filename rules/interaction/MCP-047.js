// Fixture for MCP-047 (JavaScript): axios with the server's key behind bearer auth.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { mcpAuthRouter } = require("@modelcontextprotocol/sdk/server/auth/router.js");
const axios = require("axios");

const server = new McpServer({ name: "crm", version: "1.0.0" });
const router = mcpAuthRouter({ provider, issuerUrl: new URL("https://auth.example.com") });

server.tool("contact", "Get a contact", async (args) => {
  // ruleid: MCP-047 -- the server's CRM key
  const { data } = await axios.get(`https://crm.example.com/contacts/${args.id}`, { headers: { "X-Api-Key": process.env.CRM_API_KEY } });
  // ok: MCP-047 -- a public endpoint without credentials
  const status = await axios.get("https://crm.example.com/status");
  return { content: [{ type: "text", text: JSON.stringify({ data, up: status.status }) }] };
});

server.tool("contact_as_user", "Get a contact with the caller's CRM token", async (args, extra) => {
  const userKey = await keyStore.forUser(extra.authInfo.clientId);
  // ok: MCP-047 -- a per-user credential
  const { data } = await axios.get(`https://crm.example.com/contacts/${args.id}`, { headers: { "X-Api-Key": userKey } });
  return { content: [{ type: "text", text: JSON.stringify(data) }] };
});
