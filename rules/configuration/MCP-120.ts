// Fixture for MCP-120: file modes and scopes in a TS MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mcpAuthRouter } from "@modelcontextprotocol/sdk/server/auth/router.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import fs from "node:fs";
import { chmod } from "node:fs/promises";

const server = new McpServer({ name: "reports", version: "1.0.0" });
const WORLD_WRITABLE = 0o666;

// ruleid: MCP-120
const router = mcpAuthRouter({ provider, issuerUrl: new URL("https://auth.example.com"), scopesSupported: ["*"] });
// ruleid: MCP-120
const bearer = requireBearerAuth({ verifier, requiredScopes: ["full_access"] });
// ok: MCP-120
const bearer2 = requireBearerAuth({ verifier, requiredScopes: ["reports:read"] });
const clientMetadata = {
  redirect_uris: ["http://localhost:8090/callback"],
  // ruleid: MCP-120
  scope: "openid *",
};
// ok: MCP-120
const narrowMetadata = { redirect_uris: ["http://localhost:8090/callback"], scope: "openid profile" };

export async function persist(path: string, data: string) {
  fs.writeFileSync(path, data, { mode: 0o600 });
  // ruleid: MCP-120
  fs.chmodSync(path, 0o777);
  // ruleid: MCP-120
  await chmod(path, WORLD_WRITABLE);
  // ruleid: MCP-120
  fs.chmod(path, "777", () => {});
  // ok: MCP-120
  fs.chmodSync(path, 0o600);
  // ok: MCP-120 -- umask-masked creation mode
  fs.mkdirSync("/tmp/reports", { recursive: true, mode: 0o777 });
  // ok: MCP-120
  fs.chmodSync("/tmp/reports", 0o755);
  // ok: MCP-120 -- a string mode without others-write
  fs.chmodSync(path, "640");
}
