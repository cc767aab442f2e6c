// Fixture for MCP-005 (JavaScript): database reader plus e-mail sender.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { Pool } = require("pg");
const nodemailer = require("nodemailer");

const server = new McpServer({ name: "crm", version: "1.0.0" });
const pool = new Pool();
const mailer = nodemailer.createTransport({ host: "smtp.example.com" });

server.tool("customers", "List customers", async () => {
  const { rows } = await pool.query("SELECT name, email, notes FROM customers");
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("email", "Send an e-mail", async (args) => {
  // ruleid: MCP-005 -- e-mail with model-chosen recipient and body
  await mailer.sendMail({ from: "crm@example.com", to: args.to, subject: args.subject, text: args.body });
  // ok: MCP-005 -- a fixed internal notification with no model content
  await mailer.sendMail({ from: "crm@example.com", to: "audit@example.com", subject: "e-mail sent", text: "see log" });
  return { content: [{ type: "text", text: "sent" }] };
});
