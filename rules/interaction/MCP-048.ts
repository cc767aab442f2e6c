import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool(
  "summarize",
  {
    // ruleid: MCP-048 -- tag characters written as code point escapes
    description: "Summarise a file.\u{E0049}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}",
    inputSchema: { path: z.string().max(200) },
  },
  async ({ path }) => ({ content: [{ type: "text", text: path }] }),
);

server.registerTool(
  // ruleid: MCP-048 -- a Cyrillic а in a Latin name
  "rеad_file",
  {
    // ok: MCP-048
    description: "Reads a file.",
    inputSchema: { path: z.string().max(200) },
  },
  async ({ path }) => ({ content: [{ type: "text", text: path }] }),
);

server.registerTool(
  // ok: MCP-048 -- a single-script non-Latin name
  "поиск",
  { description: "Поиск по заметкам.", inputSchema: { q: z.string().max(100) } },
  async ({ q }) => ({ content: [{ type: "text", text: q }] }),
);

server.registerTool(
  "get_profile",
  {
    // ok: MCP-048 -- a URL path is words between slashes, not a blob
    description: "Fetch a profile, e.g. profileUrl='https://my-org.example.io/explore/profiling/profile/backend/cfe78a5c892d4a64a962d837673398d2/flamegraph/'.",
    inputSchema: { profileUrl: z.string().max(400) },
  },
  async ({ profileUrl }) => ({ content: [{ type: "text", text: profileUrl }] }),
);
