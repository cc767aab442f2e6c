// Fixture for MCP-263: an Express OAuth proxy in front of an MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import express from "express";

const app = express();
const server = new McpServer({ name: "proxy", version: "1.0.0" });
const cookieOptions = { secure: true, httpOnly: true, sameSite: "lax" as const, path: "/" };

app.post("/consent", (req, res) => {
  // ruleid: MCP-263
  res.cookie("consent", sign(req.body.client_id));
  // ok: MCP-263
  res.cookie("__Host-consent", sign(req.body.client_id), { secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  // ok: MCP-263 -- options through a constant
  res.cookie("__Host-oauth_state", req.body.state, cookieOptions);
  // ruleid: MCP-263
  res.cookie("__Host-session", "s", { secure: true, httpOnly: false, sameSite: "strict", path: "/" });
  // ok: MCP-263 -- not a consent, OAuth or session cookie
  res.cookie("locale", "en");
  res.redirect(upstreamAuthorizeUrl(req.body.client_id, req.body.redirect_uri));
});

function sign(v: string) { return v; }
function upstreamAuthorizeUrl(clientId: string, redirectUri: string) { return `https://idp.example.com/authorize?client_id=${clientId}`; }
