// Fixture for MCP-274: SDK v2 packages.
import { createMcpHandler, McpServer } from "@modelcontextprotocol/server";
import { NodeStreamableHTTPServerTransport } from "@modelcontextprotocol/node";

const build = () => new McpServer({ name: "notes", version: "2.0.0" });

// ruleid: MCP-274
export const handler = createMcpHandler(build);

export function perRequest() {
  // ruleid: MCP-274
  return new NodeStreamableHTTPServerTransport({ sessionIdGenerator: undefined });
}
