import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

class Runner {
  constructor(private cwd: string) {}
  run(command: string) {
    return execSync(command, { cwd: this.cwd });
  }
}
server.registerTool("t", { inputSchema: { arg: z.string() } }, async ({ arg }) => {
  new Runner("/srv").run("make " + arg);
  return { content: [{ type: "text", text: "ok" }] };
});
