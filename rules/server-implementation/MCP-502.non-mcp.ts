// Fixture for MCP-502: a look-alike transport class in code that is not MCP.
import express from "express";
import { StreamableHTTPServerTransport } from "./vendor/transport";

// ok: MCP-502 -- not an MCP-context file
const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
express().post("/rpc", (req, res) => t.handleRequest(req, res, req.body));
