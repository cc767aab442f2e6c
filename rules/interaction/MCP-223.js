// Fixture for MCP-223: a low-level JavaScript server.
const fs = require("fs");
const { execSync } = require("child_process");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");

const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments;
  if (request.params.name === "echo") {
    // ok: MCP-223 -- tool input echoed back
    return { content: [{ type: "text", text: String(args.message) }] };
  }
  if (request.params.name === "read") {
    const text = fs.readFileSync(String(args.path), "utf8");
    // ruleid: MCP-223 -- a file read at a path the model chose
    return { content: [{ type: "text", text }] };
  }
  if (request.params.name === "read_async") {
    const text = await fs.promises.readFile(String(args.path), "utf8");
    // ruleid: MCP-223 -- fs.promises.readFile
    return { content: [{ type: "text", text }] };
  }
  if (request.params.name === "status") {
    const out = execSync("git status --short").toString();
    // ruleid: MCP-223 -- command output
    return { content: [{ type: "text", text: out }] };
  }
  if (request.params.name === "read_clean") {
    const text = fs.readFileSync(String(args.path), "utf8").replace(/[\u{E0000}-\u{E007F}]/gu, "");
    // ok: MCP-223 -- tag block removed
    return { content: [{ type: "text", text }] };
  }
  // ok: MCP-223 -- a constant
  return { content: [{ type: "text", text: "unknown tool" }] };
});
