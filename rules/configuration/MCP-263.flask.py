"""Fixture for MCP-263: a Flask consent page next to an MCP server; Flask sends
no SameSite attribute by default."""

from flask import Flask, make_response, redirect, request
from mcp.server.fastmcp import FastMCP

app = Flask(__name__)
mcp = FastMCP("proxy")


@app.post("/authorize/consent")
def consent():
    resp = make_response(redirect(request.form["redirect_uri"]))
    # ruleid: MCP-263
    resp.set_cookie("__Host-consent", "v", secure=True, httponly=True, path="/")
    # ok: MCP-263
    resp.set_cookie("__Host-csrf", "v", secure=True, httponly=True, samesite="Lax", path="/")
    return resp
