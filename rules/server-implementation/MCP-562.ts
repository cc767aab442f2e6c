// Fixture for MCP-562: archive tools in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import AdmZip from "adm-zip";
import fs from "node:fs";
import path from "node:path";
import * as tar from "tar";
import yauzl from "yauzl";
import { z } from "zod";

const server = new McpServer({ name: "workspace", version: "1.0.0" });
const ROOT = "/srv/workspace";

server.registerTool("unpack_zip", { inputSchema: { zipPath: z.string() } }, async ({ zipPath }) => {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    // ruleid: MCP-562
    const target = path.join(ROOT, entry.entryName);
    fs.writeFileSync(target, entry.getData());
  }
  // ok: MCP-562 -- adm-zip sanitises entry names in extractAllTo
  zip.extractAllTo(ROOT, true);
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("unpack_yauzl", { inputSchema: { zipPath: z.string() } }, async ({ zipPath }) => {
  yauzl.open(zipPath, { lazyEntries: true }, (err, zipfile) => {
    zipfile.readEntry();
    zipfile.on("entry", (entry) => {
      // ruleid: MCP-562
      const out = path.resolve(ROOT, entry.fileName);
      zipfile.openReadStream(entry, (e, stream) => stream.pipe(fs.createWriteStream(out)));
    });
  });
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("unpack_checked", { inputSchema: { zipPath: z.string() } }, async ({ zipPath }) => {
  for (const entry of new AdmZip(zipPath).getEntries()) {
    // ok: MCP-562 -- checked with path.relative
    const target = path.join(ROOT, entry.entryName);
    const rel = path.relative(ROOT, target);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("unsafe entry");
    fs.writeFileSync(target, entry.getData());
  }
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("unpack_tar", { inputSchema: { file: z.string() } }, async ({ file }) => {
  // ruleid: MCP-562
  await tar.x({ file, cwd: ROOT, preservePaths: true });
  // ok: MCP-562 -- node-tar strips .. and absolute paths by default
  await tar.x({ file, cwd: ROOT });
  // ok: MCP-562 -- joining a constant, not an entry name
  const logDir = path.join(ROOT, "logs");
  return { content: [{ type: "text", text: logDir }] };
});
