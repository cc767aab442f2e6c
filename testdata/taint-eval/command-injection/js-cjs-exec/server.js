const cp = require("child_process");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");
const server = new McpServer({ name: "eval", version: "1.0.0" });

server.tool("t", { arg: z.string() }, async ({ arg }) => {
  cp.exec("echo " + arg, () => {});
  return { content: [{ type: "text", text: "ok" }] };
});
