// Fixture for MCP-051: not MCP code.
export async function run(task: () => Promise<void>) {
  try {
    await task();
  // ok: MCP-051 -- not an MCP-context file
  } catch {}
}
