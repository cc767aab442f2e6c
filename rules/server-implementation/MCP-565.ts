// Fixture for MCP-565: template tools in a TypeScript MCP server.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import ejs from "ejs";
import Handlebars from "handlebars";
import _ from "lodash";
import nunjucks from "nunjucks";
import pug from "pug";
import { z } from "zod";

const server = new McpServer({ name: "templates", version: "1.0.0" });
const GREETING = "Hello {{name}}";

server.registerTool(
  "render",
  { inputSchema: { template: z.string(), name: z.string() } },
  async ({ template, name }) => {
    // ruleid: MCP-565
    const a = ejs.render(template, { name });
    // ruleid: MCP-565
    const b = Handlebars.compile(template)({ name });
    // ruleid: MCP-565
    const c = _.template(template)({ name });
    // ruleid: MCP-565
    const d = nunjucks.renderString(`<p>${template}</p>`, { name });
    // ruleid: MCP-565
    const e = pug.render(template, { name });
    // ok: MCP-565 -- constant template
    const f = Handlebars.compile(GREETING)({ name });
    // ok: MCP-565 -- constant template, input in the context
    const g = ejs.render("<p><%= name %></p>", { name });
    // ok: MCP-565 -- a string method, not a template engine
    const h = template.replace("{{name}}", name);
    // ok: MCP-565 -- a compile() that is not a template engine
    const re = new RegExpCompiler().compile(template);
    // ok: MCP-565 -- nunjucks with a constant template
    const k = nunjucks.renderString("<p>{{ name }}</p>", { name });
    return { content: [{ type: "text", text: [a, b, c, d, e, f, g, h, re, k].join("\n") }] };
  },
);

server.registerPrompt(
  "greet",
  { argsSchema: { name: z.string() } },
  ({ name }) => ({
    // ok: MCP-565 -- constant prompt template
    messages: [{ role: "user", content: { type: "text", text: Handlebars.compile(GREETING)({ name }) } }],
  }),
);
