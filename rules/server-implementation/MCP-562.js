// Fixture for MCP-562 in CommonJS with tar-stream.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const fs = require("fs");
const path = require("path");
const tarStream = require("tar-stream");
const { z } = require("zod");

const server = new McpServer({ name: "backup", version: "1.0.0" });

server.tool("restore", { archive: z.string() }, async ({ archive }) => {
  const extract = tarStream.extract();
  extract.on("entry", (header, stream, next) => {
    // ruleid: MCP-562
    const dest = path.join("/srv/restore", header.name);
    stream.pipe(fs.createWriteStream(dest)).on("finish", next);
  });
  fs.createReadStream(archive).pipe(extract);
  // ok: MCP-562 -- a constant path
  const marker = path.join("/srv/restore", ".restored");
  fs.writeFileSync(marker, "1");
  return { content: [{ type: "text", text: "restoring" }] };
});

module.exports = { server };
