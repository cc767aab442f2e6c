// Fixture for MCP-200: tool annotations in a TypeScript server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });

// ruleid: MCP-200
server.registerTool("delete_file", { description: "Delete a file", inputSchema: { path: z.string() } }, async ({ path }) => {
  await rm(path);
  return { content: [{ type: "text", text: "deleted" }] };
});

// ok: MCP-200
server.registerTool("delete_note", { inputSchema: { id: z.string() }, annotations: { destructiveHint: true } }, async ({ id }) => {
  await rm(`/srv/notes/${id}.md`);
  return { content: [{ type: "text", text: "deleted" }] };
});

// ruleid: MCP-200 -- the deprecated tool() with an annotations object
server.tool("removeUser", "Remove a user", { id: z.string() }, { destructiveHint: false }, async ({ id }) => ({
  content: [{ type: "text", text: id }],
}));

// ok: MCP-200 -- deprecated tool() declaring the hint
server.tool("remove_label", "Remove a label", { id: z.string() }, { destructiveHint: true }, async ({ id }) => ({
  content: [{ type: "text", text: id }],
}));

// ruleid: MCP-200 -- read-only claim, writes a file
server.registerTool("save_settings", { inputSchema: { json: z.string() }, annotations: { readOnlyHint: true } }, async ({ json }) => {
  await writeFile("/srv/app/settings.json", json);
  return { content: [{ type: "text", text: "saved" }] };
});

// ok: MCP-200 -- read-only and reads
server.registerTool("show_settings", { inputSchema: {}, annotations: { readOnlyHint: true } }, async () => ({
  content: [{ type: "text", text: JSON.stringify(settings) }],
}));

// ok: MCP-200 -- both hints declared
server.registerTool("remove_tag", { inputSchema: { tag: z.string() }, annotations: { readOnlyHint: false, destructiveHint: true } }, async ({ tag }) => ({
  content: [{ type: "text", text: tag }],
}));

// ok: MCP-200 -- read-only, writes only to the temporary directory
server.registerTool("render_preview", { inputSchema: { md: z.string() }, annotations: { readOnlyHint: true } }, async ({ md }) => {
  await writeFile(`${os.tmpdir()}/preview.md`, md);
  return { content: [{ type: "text", text: "rendered" }] };
});

// ruleid: MCP-200 -- closed world, but it fetches
server.registerTool("fetch_url", { inputSchema: { url: z.string() }, annotations: { openWorldHint: false } }, async ({ url }) => {
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});
