// Fixture for MCP-003 in CommonJS with the low-level Server API.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fs = require("fs");
const fsp = require("fs/promises");
const fse = require("fs-extra");
const path = require("path");

const ROOT = "/srv/docs";
const server = new Server({ name: "docs", version: "1.0.0" }, { capabilities: { tools: {} } });

function docPath(name) {
  return path.join(ROOT, name);
}

async function readChecked(name) {
  const real = await fsp.realpath(docPath(name));
  if (!real.startsWith(`${ROOT}/`)) {
    throw new Error("outside the docs folder");
  }
  return fsp.readFile(real, "utf8");
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === "read_doc") {
    // ruleid: MCP-003
    const text = await fsp.readFile(docPath(args.file), "utf8");
    return { content: [{ type: "text", text }] };
  }
  if (name === "delete_doc") {
    // ruleid: MCP-003
    fse.removeSync(path.join(ROOT, request.params.arguments.file));
    return { content: [{ type: "text", text: "deleted" }] };
  }
  if (name === "rename_doc") {
    // ruleid: MCP-003
    fs.renameSync(docPath(args.from), docPath(args.to));
    return { content: [{ type: "text", text: "renamed" }] };
  }
  if (name === "stream_doc") {
    // ruleid: MCP-003
    const stream = fs.createReadStream(path.resolve(ROOT, args.file));
    stream.pipe(process.stderr);
  }
  if (name === "read_checked") {
    // ok: MCP-003 -- the helper resolves and contains the path
    const text = await readChecked(args.file);
    return { content: [{ type: "text", text }] };
  }
  if (name === "read_index") {
    // ok: MCP-003 -- constant path
    const text = fs.readFileSync(path.join(ROOT, "index.md"), "utf8");
    return { content: [{ type: "text", text }] };
  }
  if (name === "read_attachment") {
    // ok: MCP-003 -- basename cannot leave the folder
    const text = fs.readFileSync(path.join(ROOT, "attachments", path.basename(args.file)), "utf8");
    return { content: [{ type: "text", text }] };
  }
  // ok: MCP-003 -- the tool name is compared, not used as a path
  fs.appendFileSync("/var/log/docs-mcp.log", `${name}\n`);
  return { content: [{ type: "text", text: "unknown tool" }] };
});
