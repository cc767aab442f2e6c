// Fixture for MCP-546: host configuration in JavaScript.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

const hostConfig = {
  // ruleid: MCP-546
  roots: [{ uri: "file:///C:/", name: "drive" }, { uri: "file:///D:/work/site", name: "site" }],
};
const projectConfig = {
  // ok: MCP-546
  roots: [{ uri: "file:///D:/work/site", name: "site" }],
};

module.exports = { hostConfig, projectConfig, Client };
