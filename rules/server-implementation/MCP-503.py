"""Fixture for MCP-503: a FastMCP server on stdio that prints."""
import logging
import sys

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")
log = logging.getLogger(__name__)
# ruleid: MCP-503
logging.basicConfig(stream=sys.stdout, level=logging.INFO)
# ok: MCP-503 -- stderr
logging.basicConfig(stream=sys.stderr, level=logging.INFO)
# ruleid: MCP-503
handler = logging.StreamHandler(sys.stdout)
# ok: MCP-503 -- StreamHandler() writes to stderr
default_handler = logging.StreamHandler()


@mcp.tool()
def add_note(title: str, body: str) -> str:
    """Store a note."""
    # ruleid: MCP-503
    print(f"saving note {title}")
    # ruleid: MCP-503
    sys.stdout.write(body + "\n")
    # ruleid: MCP-503
    print("saved", file=sys.stdout)
    # ok: MCP-503 -- stderr
    print(f"saving note {title}", file=sys.stderr)
    # ok: MCP-503 -- the logging module writes to stderr by default
    log.info("saving note %s", title)
    # ok: MCP-503 -- stderr
    sys.stderr.write("done\n")
    return "saved"


def export(notes: list[str], path: str) -> None:
    with open(path, "w") as fh:
        # ok: MCP-503 -- printing to a file
        print("\n".join(notes), file=fh)


def banner() -> None:
    # todoruleid: MCP-503 -- a helper outside the handlers and the function that starts stdio; deep mode follows the call
    print("notes server 1.0")


if __name__ == "__main__":
    banner()
    # ruleid: MCP-503
    print("starting notes server")
    mcp.run()
