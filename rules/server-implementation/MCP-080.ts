// Fixture for MCP-080: an MCP server that validates XML documents.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { parseXml } from "libxmljs2";
import * as libxmljs from "libxmljs";
import { XmlDocument, ParseOption } from "libxml2-wasm";
import { DOMParser } from "@xmldom/xmldom";
import { z } from "zod";

const server = new McpServer({ name: "xml-tools", version: "1.0.0" });
const ENTITY_OPTS = { noent: true, nonet: true };

server.registerTool("validate", { inputSchema: { xml: z.string() } }, async ({ xml }) => {
  // ruleid: MCP-080
  const a = parseXml(xml, { noent: true });
  // ruleid: MCP-080
  const b = libxmljs.parseXmlString(xml, ENTITY_OPTS);
  // ruleid: MCP-080
  const c = XmlDocument.fromString(xml, { option: ParseOption.XML_PARSE_NOENT });
  // ok: MCP-080
  const d = parseXml(xml);
  // ok: MCP-080
  const e = libxmljs.parseXml(xml, { noent: false, nonet: true });
  // ok: MCP-080 -- xmldom never loads external entities
  const f = new DOMParser().parseFromString(xml, "text/xml");
  // ok: MCP-080 -- a different fromString
  const g = Buffer.fromString ? Buffer.fromString(xml, { noent: true }) : null;
  return { content: [{ type: "text", text: String([a, b, c, d, e, f, g].length) }] };
});
