// Fixture for MCP-522 in CommonJS.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");

function auth(req, res, next) {
  // ruleid: MCP-522
  if (req.query.access_token !== process.env.MCP_TOKEN) return res.status(401).end();
  // ok: MCP-522 -- the header
  if (req.headers["x-api-key"] !== process.env.MCP_TOKEN) return res.status(401).end();
  return next();
}

module.exports = { auth, Server };
