// Fixture for MCP-522: a web app that is not MCP code.
import { Request } from "express";

export function download(req: Request) {
  // ok: MCP-522 -- not an MCP-context file
  return req.query.token;
}
