"""Fixture for MCP-080: a server that imports defusedxml."""

import defusedxml.ElementTree as SafeET
from lxml import etree
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("documents")


@mcp.tool()
def titles(xml_text: str) -> list[str]:
    """List titles."""
    # ok: MCP-080 -- the file parses with defusedxml
    for _, el in etree.iterparse(xml_text):
        pass
    return [t.text for t in SafeET.fromstring(xml_text).iter("title")]
