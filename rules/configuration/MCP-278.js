// Fixture for MCP-278 in JavaScript: an MCP client's OAuth redirect helper.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

const client = new Client({ name: "cli", version: "1.0.0" });

function authorizationUrl(clientId, redirectUri, verifier, state) {
  const params = new URLSearchParams();
  params.append("response_type", "code");
  params.append("code_challenge", verifier);
  // ruleid: MCP-278
  params.append("code_challenge_method", "plain");
  params.append("redirect_uri", redirectUri);
  return `https://auth.example.com/authorize?${params}`;
}

function secureUrl(challenge) {
  const params = new URLSearchParams();
  // ok: MCP-278
  params.append("code_challenge_method", "S256");
  params.append("code_challenge", challenge);
  return params;
}

module.exports = { client, authorizationUrl, secureUrl };
