"""Fixture for MCP-564: the same code outside MCP context."""

from neo4j import GraphDatabase

driver = GraphDatabase.driver("neo4j://localhost")


def friends(name: str):
    with driver.session() as session:
        # ok: MCP-564 -- not an MCP-context file
        return session.run(f"MATCH (p:Person {{name: '{name}'}}) RETURN p")
