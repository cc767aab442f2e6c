// Fixture for MCP-268: a local dev server with tools of another kind, not MCP code.
const { SSEServerTransport } = require("./dev/sse");

registry.registerTool("build", build);
// ok: MCP-268 -- not an MCP-context file
const transport = new SSEServerTransport("/events", res);
app.listen(8080, "127.0.0.1");
