// Fixture for MCP-277: the same middleware in a server that mounts the SDK's
// metadata router.
import express from "express";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { mcpAuthMetadataRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";

const app = express();
app.use(mcpAuthMetadataRouter({ oauthMetadata, resourceServerUrl: new URL("https://crm.example.com/mcp") }));
// ok: MCP-277
app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["mcp"] }), handle);

declare const oauthMetadata: any;
declare const verifier: any;
declare function handle(req: any, res: any): void;
