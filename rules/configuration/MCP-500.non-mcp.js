// Fixture for MCP-500: a public API that is not MCP code.
const cors = require("cors");
const express = require("express");

const app = express();
// ok: MCP-500 -- not an MCP-context file
app.use(cors());
module.exports = app;
