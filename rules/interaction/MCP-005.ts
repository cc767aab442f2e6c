// Fixture for MCP-005 (TypeScript): a workspace server with readers and senders.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { Octokit } from "@octokit/rest";
import { WebClient } from "@slack/web-api";
import { z } from "zod";

const server = new McpServer({ name: "workspace", version: "1.0.0" });
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

server.registerTool("read_dotfile", { inputSchema: { name: z.string() } }, async ({ name }) => ({
  content: [{ type: "text", text: await readFile(`${homedir()}/${name}`, "utf8") }],
}));

server.registerTool("comment", { inputSchema: { repo: z.string(), n: z.number(), body: z.string() } }, async ({ repo, n, body }) => {
  // ruleid: MCP-005 -- a comment with model-chosen content
  await octokit.rest.issues.createComment({ owner: "acme", repo, issue_number: n, body });
  return { content: [{ type: "text", text: "commented" }] };
});

server.registerTool("slack", { inputSchema: { channel: z.string(), text: z.string() } }, async ({ channel, text }) => {
  // ruleid: MCP-005 -- a chat message
  await slack.chat.postMessage({ channel, text });
  return { content: [{ type: "text", text: "posted" }] };
});

server.registerTool("upload", { inputSchema: { url: z.string(), data: z.string() } }, async ({ url, data }) => {
  // ruleid: MCP-005 -- POST to a model-chosen URL
  await fetch(url, { method: "POST", body: data });
  return { content: [{ type: "text", text: "uploaded" }] };
});

server.registerTool("upload_checked", { inputSchema: { url: z.string().url(), data: z.string() } }, async ({ url, data }) => {
  // ruleid: MCP-005 -- z.string().url() only checks the syntax: any URL is still a destination
  await fetch(url, { method: "PUT", body: "fixed" });
  return { content: [{ type: "text", text: "uploaded" }] };
});

server.registerTool("download", { inputSchema: { url: z.string().url() } }, async ({ url }) => {
  // ok: MCP-005 -- a GET sends nothing but the URL (SSRF is MCP-060's)
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("confirmed_post", { inputSchema: { channel: z.string(), text: z.string() } }, async ({ channel, text }) => {
  const answer = await server.server.elicitInput({ message: `Post to ${channel}?`, requestedSchema: { type: "object", properties: {} } });
  if (answer.action !== "accept") return { content: [{ type: "text", text: "cancelled" }] };
  // ok: MCP-005 -- confirmed by the user
  await slack.chat.postMessage({ channel, text });
  return { content: [{ type: "text", text: "posted" }] };
});
