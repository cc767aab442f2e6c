// Fixture for MCP-212 in CommonJS: a low-level resources/read handler.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { ReadResourceRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fs = require("fs/promises");
const path = require("path");

const ROOT = "/srv/files";
const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { resources: {} } });

async function resolveInside(uri) {
  const real = await fs.realpath(path.join(ROOT, new URL(uri).pathname));
  if (path.relative(ROOT, real).startsWith("..")) {
    throw new Error("outside the root");
  }
  return real;
}

server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
  const { uri } = request.params;
  if (uri.startsWith("file://")) {
    const rel = uri.slice("file://".length);
    // ruleid: MCP-212
    const text = await fs.readFile(path.join(ROOT, rel), "utf8");
    return { contents: [{ uri, text }] };
  }
  if (uri.startsWith("safe://")) {
    const real = await resolveInside(uri);
    // deepok: MCP-212 -- realpath and path.relative in the helper (deep mode)
    const text = await fs.readFile(real, "utf8");
    return { contents: [{ uri, text }] };
  }
  // ok: MCP-212 -- constant path
  const index = await fs.readFile(path.join(ROOT, "index.json"), "utf8");
  return { contents: [{ uri, text: index }] };
});
