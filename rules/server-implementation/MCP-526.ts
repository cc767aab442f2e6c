// Fixture for MCP-526: consent and callback pages of a TypeScript MCP OAuth server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import escapeHtml from "escape-html";
import express from "express";
import { Hono } from "hono";
import { html } from "hono/html";

const app = express();
const hono = new Hono();
const server = new McpServer({ name: "crm", version: "1.0.0" });

app.get("/consent", async (req, res) => {
  const client = await clients.getClient(String(req.query.client_id));
  // ruleid: MCP-526
  res.send(`<h1>${client.client_name} wants access</h1><p>${req.query.scope}</p>`);
});

app.get("/consent-safe", async (req, res) => {
  const client = await clients.getClient(String(req.query.client_id));
  // ok: MCP-526
  res.send(`<h1>${escapeHtml(client.client_name ?? "")} wants access</h1>`);
});

app.get("/callback", (req, res) => {
  // ruleid: MCP-526
  res.send("<p>Error: " + req.query.error_description + "</p>");
});

hono.get("/authorize", async (c) => {
  const clientName = c.req.query("client_name");
  // ok: MCP-526 -- hono's html tagged template escapes
  return c.html(html`<h1>${clientName} wants access</h1>`);
});

hono.get("/authorize/error", (c) => {
  const state = c.req.query("state");
  // ruleid: MCP-526
  return c.html(`<p>Invalid state ${state}</p>`);
});

app.get("/callback/error", (req, res) => {
  const error = String(req.query.error ?? "");
  // ok: MCP-526 -- escaped by a local helper
  res.send(`<p>Error: ${escHtml(error)}</p>`);
});

app.get("/register/done", async (_req, res) => {
  try {
    await clients.getClient("x");
  } catch (error) {
    // ok: MCP-526 -- an internal error message, not request data
    res.status(500).send(`<p>Failed: ${error instanceof Error ? error.message : "unknown"}</p>`);
  }
});

app.get("/status", (_req, res) => {
  // ok: MCP-526 -- no request or client data
  res.send(`<p>Server ${server.constructor.name} is up</p>`);
});

declare function escHtml(s: string): string;
declare const clients: { getClient(id: string): Promise<any> };
