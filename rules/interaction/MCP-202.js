// Fixture for MCP-202: secrets in a low-level JavaScript server.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const winston = require("winston");
const OpenAI = require("openai");

const server = new Server({ name: "ops", version: "1.0.0" }, { capabilities: { tools: {}, logging: {} } });
const log = winston.createLogger({ transports: [new winston.transports.Console()] });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const SLACK_TOKEN = process.env.SLACK_BOT_TOKEN;
const PORT = process.env.PORT || "3000";

function dumpEnv() {
  return Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join("\n");
}

server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
  const { name, arguments: args } = request.params;
  if (name === "env") {
    // ruleid: MCP-202 -- the whole environment, built in a helper
    return { content: [{ type: "text", text: dumpEnv() }] };
  }
  if (name === "ask") {
    // ruleid: MCP-202 -- logged with winston
    log.info(`asking with slack token ${SLACK_TOKEN}`);
    // ruleid: MCP-202 -- an MCP log notification
    await extra.sendNotification({ method: "notifications/message", params: { level: "info", data: SLACK_TOKEN } });
    // ok: MCP-202 -- not a secret
    log.info(`listening on ${PORT}`);
    // ok: MCP-202 -- masked in the message
    log.info("slack token: xoxb-***");
    const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: args.q }] });
    // ok: MCP-202 -- the model's answer, not the key
    return { content: [{ type: "text", text: completion.choices[0].message.content }] };
  }
  if (name === "headers") {
    // ruleid: MCP-202 -- the inbound Authorization header
    console.warn("auth header:", extra.requestInfo.headers.authorization);
  }
  return { content: [{ type: "text", text: "unknown tool" }] };
});
