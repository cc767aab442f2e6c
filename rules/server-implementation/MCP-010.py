"""Fixture for MCP-010: tool inputs evaluated as code (FastMCP, low-level Server)."""

import ast
import code
import importlib
import json
import re
import runpy
from typing import Literal

import sympy
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.lowlevel import Server
from simpleeval import simple_eval

mcp = FastMCP("calc")
low = Server("calc-lowlevel")
PLUGINS = {"csv", "json", "yaml"}
ARITHMETIC = re.compile(r"[0-9+\-*/(). ]+")


def evaluate(expr: str) -> str:
    # ruleid: MCP-010 -- reached from calc through a helper (deep mode)
    return str(eval(expr, {"__builtins__": {}}))


class Sandbox:
    def __init__(self) -> None:
        self.console = code.InteractiveInterpreter()

    def run(self, source: str) -> None:
        # ruleid: MCP-010 -- a method reached from run_snippet (deep mode)
        self.console.runsource(source)


@mcp.tool()
def calc(expression: str) -> str:
    return evaluate(expression)


@mcp.tool()
def run_snippet(source: str) -> str:
    Sandbox().run(source)
    return "done"


@mcp.tool()
def exec_code(snippet: str) -> str:
    scope: dict = {}
    # ruleid: MCP-010
    exec(compile(snippet, "<tool>", "exec"), scope)
    return str(scope.get("result"))


@mcp.tool()
def load_plugin(module: str) -> str:
    # ruleid: MCP-010
    mod = importlib.import_module(module)
    return mod.__name__


@mcp.tool()
def run_script(path: str) -> str:
    # ruleid: MCP-010
    return str(runpy.run_path(path))


@mcp.tool()
def simplify(formula: str) -> str:
    # ruleid: MCP-010 -- sympify evaluates its input with eval
    return str(sympy.sympify(formula))


@mcp.tool()
async def generate_and_run(task: str, ctx: Context) -> str:
    reply = await ctx.session.create_message(messages=[task], max_tokens=200)
    # ruleid: MCP-010 -- model output is attacker-influenced too
    exec(reply.content.text)
    return "ran"


@low.call_tool()
async def handle(name: str, arguments: dict) -> list:
    if name == "eval":
        # ruleid: MCP-010
        return [str(eval(arguments["expr"]))]
    return []


# ---- must not fire ---------------------------------------------------------


@mcp.tool()
def calc_safe(expression: str) -> str:
    # ok: MCP-010 -- simpleeval is not eval
    return str(simple_eval(expression))


@mcp.tool()
def parse_literal(text: str) -> str:
    # ok: MCP-010 -- literal_eval only builds literals
    value = ast.literal_eval(text)
    # ok: MCP-010 -- json.loads is a parser
    data = json.loads(text)
    return repr((value, data))


@mcp.tool()
def calc_checked(expression: str) -> str:
    if not ARITHMETIC.fullmatch(expression):
        raise ValueError("only arithmetic is allowed")
    # ok: MCP-010 -- validated by an anchored regular expression first
    return str(eval(expression))


@mcp.tool()
def load_known_plugin(name: str) -> str:
    if name not in PLUGINS:
        raise ValueError("unknown plugin")
    # ok: MCP-010 -- allow-listed
    return importlib.import_module(name).__name__


@mcp.tool()
def load_format(fmt: str) -> str:
    # ok: MCP-010 -- the import stays inside a fixed package
    return importlib.import_module(f"calc.formats.{fmt}").__name__


@mcp.tool()
def power(base: int, exp: int, mode: Literal["int", "float"]) -> str:
    # ok: MCP-010 -- numbers and a Literal cannot carry code
    return str(eval(f"{mode}({base} ** {exp})"))


@mcp.tool()
def version() -> str:
    # ok: MCP-010 -- constant code
    return str(eval("1 + 1"))


def debug_shell(line: str) -> None:
    # ok: MCP-010 -- no handler calls this helper
    exec(line)
