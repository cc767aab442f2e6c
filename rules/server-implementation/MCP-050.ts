// Fixture for MCP-050: an MCP server with its own user store.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createHash, randomBytes, scrypt } from "node:crypto";
import * as crypto from "crypto";
import bcrypt from "bcryptjs";
import CryptoJS from "crypto-js";

const server = new McpServer({ name: "accounts", version: "1.0.0" });
const SALT_ROUNDS = 12;
const FAST_ROUNDS = 8;

export async function register(db: Db, name: string, password: string) {
  // ruleid: MCP-050
  const a = createHash("md5").update(password).digest("hex");
  const hasher = crypto.createHash("sha1");
  // ruleid: MCP-050
  hasher.update(user.passwordPlain);
  // ruleid: MCP-050
  const b = await bcrypt.hash(password, FAST_ROUNDS);
  // ruleid: MCP-050
  const salt = bcrypt.genSaltSync(4);
  // ruleid: MCP-050
  const c = CryptoJS.MD5(password).toString();
  // ok: MCP-050
  const d = await bcrypt.hash(password, SALT_ROUNDS);
  // ok: MCP-050
  const e = await bcrypt.hash(password, await bcrypt.genSalt(12));
  // ok: MCP-050 -- scrypt is a password hash
  scrypt(password, randomBytes(16), 64, (err, key) => db.insert({ name, key }));
  return [a, hasher.digest("hex"), b, salt, c, d, e];
}

export function etag(body: string) {
  // ok: MCP-050 -- ETag of a response body
  const tag = createHash("md5").update(body).digest("hex");
  // ok: MCP-050 -- SHA-256 of a secret is not in scope of the MD5/SHA-1 check
  const fp = createHash("sha256").update(secret).digest("hex");
  // ok: MCP-050 -- checksum of a file
  const sum = crypto.createHash("sha1").update(fileContents).digest("hex");
  return [tag, fp, sum];
}
