// Fixture for MCP-052: an Express app that is not MCP code.
import express from "express";

const app = express();
// ok: MCP-052 -- not an MCP-context file
app.listen(3000);
// ok: MCP-052 -- not an MCP-context file
const agentOptions = { rejectUnauthorized: false };
