// Fixture for MCP-060 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const got = require("got");
const https = require("https");

const API_BASE = "https://api.example.com/v2";
const server = new Server({ name: "web", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "get") {
    // ruleid: MCP-060
    const body = await got(args.url).text();
    return { content: [{ type: "text", text: body }] };
  }
  if (name === "ping") {
    // ruleid: MCP-060
    https.get(request.params.arguments.target, (res) => res.resume());
    return { content: [{ type: "text", text: "sent" }] };
  }
  if (name === "item") {
    // ok: MCP-060 -- the host is fixed by the constant base URL
    const body = await got(`${API_BASE}/items/${encodeURIComponent(args.id)}`).json();
    return { content: [{ type: "text", text: JSON.stringify(body) }] };
  }
  // ok: MCP-060 -- constant URL
  const status = await got("https://status.example.com/health").text();
  return { content: [{ type: "text", text: status }] };
});
