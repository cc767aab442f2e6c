"""Fixture for MCP-544: stdio MCP servers started from request data, tool arguments or model output."""

import json
from pathlib import Path

from flask import Flask, request
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.server.fastmcp import Context, FastMCP

app = Flask(__name__)
mcp = FastMCP("hub")
CONFIG = Path.home() / "Library/Application Support/Claude/claude_desktop_config.json"
SERVERS = {
    "git": StdioServerParameters(command="uvx", args=["mcp-server-git"]),
    "fetch": StdioServerParameters(command="uvx", args=["mcp-server-fetch"]),
}
KNOWN_COMMANDS = {"uvx", "npx"}


async def list_tools(params: StdioServerParameters) -> list[str]:
    # ruleid: MCP-544 -- reached from the /probe route through a helper (deep mode)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            return [t.name for t in (await session.list_tools()).tools]


def params_for(command: str, args: list[str]) -> StdioServerParameters:
    # ruleid: MCP-544 -- reached from the /probe route (deep mode)
    return StdioServerParameters(command=command, args=args)


@app.post("/connect")
async def connect():
    # ruleid: MCP-544
    params = StdioServerParameters(command=request.args["command"], args=request.args.getlist("arg"))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            return {"ok": True}


@app.post("/probe")
async def probe():
    body = request.get_json()
    return {"tools": await list_tools(params_for(body["command"], body.get("args", [])))}


@mcp.tool()
async def add_server(name: str, command: str, args: list[str]) -> str:
    config = json.loads(CONFIG.read_text())
    config["mcpServers"][name] = {"command": command, "args": args}
    # ruleid: MCP-544 -- persisted into the client configuration
    CONFIG.write_text(json.dumps(config, indent=2))
    return "added"


@mcp.tool()
async def try_server(command: str, ctx: Context) -> list[str]:
    # ruleid: MCP-544 -- a tool argument is model-controlled
    return await list_tools(StdioServerParameters(command=command, args=[]))


# ---- must not fire ---------------------------------------------------------


@app.post("/connect-known")
async def connect_known():
    # ok: MCP-544 -- looked up by name in a constant table
    params = SERVERS[request.args["server"]]
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            return {"ok": True}


@app.post("/connect-get")
async def connect_get():
    params = SERVERS.get(request.args.get("server", ""))
    if params is None:
        return {"error": "unknown server"}, 404
    # ok: MCP-544 -- a constant table's get
    return {"tools": await list_tools(params)}


@app.post("/connect-allowed")
async def connect_allowed():
    command = request.args["command"]
    if command not in KNOWN_COMMANDS:
        return {"error": "not allowed"}, 403
    # ok: MCP-544 -- allow-listed
    return {"tools": await list_tools(StdioServerParameters(command=command, args=["mcp-server-time"]))}


@mcp.tool()
async def time_server() -> list[str]:
    # ok: MCP-544 -- constant definition
    return await list_tools(StdioServerParameters(command="uvx", args=["mcp-server-time"]))


@mcp.tool()
async def save_note(text: str) -> str:
    # ok: MCP-544 -- data written to a file that is not a client configuration
    Path("/tmp/notes.txt").write_text(text)
    return "saved"
