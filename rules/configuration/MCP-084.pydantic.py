"""Fixture for MCP-084: the input length limit is declared on a model outside the handler."""

from fastmcp import FastMCP
from openai import OpenAI
from pydantic import BaseModel, Field

mcp = FastMCP("assistant")
client = OpenAI()


class Document(BaseModel):
    body: str = Field(max_length=20_000)


@mcp.tool
def summarize(doc: Document) -> str:
    # ok: MCP-084 -- the file declares a max_length
    r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": doc.body}])
    return r.choices[0].message.content
