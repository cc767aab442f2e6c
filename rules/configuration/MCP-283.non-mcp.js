// Fixture for MCP-283: a plugin registry with auth, not MCP code.
const { requireBearerAuth } = require("./auth");

app.use(requireBearerAuth());
// ok: MCP-283 -- not an MCP-context file
registry.registerTool("deploy", {}, async () => deploy());
