// Fixture for MCP-279: OAuth code in a program that is not MCP code.
const { AuthorizationCode } = require("simple-oauth2");

async function login(oauth, code) {
  // ok: MCP-279
  return oauth.getToken({ code, redirect_uri: "http://127.0.0.1:8765/cb" });
}

module.exports = { login };
