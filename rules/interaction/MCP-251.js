// Fixture for MCP-251: a JavaScript server with winston.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const winston = require("winston");
const { z } = require("zod");

const logger = winston.createLogger();
const server = new McpServer({ name: "hr", version: "1.0.0" });

server.tool("lookup_employee", { id: z.string() }, async ({ id }) => {
  const employee = await hr.find(id);
  // ruleid: MCP-251
  logger.info("lookup", { ssn: employee.ssn, dateOfBirth: employee.date_of_birth });
  // ok: MCP-251
  logger.info("lookup", { employeeId: employee.id, department: employee.department });
  return { content: [{ type: "text", text: employee.department }] };
});

module.exports = { server };
