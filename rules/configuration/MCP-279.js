// Fixture for MCP-279 in CommonJS: an MCP server with a hand-written OAuth
// token exchange.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { AuthorizationCode } = require("simple-oauth2");

const server = new McpServer({ name: "files", version: "1.0.0" });
const MCP_SERVER_URL = "https://files-mcp.example.com/mcp";

async function login(oauth, code) {
  // ruleid: MCP-279
  const token = await oauth.getToken({ code, redirect_uri: "http://127.0.0.1:8765/cb" });
  // ok: MCP-279
  const bound = await oauth.getToken({ code, redirect_uri: "http://127.0.0.1:8765/cb", "resource": MCP_SERVER_URL });
  return [token, bound];
}

async function refresh(tokenUrl, refreshToken) {
  // ruleid: MCP-279
  return fetch(tokenUrl, { method: "POST", body: `grant_type=refresh_token&refresh_token=${refreshToken}` });
}

async function refreshBound(tokenUrl, refreshToken) {
  // ok: MCP-279
  return fetch(tokenUrl, { method: "POST", body: `grant_type=refresh_token&refresh_token=${refreshToken}&resource=${MCP_SERVER_URL}` });
}

module.exports = { server, login, refresh, refreshBound };
