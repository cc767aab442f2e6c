// Fixture for MCP-504: a transport class of another library, not MCP code.
import { SSEClientTransport } from "./vendor/sse";

// ok: MCP-504 -- not an MCP-context file
export const t = new SSEClientTransport(new URL("http://legacy.acme-tools.net/sse"));
