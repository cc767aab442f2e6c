// Fixture for MCP-051: not MCP code.
async function run(task) {
  try {
    await task();
  // ok: MCP-051 -- not an MCP-context file
  } catch (e) {}
}
module.exports = { run };
