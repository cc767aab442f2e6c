// Fixture for MCP-274: SDK v2 handler behind the Host/Origin validators.
import {
  createMcpHandler,
  hostHeaderValidationResponse,
  localhostAllowedHostnames,
  localhostAllowedOrigins,
  McpServer,
  originValidationResponse,
} from "@modelcontextprotocol/server";

// ok: MCP-274 -- validated in front of the handler
const mcp = createMcpHandler(() => new McpServer({ name: "notes", version: "2.0.0" }));

export default {
  async fetch(request: Request): Promise<Response> {
    return (
      hostHeaderValidationResponse(request, localhostAllowedHostnames()) ??
      originValidationResponse(request, localhostAllowedOrigins()) ??
      mcp.fetch(request)
    );
  },
};
