// Fixture for MCP-522: an Express MCP server authenticating from the query.
import express, { Request, Response, NextFunction } from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const app = express();

function auth(req: Request, res: Response, next: NextFunction) {
  // ruleid: MCP-522
  const token = req.query.token as string;
  // ruleid: MCP-522
  const key = req.query["api_key"];
  // ruleid: MCP-522
  const { access_token } = req.query;
  // ok: MCP-522 -- the header
  const bearer = req.headers.authorization;
  // ok: MCP-522 -- a pagination cursor
  const cursor = req.query.cursor;
  // ok: MCP-522 -- destructuring harmless parameters
  const { limit, offset } = req.query;
  if (!token && !key && !access_token && !bearer) return res.sendStatus(401);
  return next([cursor, limit, offset]);
}

export function fromUrl(raw: string) {
  const url = new URL(raw);
  // ruleid: MCP-522
  const token = url.searchParams.get("token");
  // ok: MCP-522 -- an OAuth authorization code, not an access token
  const code = url.searchParams.get("code");
  return [token, code];
}

export function connect(key: string) {
  // ruleid: MCP-522
  const t = new StreamableHTTPClientTransport(new URL(`https://tools.example.com/mcp?token=${key}`));
  // ok: MCP-522 -- the token in a header
  const h = new StreamableHTTPClientTransport(new URL("https://tools.example.com/mcp"), { requestInit: { headers: { Authorization: `Bearer ${key}` } } });
  return [t, h];
}

app.post("/mcp", auth, async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await transport.handleRequest(req, res, req.body);
});
