"""Fixture for MCP-052: the same code in a web app that is not MCP code."""
import requests
import uvicorn

# ok: MCP-052 -- not an MCP-context file
r = requests.get("https://self-signed.example", verify=False)

if __name__ == "__main__":
    # ok: MCP-052 -- not an MCP-context file
    uvicorn.run("app:app", host="0.0.0.0", port=8000)
