// Fixture for MCP-526 in JavaScript.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const express = require("express");

const app = express();
const server = new McpServer({ name: "files", version: "1.0.0" });

app.get("/authorize", (req, res) => {
  const { client_id, redirect_uri } = req.query;
  // ruleid: MCP-526
  res.send(`<form method="post"><p>Continue to ${redirect_uri}?</p><input type="hidden" name="client_id" value="${client_id}"></form>`);
});

app.get("/authorize/ok", (req, res) => {
  // ok: MCP-526
  res.send(`<p>Continue to ${encodeURIComponent(String(req.query.redirect_uri))}</p>`);
});

module.exports = { app, server };
