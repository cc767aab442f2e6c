// Fixture for MCP-520 in JavaScript.
const { requireBearerAuth } = require("@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js");
const { InvalidTokenError } = require("@modelcontextprotocol/sdk/server/auth/errors.js");

const demo = requireBearerAuth({
  verifier: {
    // ruleid: MCP-520
    verifyAccessToken: async function (token) { return { token, clientId: "demo", scopes: ["mcp"], expiresAt: 4102444800 }; },
  },
});

const apiKeys = new Set((process.env.MCP_API_KEYS || "").split(","));
const keyed = requireBearerAuth({
  verifier: {
    // ok: MCP-520
    verifyAccessToken: async (token) => {
      if (!apiKeys.has(token)) throw new InvalidTokenError("invalid API key");
      return { token, clientId: "api-key", scopes: ["mcp"], expiresAt: Math.floor(Date.now() / 1000) + 300 };
    },
  },
});

module.exports = { demo, keyed };
