"""Fixture for MCP-500: a public API that is not MCP code."""
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
# ok: MCP-500 -- not an MCP-context file
app.add_middleware(CORSMiddleware, allow_origins=["*"])
