// Fixture for MCP-047 (TypeScript): an authenticated HTTP server using one service account.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { WebClient } from "@slack/web-api";
import { z } from "zod";

const app = express();
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const server = new McpServer({ name: "slack", version: "1.0.0" });
const NOTION_KEY = process.env.NOTION_API_KEY;

app.post("/mcp", requireBearerAuth({ verifier: { verifyAccessToken } }), async (req, res) => {
  /* transport handling */
});

server.registerTool("post", { inputSchema: { channel: z.string(), text: z.string() } }, async ({ channel, text }) => {
  // ruleid: MCP-047 -- the bot token of the server posts for every caller
  await slack.chat.postMessage({ channel, text });
  return { content: [{ type: "text", text: "posted" }] };
});

server.registerTool("page", { inputSchema: { id: z.string() } }, async ({ id }) => {
  // ruleid: MCP-047 -- the server's API key in a downstream request
  const res = await fetch(`https://api.notion.com/v1/pages/${id}`, { headers: { Authorization: `Bearer ${NOTION_KEY}` } });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("page_as_user", { inputSchema: { id: z.string() } }, async ({ id }, extra) => {
  const token = await exchangeToken(extra.authInfo!.token, "https://api.notion.com");
  // ok: MCP-047 -- a token obtained by token exchange
  const res = await fetch(`https://api.notion.com/v1/pages/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("ping", {}, async () => {
  // ok: MCP-047 -- no credential
  const res = await fetch("https://status.example.com/health");
  return { content: [{ type: "text", text: String(res.status) }] };
});

declare function verifyAccessToken(t: string): Promise<any>;
declare function exchangeToken(subject: string, audience: string): Promise<string>;
