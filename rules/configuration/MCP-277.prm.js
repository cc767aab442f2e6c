// Fixture for MCP-277: the middleware points clients at the metadata.
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");

// ok: MCP-277
const withMetadata = requireBearerAuth({ verifier: { verifyAccessToken: check }, resourceMetadataUrl: process.env.PRM_URL });

function deny(res) {
  // ok: MCP-277 -- the project advertises resource_metadata
  res.status(401).set("WWW-Authenticate", `Bearer resource_metadata="${process.env.PRM_URL}"`).end();
}

function check(token) { return lookup(token); }
module.exports = { withMetadata, deny };
