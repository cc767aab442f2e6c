"""Fixture for MCP-582: a Flask API (not MCP code) that returns traces in debug mode."""

import traceback

from flask import Flask

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return render()
    except Exception:
        # ok: MCP-582 -- not an MCP-context file
        return traceback.format_exc(), 500
