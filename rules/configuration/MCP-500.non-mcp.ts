// Fixture for MCP-500: a public API that is not MCP code.
import cors from "cors";
import express from "express";

const app = express();
// ok: MCP-500 -- not an MCP-context file
app.use(cors());
