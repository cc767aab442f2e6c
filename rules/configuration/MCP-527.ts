// Fixture for MCP-527: Express consent pages of an MCP OAuth proxy.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";

const app = express();
app.use(express.urlencoded({ extended: false }));
const server = new McpServer({ name: "proxy", version: "1.0.0" });

// ruleid: MCP-527
app.get("/authorize/consent", (req, res) => {
  res.send(`<form method="post" action="/authorize/consent"><button>Approve ${req.query.client_id}</button></form>`);
});

// ruleid: MCP-527 -- approval without a CSRF check
app.post("/authorize/consent", (req, res) => {
  approve(req.body.client_id);
  res.redirect(upstreamUrl(req.body.client_id));
});

// ok: MCP-527 -- CSRF token compared
app.post("/authorize/consent2", (req, res) => {
  if (req.body.csrf !== req.session.csrf) return res.status(403).end();
  approve(req.body.client_id);
  res.redirect(upstreamUrl(req.body.client_id));
});

// ok: MCP-527 -- JSON API, not a page
app.get("/authorize/status", (_req, res) => {
  res.json({ status: "pending" });
});

declare function approve(id: string): void;
declare function upstreamUrl(id: string): string;
