// Fixture for MCP-277 in JavaScript.
const express = require("express");
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");

const app = express();
// ruleid: MCP-277
const strict = requireBearerAuth({ verifier: { verifyAccessToken: check } });

app.get("/admin", (req, res) => {
  // ok: MCP-277 -- 403, not 401
  res.status(403).json({ error: "insufficient_scope" });
});

function check(token) { return lookup(token); }
module.exports = { app, strict };
