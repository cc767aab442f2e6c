// Fixture for MCP-230: the same code outside MCP context.
const jwt = require("jsonwebtoken");

function authenticate(req) {
  // ok: MCP-230 -- not an MCP-context file
  const claims = jwt.decode(req.headers.authorization);
  return { clientId: claims.client_id, scopes: claims.scope };
}

module.exports = { authenticate };
