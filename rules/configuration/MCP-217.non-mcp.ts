// Fixture for MCP-217: a look-alike transport in code that is not MCP.
import { StreamableHTTPServerTransport } from "./transport";

// ok: MCP-217 -- not an MCP-context file
export const t = new StreamableHTTPServerTransport({});
