// Fixture for MCP-262 in JavaScript: an MCP client's login helper.
const crypto = require("node:crypto");
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

const client = new Client({ name: "cli", version: "1.0.0" });

function loginUrl(clientId, redirectUri, challenge) {
  // ruleid: MCP-262
  const oauthState = `${Date.now()}`;
  const params = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: redirectUri, code_challenge: challenge, state: oauthState });
  return `https://auth.example.com/authorize?${params}`;
}

function secureLoginUrl(clientId, redirectUri, challenge) {
  // ok: MCP-262
  const oauthState = crypto.randomUUID();
  const params = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: redirectUri, code_challenge: challenge, state: oauthState });
  return `https://auth.example.com/authorize?${params}`;
}

module.exports = { client, loginUrl, secureLoginUrl };
