// Fixture for MCP-061: an MCP server that restores saved sessions.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as serialize from "node-serialize";
import yaml from "js-yaml";
import jsTypes from "js-yaml-js-types";
import { z } from "zod";

const server = new McpServer({ name: "sessions", version: "1.0.0" });

server.registerTool(
  "restore_session",
  { description: "Restore a saved session", inputSchema: { blob: z.string() } },
  async ({ blob }) => {
    // ruleid: MCP-061
    const session = serialize.unserialize(Buffer.from(blob, "base64").toString());
    // ok: MCP-061 -- JSON cannot carry code
    const plain = JSON.parse(blob);
    return { content: [{ type: "text", text: JSON.stringify({ session, plain }) }] };
  },
);

server.registerTool(
  "import_config",
  { description: "Import a YAML config", inputSchema: { text: z.string() } },
  async ({ text }) => {
    // ruleid: MCP-061
    const withFunctions = yaml.load(text, { schema: yaml.DEFAULT_SCHEMA.extend(jsTypes.all) });
    // ok: MCP-061 -- js-yaml 4 load is safe by default
    const data = yaml.load(text);
    // ok: MCP-061 -- a different load
    const cfg = await loader.load(text);
    return { content: [{ type: "text", text: JSON.stringify({ withFunctions, data, cfg }) }] };
  },
);
