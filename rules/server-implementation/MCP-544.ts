// Fixture for MCP-544: an HTTP proxy and an MCP tool starting stdio servers (TypeScript).
import express from "express";
import { readFileSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const app = express();
app.use(express.json());
const CONFIG_PATH = `${process.env.HOME}/.cursor/mcp.json`;
const SERVERS: Record<string, { command: string; args: string[] }> = {
  git: { command: "uvx", args: ["mcp-server-git"] },
  time: { command: "uvx", args: ["mcp-server-time"] },
};
const ALLOWED = new Set(["uvx", "npx"]);

async function listTools(command: string, args: string[]) {
  // ruleid: MCP-544 -- reached from the routes and tools below (deep mode)
  const transport = new StdioClientTransport({ command, args });
  const client = new Client({ name: "hub", version: "1.0.0" });
  await client.connect(transport);
  return client.listTools();
}

app.get("/sse", async (req, res) => {
  // ruleid: MCP-544
  const transport = new StdioClientTransport({ command: String(req.query.command), args: req.query.args as string[], env: process.env as Record<string, string> });
  const client = new Client({ name: "inspector", version: "1.0.0" });
  await client.connect(transport);
  res.json(await client.listTools());
});

app.post("/probe", async (req, res) => {
  const { command, args } = req.body;
  res.json(await listTools(command, args ?? []));
});

const server = new McpServer({ name: "hub", version: "1.0.0" });

server.registerTool("install", { inputSchema: { name: z.string(), command: z.string(), args: z.array(z.string()) } }, async ({ name, command, args }) => {
  const config = JSON.parse(readFileSync(CONFIG_PATH, "utf8"));
  config.mcpServers[name] = { command, args };
  // ruleid: MCP-544 -- persisted into the client configuration
  writeFileSync(CONFIG_PATH, JSON.stringify(config, null, 2));
  return { content: [{ type: "text", text: "installed" }] };
});

server.registerTool("try_server", { inputSchema: { command: z.string() } }, async ({ command }) => {
  const tools = await listTools(command, []);
  return { content: [{ type: "text", text: JSON.stringify(tools) }] };
});

// ---- must not fire ---------------------------------------------------------

app.get("/known", async (req, res) => {
  const def = SERVERS[String(req.query.server)];
  if (!def) {
    res.status(404).end();
    return;
  }
  // ok: MCP-544 -- looked up by name in a constant table
  const transport = new StdioClientTransport({ command: def.command, args: def.args });
  const client = new Client({ name: "hub", version: "1.0.0" });
  await client.connect(transport);
  res.json(await client.listTools());
});

app.get("/allowed", async (req, res) => {
  const command = String(req.query.command);
  if (!ALLOWED.has(command)) {
    res.status(403).end();
    return;
  }
  // ok: MCP-544 -- allow-listed
  const transport = new StdioClientTransport({ command, args: ["mcp-server-time"] });
  await new Client({ name: "hub", version: "1.0.0" }).connect(transport);
  res.json({ ok: true });
});

server.registerTool("time", {}, async () => {
  // ok: MCP-544 -- constant definition
  const transport = new StdioClientTransport({ command: "uvx", args: ["mcp-server-time"] });
  await new Client({ name: "hub", version: "1.0.0" }).connect(transport);
  return { content: [{ type: "text", text: "connected" }] };
});

server.registerTool("note", { inputSchema: { text: z.string() } }, async ({ text }) => {
  // ok: MCP-544 -- data written to a file that is not a client configuration
  writeFileSync("/tmp/note.txt", text);
  return { content: [{ type: "text", text: "saved" }] };
});
