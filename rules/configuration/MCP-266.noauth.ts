// Fixture for MCP-266: a server without authentication (no user to bind to).
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const transports: Record<string, StreamableHTTPServerTransport> = {};

export async function handle(req: any, res: any) {
  const sessionId = req.headers["mcp-session-id"];
  // ok: MCP-266 -- no authentication in this server
  const transport = transports[sessionId];
  await transport.handleRequest(req, res, req.body);
}
