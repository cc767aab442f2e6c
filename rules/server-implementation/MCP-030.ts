// Fixture for MCP-030: credentials in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Stripe from "stripe";
import OpenAI from "openai";

const server = new McpServer({ name: "billing", version: "1.0.0" });
// ruleid: MCP-030
const stripe = new Stripe("sk_live_51HxQ2bC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4z");
// ok: MCP-030
const stripe2 = new Stripe(process.env.STRIPE_SECRET_KEY!);
// ok: MCP-030 -- placeholder
const openai = new OpenAI({ apiKey: "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
const config = {
  // ruleid: MCP-030
  clientSecret: "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49",
  // ok: MCP-030 -- a reference resolved by the host
  apiKey: "${env:OPENAI_API_KEY}",
  // ok: MCP-030 -- an environment-variable name
  tokenEnvVar: "GITHUB_TOKEN",
  // ok: MCP-030 -- a plain word
  password: "required",
};

class Upstream {
  // ruleid: MCP-030
  private accessToken = "ya29.a0AfB_byC3dE4fG5hI6jK7lM8nO9pQ0";
  constructor(private readonly client = new OpenAI()) {}
}

export function googleKey() {
  // ruleid: MCP-030
  return "AIzaSyD4f7Gh2Jk9Lm3Np5Qr8St1Uv6Wx0Yz2Ab4C";
}

// ok: MCP-030 -- a PEM header used to check a format, no key material
const isPem = (s: string) => s.indexOf("-----BEGIN PRIVATE KEY-----") === 0;
// ok: MCP-030 -- a public analytics project key, meant to ship in clients
const POSTHOG_PROJECT_API_KEY = "phc_lyTtbYwvkdSbrcMQNPiKiiRWrrM1seyKIMjycSvItEI";
// ok: MCP-030 -- a CSS class, not a key
const spinner = "sk-loading-spinner-wrapper";
