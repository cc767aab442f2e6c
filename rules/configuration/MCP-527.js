// Fixture for MCP-527 in JavaScript: the consent page is a named handler.
const express = require("express");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const app = express();
const server = new McpServer({ name: "proxy", version: "1.0.0" });

// ruleid: MCP-527
function renderConsent(req, res) {
  res.send(`<h1>Approve ${req.query.client_id}?</h1><form method="post" action="/authorize"></form>`);
}

// ok: MCP-527 -- no HTML
function authorizeJson(req, res) {
  res.json({ redirect_uri: req.query.redirect_uri });
}

app.get("/consent", renderConsent);
module.exports = { app, server, authorizeJson };
