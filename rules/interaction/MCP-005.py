"""Fixture for MCP-005: a server exposing both private-data readers and senders."""

import smtplib
from email.message import EmailMessage
from urllib.parse import urlparse

import requests
from github import Github
from mcp.server.fastmcp import Context, FastMCP
from pydantic import BaseModel

mcp = FastMCP("github-assistant")
gh = Github()
ALLOWED_HOSTS = {"status.example.com"}
SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


class Confirm(BaseModel):
    ok: bool


@mcp.tool()
def get_file_contents(repo: str, path: str) -> str:
    """Read a file from a (possibly private) repository."""
    return gh.get_repo(repo).get_contents(path).decoded_content.decode()


def open_issue(repo: str, title: str, body: str) -> str:
    # ruleid: MCP-005 -- an issue written with model-chosen content, reached from a tool (deep mode)
    issue = gh.get_repo(repo).create_issue(title=title, body=body)
    return issue.html_url


@mcp.tool()
def create_issue(repo: str, title: str, body: str) -> str:
    return open_issue(repo, title, body)


@mcp.tool()
def send_report(to: str, text: str) -> str:
    msg = EmailMessage()
    msg["To"] = to
    msg.set_content(text)
    with smtplib.SMTP("smtp.example.com") as smtp:
        # ruleid: MCP-005 -- e-mail to a model-chosen address
        smtp.send_message(msg)
    return "sent"


@mcp.tool()
def post_json(url: str, payload: str) -> str:
    # ruleid: MCP-005 -- POST to a model-chosen URL
    return requests.post(url, data=payload, timeout=10).text


@mcp.tool()
def notify(text: str) -> str:
    # ruleid: MCP-005 -- a webhook with model-chosen content
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    return "notified"


@mcp.tool()
def ping(url: str) -> str:
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    # ok: MCP-005 -- only allow-listed hosts
    return requests.post(url, timeout=5).text


@mcp.tool()
async def confirmed_issue(repo: str, title: str, body: str, ctx: Context) -> str:
    answer = await ctx.elicit(f"Open an issue in {repo} titled {title!r}?", schema=Confirm)
    if answer.action != "accept" or not answer.data.ok:
        return "cancelled"
    # ok: MCP-005 -- the user confirms every send
    issue = gh.get_repo(repo).create_issue(title=title, body=body)
    return issue.html_url


@mcp.tool()
def status() -> str:
    # ok: MCP-005 -- a fixed destination, nothing from the model
    return requests.post("https://status.example.com/ping", timeout=5).text
