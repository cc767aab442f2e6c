// Fixture for MCP-052: an Express app that is not MCP code.
const express = require("express");

const app = express();
// ok: MCP-052 -- not an MCP-context file
app.listen(8080);
// ok: MCP-052 -- not an MCP-context file
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
