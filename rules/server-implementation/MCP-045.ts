// Fixture for MCP-045 (TypeScript): Prisma, pg and Mongoose behind bearer auth.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { PrismaClient } from "@prisma/client";
import { Pool } from "pg";
import { z } from "zod";

const prisma = new PrismaClient();
const pool = new Pool();
const server = new McpServer({ name: "projects", version: "1.0.0" });
export const bearer = requireBearerAuth({ verifier: { verifyAccessToken } });

async function loadProject(id: string) {
  // ruleid: MCP-045 -- reached from get_project (deep mode)
  return prisma.project.findUnique({ where: { id } });
}

server.registerTool("get_project", { inputSchema: { id: z.string() } }, async ({ id }) => {
  const p = await loadProject(id);
  return { content: [{ type: "text", text: JSON.stringify(p) }] };
});

server.registerTool("archive_task", { inputSchema: { taskId: z.number() } }, async ({ taskId }) => {
  // ruleid: MCP-045 -- SQL by the caller's key (a number is still a key)
  await pool.query("UPDATE tasks SET archived = true WHERE id = $1", [taskId]);
  return { content: [{ type: "text", text: "archived" }] };
});

server.registerTool("my_project", { inputSchema: { id: z.string() } }, async ({ id }, extra) => {
  // ok: MCP-045 -- scoped to the caller
  const p = await prisma.project.findFirst({ where: { id, ownerId: extra.authInfo?.clientId } });
  return { content: [{ type: "text", text: JSON.stringify(p) }] };
});

server.registerTool("public_templates", {}, async () => {
  // ok: MCP-045 -- no caller-chosen key
  const rows = await pool.query("SELECT * FROM templates WHERE public = true");
  return { content: [{ type: "text", text: JSON.stringify(rows.rows) }] };
});

declare function verifyAccessToken(t: string): Promise<any>;
