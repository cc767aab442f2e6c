// Fixture for MCP-566: prototype pollution in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import _ from "lodash";
import qs from "qs";
import { z } from "zod";

const server = new McpServer({ name: "settings", version: "1.0.0" });
const settings: Record<string, any> = {};
const config: Record<string, any> = {};

function deepMerge(target: any, source: any): any {
  // ruleid: MCP-566
  for (const key in source) {
    if (typeof source[key] === "object" && source[key] !== null) {
      target[key] ??= {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target: any, source: any): any {
  // ok: MCP-566 -- dangerous keys are skipped
  for (const key of Object.keys(source)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof source[key] === "object" && source[key] !== null) {
      target[key] ??= {};
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function serialize(value: any): any {
  const out: Record<string, unknown> = {};
  // ok: MCP-566 -- recursion into the source; the result goes into a fresh object
  for (const key in value) {
    out[key] = typeof value[key] === "object" ? serialize(value[key]) : value[key];
  }
  return out;
}

function shallowCopy(source: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  // ok: MCP-566 -- a shallow copy does not recurse into existing members
  for (const [key, value] of Object.entries(source)) {
    out[key] = value;
  }
  return out;
}

server.registerTool(
  "set_option",
  { inputSchema: { section: z.string(), key: z.string(), value: z.string(), patch: z.string() } },
  async ({ section, key, value, patch }) => {
    settings[section] ??= {};
    // ruleid: MCP-566
    settings[section][key] = value;
    // ruleid: MCP-566
    Object.assign(config, JSON.parse(patch));
    // ok: MCP-566 -- constant first key
    settings["defaults"][key] = value;
    // todoruleid: MCP-566 -- lodash merge is safe in maintained versions; vulnerable versions need the lock file
    _.merge(config, JSON.parse(patch));
    // ruleid: MCP-566
    const parsed = qs.parse(patch, { allowPrototypes: true });
    // ok: MCP-566 -- qs defaults drop prototype keys
    const q2 = qs.parse(patch);
    deepMerge(config, JSON.parse(patch));
    return { content: [{ type: "text", text: JSON.stringify({ parsed, q2, copy: shallowCopy(config) }) }] };
  },
);

server.registerTool(
  "set_guarded",
  { inputSchema: { section: z.string(), key: z.string(), value: z.string() } },
  async ({ section, key, value }) => {
    if (!Object.hasOwn(settings, section)) throw new Error("unknown section");
    // ok: MCP-566 -- merged into a null-prototype object
    const fresh = Object.assign(Object.create(null), JSON.parse(value));
    // ok: MCP-566 -- the section must be an existing own key
    settings[section][key] = value;
    return { content: [{ type: "text", text: JSON.stringify(fresh) }] };
  },
);
