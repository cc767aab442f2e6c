// Fixture for MCP-082: weak randomness for credentials in a TS MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { randomBytes, randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { nanoid } from "nanoid";

const server = new McpServer({ name: "accounts", version: "1.0.0" });

function generateToken(): string {
  // ruleid: MCP-082
  return Math.random().toString(36).substring(2);
}

function getTokenExpiry(expiresIn: number): number {
  // ok: MCP-082 -- an expiry time, not a secret
  return Date.now() + expiresIn * 1000;
}

async function storeTokens(accessToken: string, expiresIn: number) {
  // ok: MCP-082 -- an object holding a received token and its expiry
  const storedToken = { value: accessToken, expiry: new Date(Date.now() + expiresIn * 1000).toISOString() };
  return storedToken;
}

function generateRequestId(): string {
  // ok: MCP-082 -- not a security value
  return Math.random().toString(36).substring(2);
}

class CodeStore {
  // ruleid: MCP-082
  private authCode = String(Math.floor(Math.random() * 1e6));
  // ok: MCP-082
  private signingKey = randomBytes(32).toString("hex");
}

server.registerTool("invite", {}, async () => {
  // ruleid: MCP-082
  const inviteCode = Date.now().toString(36);
  // ruleid: MCP-082
  const record = { token: `${Date.now()}-${Math.random()}`, createdAt: Date.now() };
  // ok: MCP-082
  const apiKey = randomUUID();
  // ok: MCP-082
  const otp = nanoid(8);
  // ok: MCP-082 -- a timestamp, not a secret
  const createdAt = Date.now();
  // ok: MCP-082 -- a signed token
  const accessToken = jwt.sign({ iat: Date.now() }, apiKey);
  // ok: MCP-082 -- the session ID is MCP-267's
  const sessionToken = Math.random().toString(36);
  return { content: [{ type: "text", text: JSON.stringify({ inviteCode, record, apiKey, otp, createdAt, accessToken, sessionToken, store: new CodeStore() }) }] };
});
