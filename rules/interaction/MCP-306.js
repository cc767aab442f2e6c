// Fixture for MCP-306 in JavaScript.
const express = require("express");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const app = express();
const server = new McpServer({ name: "files", version: "1.0.0" });

function audit(req, res, next) {
  // ruleid: MCP-306
  console.info("auth", req.headers["authorization"]);
  next();
}

function auditSafe(req, res, next) {
  // ok: MCP-306
  console.info("path", req.path);
  next();
}

app.use(audit);
app.use(auditSafe);
module.exports = { app, server };
