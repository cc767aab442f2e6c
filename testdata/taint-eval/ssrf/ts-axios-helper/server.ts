import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
const server = new McpServer({ name: "eval", version: "1.0.0" });

async function getJson(target: string) {
  const res = await axios.get(target);
  return res.data;
}
server.registerTool("t", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  return { content: [{ type: "text", text: JSON.stringify(await getJson(url)) }] };
});
