// Fixture for MCP-500: an OAuth authorization server for MCP clients. It
// serves no MCP endpoint, and its metadata and token endpoints are meant to
// be reachable from browsers.
import cors from "cors";
import express from "express";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";

const app = express();
// ok: MCP-500 -- no MCP endpoint in this file
app.use(cors());
app.use(mcpAuthRouter({ provider, issuerUrl: new URL("https://auth.acme-tools.net") }));
app.listen(9000);
