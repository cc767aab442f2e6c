// Fixture for MCP-204 (TypeScript): an auth router advertising more than the tools use.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { z } from "zod";

const app = express();
const server = new McpServer({ name: "calendar", version: "1.0.0" });

app.use(mcpAuthRouter({
  provider,
  issuerUrl: new URL("https://auth.example.com"),
  scopesSupported: [
    // ruleid: MCP-204 -- never checked
    "calendar:read",
    // ruleid: MCP-204 -- never checked; write access for a read-only server
    "calendar:write",
    // ok: MCP-204 -- an OpenID identity scope
    "openid",
    // ok: MCP-204 -- an OpenID identity scope
    "profile",
  ],
}));

server.registerTool("events", { inputSchema: { day: z.string() } }, async ({ day }) => ({
  content: [{ type: "text", text: `no events on ${day}` }],
}));
