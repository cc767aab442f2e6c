// Fixture for MCP-202: secrets reaching tool results, logs and MCP log notifications (TypeScript).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createHash } from "node:crypto";
import { Octokit } from "@octokit/rest";
import pino from "pino";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });
const logger = pino();
const GITHUB_TOKEN = process.env.GITHUB_TOKEN ?? "";
const API_KEY = process.env["OPENAI_API_KEY"];
const REGION = process.env.AWS_REGION;
const octokit = new Octokit({ auth: GITHUB_TOKEN });

function configSnapshot() {
  return { region: REGION, dbPassword: process.env.DB_PASSWORD };
}

function redact(value: string | undefined): string {
  return value ? value.slice(0, 2) + "…" : "";
}

server.registerTool("debug_config", { description: "Show the configuration" }, async () => {
  // ruleid: MCP-202 -- a secret env var in the tool result
  return { content: [{ type: "text", text: `key=${API_KEY}` }] };
});

server.registerTool("settings", {}, async () => {
  const snap = configSnapshot();
  // ruleid: MCP-202 -- read in a helper (deep mode)
  return { content: [{ type: "text", text: JSON.stringify(snap) }] };
});

server.registerTool("env", {}, async () => {
  // ruleid: MCP-202 -- the whole environment
  return { content: [{ type: "text", text: JSON.stringify(process.env, null, 2) }] };
});

server.registerTool(
  "list_issues",
  { inputSchema: { repo: z.string() } },
  async ({ repo }, extra) => {
    // ruleid: MCP-202 -- logged
    console.error(`listing ${repo} with ${GITHUB_TOKEN}`);
    // ruleid: MCP-202 -- a pino log
    logger.info({ token: GITHUB_TOKEN }, "calling GitHub");
    // ruleid: MCP-202 -- the caller's bearer token
    console.log("caller token", extra.authInfo?.token);
    // ruleid: MCP-202 -- an MCP log notification goes to the client
    await server.server.sendLoggingMessage({ level: "debug", data: `key ${API_KEY}` });
    // ok: MCP-202 -- presence only
    console.error("token set:", Boolean(GITHUB_TOKEN));
    // ok: MCP-202 -- presence only
    console.error("token set:", GITHUB_TOKEN ? "yes" : "no");
    // ok: MCP-202 -- redacted
    console.error("token:", redact(GITHUB_TOKEN));
    // ok: MCP-202 -- a fingerprint
    console.error("token sha:", createHash("sha256").update(GITHUB_TOKEN).digest("hex").slice(0, 8));
    // ok: MCP-202 -- not a secret
    console.error("region:", REGION);
    // ok: MCP-202 -- the client id of the caller is not a secret
    console.error("client:", extra.authInfo?.clientId);
    const { data } = await octokit.rest.issues.listForRepo({ owner: "acme", repo });
    // ok: MCP-202 -- API data fetched with the token
    return { content: [{ type: "text", text: data.map((i) => i.title).join("\n") }] };
  },
);

server.registerTool("proxy", { inputSchema: { path: z.string() } }, async ({ path }) => {
  const res = await fetch(`https://api.example.com/${path}`, { headers: { Authorization: `Bearer ${API_KEY}` } });
  // ok: MCP-202 -- the response body
  return { content: [{ type: "text", text: await res.text() }] };
});

server.registerTool("login", { inputSchema: { code: z.string() } }, async ({ code }) => {
  const res = await fetch("https://auth.example.com/token", { method: "POST", body: new URLSearchParams({ code }) });
  const tokens = await res.json();
  // ruleid: MCP-202 -- an OAuth access token in the result
  return { content: [{ type: "text", text: `access token: ${tokens.access_token}` }] };
});

async function loadConfig() {
  return { region: REGION, key: API_KEY };
}

export async function warmUp() {
  await loadConfig().catch((err) => {
    // todook: MCP-202 -- the error callback of a call whose result holds the key is bound to that result (engine: callbacks take the receiver's taint)
    console.error("config failed", err);
  });
}

export function unused(v: string) {
  // ok: MCP-202 -- a parameter, not a secret
  console.log(v);
}
