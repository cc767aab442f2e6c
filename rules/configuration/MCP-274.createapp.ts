// Fixture for MCP-274: createMcpExpressApp, which installs Host validation
// for loopback hosts or an explicit allowedHosts list.
import { randomUUID } from "node:crypto";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

// ok: MCP-274 -- default host 127.0.0.1: localhost Host validation
const app = createMcpExpressApp();
// ok: MCP-274 -- loopback host
const local = createMcpExpressApp({ host: "localhost" });
// ruleid: MCP-274
const exposed = createMcpExpressApp({ host: "0.0.0.0" });
// ruleid: MCP-274
const envHost = createMcpExpressApp({ host: process.env.HOST ?? "::" });
// ok: MCP-274 -- non-loopback host with an allow-list
const listed = createMcpExpressApp({ host: "0.0.0.0", allowedHosts: ["mcp.example.com"] });
// ok: MCP-274 -- host unknown here
const configured = createMcpExpressApp({ host: config.host });

app.post("/mcp", async (req, res) => {
  // ok: MCP-274 -- the app validates Host
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await transport.handleRequest(req, res, req.body);
});
