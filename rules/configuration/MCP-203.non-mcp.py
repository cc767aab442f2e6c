"""Fixture for MCP-203: a wildcard policy in a project without MCP context."""

POLICY = {
    "Version": "2012-10-17",
    # ok: MCP-203 -- not an MCP project
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}
