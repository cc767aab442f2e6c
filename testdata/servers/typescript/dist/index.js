import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exchangeCode } from "./auth.js";
const server = new McpServer({ name: "issues", version: "1.4.0" });
await server.connect(new StdioServerTransport());
export { exchangeCode };
