// Fixture for MCP-528 in JavaScript.
const { mcpAuthRouter } = require("@modelcontextprotocol/sdk/server/auth/router.js");

const routerOptions = { provider: {}, issuerUrl: new URL("https://files.example.com"), clientRegistrationOptions: { rateLimit: false } };

// ruleid: MCP-528 -- options bound to a name
const open = mcpAuthRouter(routerOptions);
// ok: MCP-528
const limited = mcpAuthRouter({ provider: {}, issuerUrl: new URL("https://files.example.com") });

module.exports = { open, limited };
