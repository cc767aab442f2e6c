// Fixture for MCP-275 in CommonJS: a CLI's OAuth provider.
const opn = require("opn");
const { execSync, execFileSync } = require("child_process");
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

class CliProvider {
  redirectToAuthorization(authUrl) {
    // ruleid: MCP-275
    opn(authUrl.toString());
  }
}

class EchoProvider {
  async redirectToAuthorization(target) {
    // ruleid: MCP-275
    execSync("open " + target.href);
  }
}

class SafeCliProvider {
  redirectToAuthorization(authUrl) {
    // ok: MCP-275 -- no shell
    execFileSync("open", [authUrl.href]);
  }
}

function help() {
  // ok: MCP-275 -- constant command
  execSync("open https://example.com/help");
}

module.exports = { CliProvider, EchoProvider, SafeCliProvider, help, Client };
