// Fixture for MCP-569: paths confined to configured directories.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const allowedDirectories = process.argv.slice(2).map((d) => path.resolve(d));
const server = new McpServer({ name: "files", version: "1.0.0" });

async function validate(p: string): Promise<string> {
  const real = await fs.realpath(p);
  if (!allowedDirectories.some((dir) => !path.relative(dir, real).startsWith(".."))) throw new Error("denied");
  return real;
}

server.registerTool("read_file", { inputSchema: { path: z.string() } }, async ({ path: p }) => {
  // ok: MCP-569 -- the project confines paths to configured directories
  const text = await fs.readFile(await validate(p), "utf8");
  return { content: [{ type: "text", text }] };
});
