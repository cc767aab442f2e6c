// Fixture for MCP-052: a bind-all MCP server that serves TLS itself.
import https from "node:https";
import { readFileSync } from "node:fs";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";

const app = createMcpExpressApp({ host: "0.0.0.0", allowedHosts: ["mcp.example.com"] });
const tlsServer = https.createServer({ key: readFileSync("key.pem"), cert: readFileSync("cert.pem") }, app);
// ok: MCP-052 -- TLS on the same server
tlsServer.listen(8443, "0.0.0.0");
