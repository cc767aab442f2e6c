"""Fixture for MCP-080: an XXE-prone parser outside MCP code."""

from lxml import etree


def parse(text: str):
    # ok: MCP-080 -- not an MCP-context file
    return etree.fromstring(text, etree.XMLParser(resolve_entities=True))
