import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { issuesClient } from "./auth.js";

const server = new McpServer({ name: "issues", version: "1.4.0" });

server.registerTool(
  "get_issue",
  {
    description: "Fetch one issue by its key, e.g. PROJ-123.",
    inputSchema: { key: z.string().regex(/^[A-Z]+-[0-9]+$/) },
    annotations: { readOnlyHint: true },
  },
  async ({ key }) => {
    const issue = await issuesClient.get(`/issues/${key}`);
    return { content: [{ type: "text", text: JSON.stringify(issue) }] };
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
