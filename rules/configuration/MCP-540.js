// Fixture for MCP-540 in JavaScript.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");
const { OAuth2Client } = require("google-auth-library");

const client = new Client({ name: "cli", version: "1.0.0" });
const google = new OAuth2Client({ clientId: "x", redirectUri: "http://127.0.0.1:8765/cb" });

function loginUrl() {
  // ruleid: MCP-540
  return google.generateAuthUrl({ access_type: "offline", scope: ["openid"] });
}

function loginUrlPkce(codeChallenge) {
  // ok: MCP-540
  return google.generateAuthUrl({ access_type: "offline", scope: ["openid"], code_challenge_method: "S256", code_challenge: codeChallenge });
}

module.exports = { client, loginUrl, loginUrlPkce };
