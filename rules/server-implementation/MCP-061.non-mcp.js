// Fixture for MCP-061: node-serialize in a program that is not MCP code.
const serialize = require("node-serialize");

function restore(blob) {
  // ok: MCP-061 -- not an MCP-context file
  return serialize.unserialize(blob);
}

module.exports = { restore };
