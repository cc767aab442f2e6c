"""Fixture for MCP-080: an MCP server whose tools parse XML documents."""

import xml.etree.ElementTree as ET
import xml.sax
from xml.dom import minidom
from xml.sax.handler import feature_external_ges

from lxml import etree
from lxml.etree import ETCompatXMLParser, iterparse
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("documents")


@mcp.tool()
def feed_titles(xml_text: str) -> list[str]:
    """List the titles of an RSS feed."""
    # ruleid: MCP-080
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(xml_text.encode(), parser)
    # ruleid: MCP-080
    networked = etree.XMLParser(no_network=False, resolve_entities=False)
    # ok: MCP-080
    hardened = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: MCP-080 -- lxml 5.0+ only expands internal entities by default
    default = etree.XMLParser()
    return [t.text for t in root.iter("title")] + [str(networked), str(hardened), str(default)]


@mcp.tool()
def sitemap_urls(path: str) -> list[str]:
    """List the URLs of a sitemap file."""
    urls = []
    # ruleid: MCP-080
    for _, el in iterparse(path, events=("end",)):
        urls.append(el.text)
    # ok: MCP-080
    for _, el in etree.iterparse(path, resolve_entities=False):
        urls.append(el.text)
    # ok: MCP-080
    for _, el in etree.iterparse(path, resolve_entities="internal"):
        urls.append(el.text)
    # ruleid: MCP-080
    compat = ETCompatXMLParser()
    return urls + [str(compat)]


@mcp.tool()
def svg_size(svg: str) -> str:
    """Return the declared size of an SVG image."""
    # todoruleid: MCP-080 -- vulnerable only with lxml < 5.0: needs the resolved dependency version
    root = etree.fromstring(svg.encode())
    # ok: MCP-080 -- the standard library does not resolve external entities
    root2 = ET.fromstring(svg)
    # ok: MCP-080
    doc = minidom.parseString(svg)
    return f"{root.get('width')} {root2.get('height')} {doc.documentElement.tagName}"


@mcp.tool()
def sax_count(xml_text: str) -> int:
    """Count elements with a SAX parser."""
    parser = xml.sax.make_parser()
    # ruleid: MCP-080
    parser.setFeature(feature_external_ges, True)
    # ok: MCP-080 -- switched off explicitly
    parser.setFeature(xml.sax.handler.feature_external_pes, False)
    # ok: MCP-080 -- an unrelated feature
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    return 0
