// Fixture for MCP-546: roots handlers of TypeScript MCP clients.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ListRootsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const client = new Client({ name: "host", version: "1.0.0" }, { capabilities: { roots: { listChanged: true } } });
const DISK = "file:///";

client.setRequestHandler(ListRootsRequestSchema, async () => ({
  roots: [
    // ruleid: MCP-546
    { uri: "file:///", name: "everything" },
    // ruleid: MCP-546
    { uri: pathToFileURL(os.homedir()).href, name: "home" },
    // ruleid: MCP-546
    { uri: `file://${os.homedir()}`, name: "home" },
    // ruleid: MCP-546 -- a constant of the file
    { uri: DISK, name: "disk" },
    // ok: MCP-546
    { uri: pathToFileURL(process.cwd()).href, name: "workspace" },
    // ok: MCP-546
    { uri: "file:///Users/alice/src/website", name: "website" },
    // ok: MCP-546 -- a project under the home directory
    { uri: pathToFileURL(path.join(os.homedir(), "projects", "site")).href, name: "site" },
  ],
}));

export const resources = {
  // ok: MCP-546 -- resources, not roots
  items: [{ uri: "file:///", name: "index" }],
};
