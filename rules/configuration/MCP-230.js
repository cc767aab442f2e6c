// Fixture for MCP-230 in CommonJS: an Express MCP server with a hand-written
// bearer check.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const jwt = require("jsonwebtoken");

const server = new McpServer({ name: "files", version: "1.0.0" });
const PUBLIC_KEY = process.env.ISSUER_PUBLIC_KEY;

function authenticate(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  // ruleid: MCP-230
  const claims = jwt.decode(token);
  if (!claims) return res.status(401).end();
  req.auth = { token, clientId: claims.client_id, scopes: claims.scope.split(" ") };
  next();
}

function authenticateSafely(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    // ok: MCP-230
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "https://files-mcp.example.com/mcp" });
    req.auth = { token, clientId: claims.client_id, scopes: claims.scope.split(" ") };
    next();
  } catch {
    res.status(401).end();
  }
}

function debugHeader(token) {
  // ok: MCP-230 -- no auth decision: the claims are only shown
  const claims = jwt.decode(token);
  return JSON.stringify(claims, null, 2);
}

module.exports = { server, authenticate, authenticateSafely, debugHeader };
