// Fixture for MCP-050 in CommonJS.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const crypto = require("crypto");
const bcrypt = require("bcrypt");

const server = new McpServer({ name: "keys", version: "1.0.0" });

async function storeKey(db, owner, secretKey) {
  // ruleid: MCP-050
  const digest = crypto.createHash("sha1").update(secretKey).digest("hex");
  // ruleid: MCP-050
  const hash = bcrypt.hashSync(owner.password, 5);
  // ok: MCP-050
  const good = await bcrypt.hash(owner.password, 11);
  // ok: MCP-050 -- cache key
  const key = crypto.createHash("md5").update(JSON.stringify(owner.id)).digest("hex");
  return db.insert({ digest, hash, good, key });
}

module.exports = { server, storeKey };
