// Fixture for MCP-500: CORS on an Express MCP server (TypeScript SDK).
import cors from "cors";
import express, { Request, Response, NextFunction } from "express";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
const allowedOrigins = ["https://app.example.com"];

// ruleid: MCP-500
app.use(cors());
// ruleid: MCP-500
app.use(cors({ origin: "*", exposedHeaders: ["Mcp-Session-Id"] }));
// ruleid: MCP-500
app.use("/mcp", cors({ origin: true, credentials: true }));
// ok: MCP-500 -- an explicit list
app.use(cors({ origin: allowedOrigins, exposedHeaders: ["Mcp-Session-Id"] }));
// ok: MCP-500 -- a fixed origin
app.use(cors({ origin: "https://app.example.com" }));

app.use((req: Request, res: Response, next: NextFunction) => {
  // ruleid: MCP-500
  res.setHeader("Access-Control-Allow-Origin", "*");
  // ruleid: MCP-500
  res.header("Access-Control-Allow-Origin", req.headers.origin);
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin ?? "";
  if (allowedOrigins.includes(origin)) {
    // ok: MCP-500 -- reflection guarded by an allow-list
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  }
  // ok: MCP-500 -- not a CORS header
  res.setHeader("X-Frame-Options", "*");
  next();
});

export function preflight(res: Response) {
  // ruleid: MCP-500
  res.writeHead(204, { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*" });
  // ok: MCP-500 -- a fixed origin
  res.writeHead(204, { "Access-Control-Allow-Origin": "https://app.example.com" });
}

export const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });

// ok: MCP-500 -- OAuth metadata is public by design
app.get("/.well-known/oauth-protected-resource", cors(), (_req, res) => res.json(metadata));
