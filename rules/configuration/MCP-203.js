// Fixture for MCP-203 in CommonJS: a JSON policy in a template literal.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");

const server = new McpServer({ name: "infra", version: "1.0.0" });

function adminPolicy(account) {
  // ruleid: MCP-203
  return `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:iam::${account}:*"}]}`;
}

function readPolicy(bucket) {
  // ok: MCP-203
  return `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${bucket}/*"}]}`;
}

module.exports = { server, adminPolicy, readPolicy };
