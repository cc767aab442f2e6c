"""Fixture for MCP-564: MongoDB, Neo4j, LDAP and Elasticsearch tools."""

import json

from elasticsearch import Elasticsearch
from ldap3 import Connection
from ldap3.utils.conv import escape_filter_chars
from mcp.server.fastmcp import FastMCP
from neo4j import GraphDatabase
from pymongo import MongoClient

mcp = FastMCP("directory")
users = MongoClient()["app"]["users"]
driver = GraphDatabase.driver("neo4j://localhost")
ldap = Connection("ldap://ldap.internal", auto_bind=True)
es = Elasticsearch("http://localhost:9200")
ACTIVE_FILTER = '{"active": true}'


@mcp.tool()
def find_users(filter_json: str, name: str) -> list:
    """Find users matching a JSON filter."""
    # ruleid: MCP-564
    a = list(users.find(json.loads(filter_json)))
    query = json.loads(filter_json)
    # ruleid: MCP-564
    n = users.count_documents(query)
    # ruleid: MCP-564
    b = list(users.find({"$where": f"this.name == '{name}'"}))
    # ok: MCP-564 -- typed filter built from fields
    c = list(users.find({"name": str(name)}))
    # ok: MCP-564 -- constant JSON filter
    d = list(users.find(json.loads(ACTIVE_FILTER)))
    # ok: MCP-564 -- constant $where
    e = list(users.find({"$where": "this.visits > 10"}))
    return a + b + c + d + e + [n]


@mcp.tool()
def friends(name: str, label: str) -> list:
    """List the friends of a person."""
    with driver.session() as session:
        # ruleid: MCP-564
        r1 = session.run(f"MATCH (p:Person {{name: '{name}'}})-[:KNOWS]->(f) RETURN f.name")
        # ruleid: MCP-564
        r2 = session.run("MATCH (p:" + label + ") RETURN count(p)")
        # ok: MCP-564 -- parameterised Cypher
        r3 = session.run("MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f.name", name=name)
        # ok: MCP-564 -- not Cypher
        r4 = runner.run(f"echo {name}")
        return [r1, r2, r3, r4]


@mcp.tool()
def lookup_user(uid: str) -> list:
    """Look a user up in the directory."""
    # ruleid: MCP-564
    ldap.search("ou=people,dc=example,dc=com", f"(uid={uid})", attributes=["cn", "mail"])
    # ruleid: MCP-564
    ldap.search("ou=people,dc=example,dc=com", search_filter="(&(objectClass=person)(cn=" + uid + "))")
    # ok: MCP-564 -- escaped value
    ldap.search("ou=people,dc=example,dc=com", f"(uid={escape_filter_chars(uid)})")
    # ok: MCP-564 -- constant filter
    ldap.search("ou=people,dc=example,dc=com", "(objectClass=person)")
    return ldap.entries


@mcp.tool()
def search_docs(q: str) -> dict:
    """Full-text search."""
    # ruleid: MCP-564
    hits = es.search(index="docs", query={"query_string": {"query": q}})
    # ok: MCP-564 -- match query treats the value as text
    safe = es.search(index="docs", query={"match": {"body": q}})
    # ok: MCP-564 -- a constant query_string
    fixed = es.search(index="docs", query={"query_string": {"query": "status:published"}})
    return {"hits": hits, "safe": safe, "fixed": fixed}


def load_defaults(path: str) -> list:
    with open(path) as fh:
        # ok: MCP-564 -- not in a handler: the server's own configuration file
        return list(users.find(json.loads(fh.read())))
