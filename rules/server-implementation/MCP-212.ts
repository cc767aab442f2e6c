// Fixture for MCP-212: resource templates and resources/read URIs used as paths (McpServer, low-level Server).
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ReadResourceRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as fs from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const ROOT = "/srv/docs";
const KNOWN = new Set(["intro.md", "faq.md"]);
const server = new McpServer({ name: "docs", version: "1.0.0" });

function readUnder(base: string, rel: string): string {
  // ruleid: MCP-212 -- reached from the guide template through a helper (deep mode)
  return fs.readFileSync(path.join(base, rel), "utf8");
}

server.resource("doc", new ResourceTemplate("file:///{+path}", { list: undefined }), async (uri, { path: rel }) => {
  // ruleid: MCP-212
  const text = await readFile(path.join(ROOT, String(rel)), "utf8");
  return { contents: [{ uri: uri.href, text }] };
});

server.registerResource(
  "guide",
  new ResourceTemplate("guide://{section}/{name}", { list: undefined }),
  { title: "Guides" },
  async (uri, variables) => {
    const text = readUnder(path.join(ROOT, "guides"), `${variables.section}/${variables.name}`);
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.resource("by-uri", new ResourceTemplate("file:///{+path}", { list: undefined }), async (uri) => {
  // ruleid: MCP-212 -- the URI itself is client-chosen
  const text = await readFile(fileURLToPath(uri), "utf8");
  return { contents: [{ uri: uri.href, text }] };
});

server.registerTool("read_tool", { inputSchema: { file: z.string() } }, async ({ file }) => {
  // ok: MCP-212 -- a tool argument: MCP-003's case
  return { content: [{ type: "text", text: fs.readFileSync(file, "utf8") }] };
});

// ---- must not fire ---------------------------------------------------------

server.resource("checked", new ResourceTemplate("checked:///{+path}", { list: undefined }), async (uri, { path: rel }) => {
  const real = await realpath(path.join(ROOT, String(rel)));
  if (!real.startsWith(ROOT + path.sep)) {
    throw new Error("outside the docs folder");
  }
  // ok: MCP-212 -- realpath, then a separator-aware prefix check
  return { contents: [{ uri: uri.href, text: await readFile(real, "utf8") }] };
});

server.resource("known", new ResourceTemplate("known://{name}", { list: undefined }), async (uri, { name }) => {
  if (!KNOWN.has(String(name))) {
    throw new Error("unknown document");
  }
  // ok: MCP-212 -- allow-listed
  return { contents: [{ uri: uri.href, text: fs.readFileSync(path.join(ROOT, String(name)), "utf8") }] };
});

server.resource("attachment", new ResourceTemplate("att://{name}", { list: undefined }), async (uri, { name }) => {
  // ok: MCP-212 -- basename cannot leave the folder
  const text = await readFile(path.join(ROOT, "att", path.basename(String(name))), "utf8");
  return { contents: [{ uri: uri.href, text }] };
});

server.resource("readme", "docs://readme", async (uri) => {
  // ok: MCP-212 -- a static resource: the path is constant
  return { contents: [{ uri: uri.href, text: await readFile(path.join(ROOT, "README.md"), "utf8") }] };
});

const low = new Server({ name: "docs-low", version: "1.0.0" }, { capabilities: { resources: {} } });
low.setRequestHandler(ReadResourceRequestSchema, async (request) => {
  const url = new URL(request.params.uri);
  if (url.protocol !== "file:") {
    throw new Error("unsupported scheme");
  }
  // ruleid: MCP-212
  const text = fs.readFileSync(decodeURIComponent(url.pathname), "utf8");
  // ok: MCP-212 -- constant path
  fs.appendFileSync("/var/log/docs-reads.log", "read\n");
  return { contents: [{ uri: request.params.uri, text }] };
});
