// Fixture for MCP-274: a transport class of another library, not MCP code.
import { StreamableHTTPServerTransport } from "./vendor/transport";

// ok: MCP-274 -- not an MCP-context file
export const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
