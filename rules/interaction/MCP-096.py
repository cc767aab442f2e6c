"""Fixture for MCP-096: external content returned to the model unmarked."""

import email
import imaplib
import urllib.request

import httpx
import requests
from github import Github
from mcp.server.fastmcp import FastMCP
from mcp.types import TextContent

mcp = FastMCP("research")
gh = Github()


def get_json(url: str) -> dict:
    return requests.get(url, timeout=10).json()


def untrusted(text: str) -> str:
    return "<untrusted>\n" + text.replace("</untrusted>", "") + "\n</untrusted>"


def escape_for_prompt(text: str) -> str:
    return text.replace("<", "&lt;")


class Wiki:
    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()

    def page(self, title: str) -> str:
        return self.session.get(f"{self.base}/wiki/{title}").text


@mcp.tool()
def fetch(url: str) -> str:
    """Fetch a web page."""
    resp = requests.get(url, timeout=10)
    # ruleid: MCP-096
    return resp.text


@mcp.tool()
async def fetch_async(url: str) -> list[TextContent]:
    async with httpx.AsyncClient() as client:
        r = await client.get(url)
    # ruleid: MCP-096 -- inside TextContent
    return [TextContent(type="text", text=r.text)]


@mcp.tool()
def weather(city: str) -> str:
    data = get_json(f"https://wttr.in/{city}?format=j1")
    # ruleid: MCP-096 -- fetched in a helper (deep mode)
    return f"{city}: {data['current_condition'][0]['weatherDesc'][0]['value']}"


@mcp.tool()
def wiki(title: str) -> str:
    # ruleid: MCP-096 -- a method that fetches (deep mode)
    return Wiki("https://en.wikipedia.org").page(title)


@mcp.tool()
def issue(repo: str, number: int) -> str:
    i = gh.get_repo(repo).get_issue(number)
    # ruleid: MCP-096 -- issue text
    return f"# {i.title}\n\n{i.body}"


@mcp.tool()
def latest_mail(folder: str = "INBOX") -> str:
    imap = imaplib.IMAP4_SSL("imap.example.com")
    imap.select(folder)
    _, data = imap.fetch(b"1", "(RFC822)")
    msg = email.message_from_bytes(data[0][1])
    # ruleid: MCP-096 -- an e-mail body
    return msg.get_payload()


@mcp.tool()
def fetch_marked(url: str) -> str:
    body = urllib.request.urlopen(url).read().decode()
    # ok: MCP-096 -- wrapped in <untrusted> markers by a helper
    return untrusted(body)


@mcp.tool()
def fetch_escaped(url: str) -> str:
    # ok: MCP-096 -- escape_for_prompt
    return escape_for_prompt(requests.get(url).text)


@mcp.tool()
def fetch_formatted(url: str) -> str:
    # ok: MCP-096 -- wrapped with str.format
    return "<untrusted>{}</untrusted>".format(requests.get(url).text)


@mcp.tool()
def fetch_fstring(url: str) -> str:
    text = requests.get(url).text
    # todook: MCP-096 -- an f-string wrapper is not recognised yet (the engine does not see string constants as sanitizers)
    return f"<untrusted>{text}</untrusted>"


@mcp.tool()
def page_size(url: str) -> str:
    resp = requests.get(url)
    # ok: MCP-096 -- only a number derived from the page
    return f"{len(resp.content)} bytes"


@mcp.tool()
def status(url: str) -> str:
    resp = requests.head(url)
    # ok: MCP-096 -- a HEAD request has no body (not a source)
    return f"status {resp.status_code}"


@mcp.tool()
def http_status(url: str) -> str:
    resp = requests.get(url)
    # todook: MCP-096 -- the status code of a GET is an int, but a field of the response is tainted with it
    return f"status {resp.status_code}"


@mcp.tool()
def echo(text: str) -> str:
    # ok: MCP-096 -- tool input is not external content
    return text


def unused_fetch(url: str) -> str:
    # ok: MCP-096 -- not a handler
    return requests.get(url).text
