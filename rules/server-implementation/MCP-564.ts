// Fixture for MCP-564: MongoDB, Neo4j, LDAP and Elasticsearch tools.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { Client as Es } from "@elastic/elasticsearch";
import ldap from "ldapjs";
import { MongoClient } from "mongodb";
import neo4j from "neo4j-driver";
import { z } from "zod";

const server = new McpServer({ name: "directory", version: "1.0.0" });
const users = new MongoClient("mongodb://localhost").db("app").collection("users");
const driver = neo4j.driver("neo4j://localhost");
const dir = ldap.createClient({ url: "ldap://ldap.internal" });
const es = new Es({ node: "http://localhost:9200" });
const ACTIVE = '{"active": true}';

server.registerTool(
  "find_users",
  { inputSchema: { filter: z.string(), name: z.string() } },
  async ({ filter, name }) => {
    // ruleid: MCP-564
    const a = await users.find(JSON.parse(filter)).toArray();
    const parsed = JSON.parse(filter);
    // ruleid: MCP-564
    const b = await users.deleteMany(parsed);
    // ruleid: MCP-564
    const c = await users.find({ $where: `this.name == '${name}'` }).toArray();
    // ok: MCP-564 -- typed filter
    const d = await users.find({ name: String(name) }).toArray();
    // ok: MCP-564 -- constant JSON
    const e = await users.find(JSON.parse(ACTIVE)).toArray();
    // ok: MCP-564 -- Array.prototype.find with a callback
    const f = [1, 2].find((x) => x === Number(name));
    return { content: [{ type: "text", text: JSON.stringify([a, b, c, d, e, f]) }] };
  },
);

server.registerTool("friends", { inputSchema: { name: z.string() } }, async ({ name }) => {
  const session = driver.session();
  // ruleid: MCP-564
  const r1 = await session.run(`MATCH (p:Person {name: '${name}'})-[:KNOWS]->(f) RETURN f.name`);
  // ok: MCP-564 -- parameterised
  const r2 = await session.run("MATCH (p:Person {name: $name}) RETURN p", { name });
  return { content: [{ type: "text", text: JSON.stringify([r1, r2]) }] };
});

server.registerTool("lookup", { inputSchema: { uid: z.string() } }, async ({ uid }) => {
  // ruleid: MCP-564
  dir.search("ou=people,dc=example,dc=com", { filter: `(uid=${uid})`, scope: "sub" }, () => {});
  // ok: MCP-564 -- escaped
  dir.search("ou=people,dc=example,dc=com", { filter: `(uid=${escapeFilter(uid)})` }, () => {});
  // ok: MCP-564 -- filter object built from typed fields
  dir.search("ou=people,dc=example,dc=com", { filter: new ldap.EqualityFilter({ attribute: "uid", value: uid }) }, () => {});
  return { content: [{ type: "text", text: "ok" }] };
});

server.registerTool("search_docs", { inputSchema: { q: z.string() } }, async ({ q }) => {
  // ruleid: MCP-564
  const hits = await es.search({ index: "docs", query: { query_string: { query: q } } });
  // ok: MCP-564 -- match query
  const safe = await es.search({ index: "docs", query: { match: { body: q } } });
  return { content: [{ type: "text", text: JSON.stringify([hits, safe]) }] };
});
