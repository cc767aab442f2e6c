// Fixture for MCP-502: a shared server object in code that is not MCP.
const express = require("express");

const server = new Server({ name: "cache" });
const app = express();
app.post("/cache", async (req, res) => {
  // ok: MCP-502 -- not an MCP-context file
  await server.connect(req.body.dsn);
  res.end();
});
