// Fixture for MCP-523 (TypeScript): bearer auth without scope checks.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { z } from "zod";

const app = express();
const server = new McpServer({ name: "ops", version: "1.0.0" });
app.use("/mcp", requireBearerAuth({ verifier: { verifyAccessToken } }));

// ruleid: MCP-523 -- runs a command without a scope check
server.registerTool("deploy", { inputSchema: { env: z.string() } }, async ({ env }) => {
  execFile("./deploy.sh", [env]);
  return { content: [{ type: "text", text: "deploying" }] };
});

// ruleid: MCP-523 -- writes a file
server.tool("save", "Save a note", { name: z.string(), body: z.string() }, async ({ name, body }) => {
  await writeFile(`/srv/notes/${name}`, body);
  return { content: [{ type: "text", text: "saved" }] };
});

// ok: MCP-523 -- checks the scope
server.registerTool("deploy_checked", { inputSchema: { env: z.string() } }, async ({ env }, extra) => {
  if (!extra.authInfo?.scopes.includes("deploy")) throw new Error("missing scope deploy");
  execFile("./deploy.sh", [env]);
  return { content: [{ type: "text", text: "deploying" }] };
});

// ok: MCP-523 -- read-only
server.registerTool("version", {}, async () => ({ content: [{ type: "text", text: "1.0.0" }] }));

app.post("/admin", (req, res) => {
  const scopes: string[] = (req as any).auth?.scopes ?? [];
  if (!scopes.includes("admin")) {
    // ruleid: MCP-523 -- 403 without the scope challenge
    res.status(403).json({ error: "forbidden" });
    return;
  }
  // ruleid: MCP-523 -- 200 with an auth error body
  res.json({ error: "unauthorized" });
});

declare function verifyAccessToken(t: string): Promise<any>;
