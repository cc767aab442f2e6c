"""Fixture for MCP-045: records looked up by caller-chosen IDs in an authenticated server."""

import sqlite3

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token
from pymongo import MongoClient
from sqlalchemy.orm import Session

from .models import Invoice, engine

mcp = FastMCP("billing", auth=JWTVerifier(jwks_uri="https://auth.example.com/jwks", issuer="https://auth.example.com", audience="billing"))
db = sqlite3.connect("billing.db")
mongo = MongoClient()["billing"]


class InvoiceRepo:
    def by_id(self, invoice_id: int):
        # ruleid: MCP-045 -- reached from get_invoice through a repository method (deep mode)
        return db.execute("SELECT * FROM invoices WHERE id = ?", (invoice_id,)).fetchone()

    def for_owner(self, invoice_id: int, owner: str):
        # ok: MCP-045 -- scoped to the owner
        return db.execute("SELECT * FROM invoices WHERE id = ? AND owner_id = ?", (invoice_id, owner)).fetchone()


repo = InvoiceRepo()


@mcp.tool
def get_invoice(invoice_id: int) -> dict:
    return dict(repo.by_id(invoice_id))


@mcp.tool
def delete_invoice(invoice_id: int) -> str:
    with Session(engine) as session:
        # ruleid: MCP-045 -- session.get by the caller's key
        inv = session.get(Invoice, invoice_id)
        session.delete(inv)
        session.commit()
    return "deleted"


@mcp.tool
def get_note(note_id: str) -> dict:
    # ruleid: MCP-045 -- a Mongo lookup by the caller's key
    return mongo.notes.find_one({"_id": note_id})


@mcp.tool
def my_invoice(invoice_id: int) -> dict:
    owner = get_access_token().client_id
    # ok: MCP-045 -- the caller's identity scopes the lookup
    return dict(repo.for_owner(invoice_id, owner))


@mcp.tool
def my_note(note_id: str) -> dict:
    # ok: MCP-045 -- owner predicate in the filter
    return mongo.notes.find_one({"_id": note_id, "owner_id": get_access_token().client_id})


@mcp.tool
def checked_note(note_id: str) -> dict:
    # ok: MCP-045 -- an ownership check follows in the same handler
    note = mongo.notes.find_one({"_id": note_id})
    if note["owner"] != get_access_token().client_id:
        raise PermissionError("not yours")
    return note


@mcp.tool
def list_plans() -> list:
    # ok: MCP-045 -- no caller-chosen key
    return db.execute("SELECT * FROM plans WHERE public = 1").fetchall()


@mcp.tool
def currency(code: str) -> dict:
    # todook: MCP-045 -- public reference data keyed by input; which tables hold per-user records is not known (confirm, then silence it once reviewed)
    return db.execute("SELECT name FROM currencies WHERE code = ?", (code,)).fetchone()
