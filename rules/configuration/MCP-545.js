// Fixture for MCP-545: a JavaScript host running Gemini function calls.
const { Client } = require("@modelcontextprotocol/sdk/client/index.js");

const client = new Client({ name: "agent", version: "1.0.0" });

async function runCalls(response) {
  // ruleid: MCP-545
  return Promise.all(response.functionCalls.map((functionCall) => client.callTool({ name: functionCall.name, arguments: functionCall.args })));
}

async function runCallsSafely(response, ui) {
  const out = [];
  for (const functionCall of response.functionCalls) {
    if (!(await ui.confirm(`Run ${functionCall.name}?`))) continue;
    // ok: MCP-545
    out.push(await client.callTool({ name: functionCall.name, arguments: functionCall.args }));
  }
  return out;
}

module.exports = { runCalls, runCallsSafely };
