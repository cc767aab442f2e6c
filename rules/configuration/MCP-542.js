// Fixture for MCP-542 (JavaScript): one API key for several servers.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { StreamableHTTPClientTransport } = require("@modelcontextprotocol/sdk/client/streamableHttp.js");

const apiKey = process.env.MCP_API_KEY;
const SERVERS = ["https://files.example.com/mcp", "https://crm.example.com/mcp"];

async function connectAll() {
  const clients = [];
  for (const url of SERVERS) {
    const client = new Client({ name: "host", version: "1.0.0" });
    // ruleid: MCP-542 -- the same key for every server of the list
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { "X-Api-Key": apiKey } } }));
    clients.push(client);
  }
  return clients;
}

async function twoServers() {
  const files = new Client({ name: "host", version: "1.0.0" });
  // todoruleid: MCP-542 -- two constructions outside a loop are not compared (an SSE fallback for one server looks the same)
  await files.connect(new StreamableHTTPClientTransport(new URL("https://files.example.com/mcp"), { requestInit: { headers: { "X-Api-Key": apiKey } } }));
  const crm = new Client({ name: "host", version: "1.0.0" });
  // todoruleid: MCP-542 -- see above
  await crm.connect(new StreamableHTTPClientTransport(new URL("https://crm.example.com/mcp"), { requestInit: { headers: { "X-Api-Key": apiKey } } }));
  const pub = new Client({ name: "host", version: "1.0.0" });
  // ok: MCP-542 -- no credential
  await pub.connect(new StreamableHTTPClientTransport(new URL("https://public.example.com/mcp")));
}

connectAll().then(twoServers);
