"""Fixture for MCP-522: a Flask app that is not MCP code."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/download")
def download():
    # ok: MCP-522 -- not an MCP-context file
    return request.args.get("token")
