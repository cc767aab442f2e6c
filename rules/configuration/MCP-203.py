"""Fixture for MCP-203: IAM policies built by an AWS MCP server."""

import json

import boto3
from aws_cdk import aws_iam as iam
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("aws")
client = boto3.client("iam")


@mcp.tool()
def create_tool_role(role: str, bucket: str) -> str:
    """Create a role for the server's tools."""
    admin = {
        "Version": "2012-10-17",
        "Statement": [
            # ruleid: MCP-203
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
        ],
    }
    broad = {
        "Version": "2012-10-17",
        "Statement": [
            # ruleid: MCP-203
            {"Effect": "Allow", "Action": ["s3:GetObject", "dynamodb:*"], "Resource": f"arn:aws:s3:::{bucket}/*"},
            # ruleid: MCP-203
            {"Effect": "Allow", "Action": ["s3:DeleteObject"], "Resource": "*"},
            # ok: MCP-203 -- a deny statement
            {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
            # ok: MCP-203 -- an action without resource-level permissions
            {"Effect": "Allow", "Action": ["sts:GetCallerIdentity"], "Resource": "*"},
            # ok: MCP-203 -- scoped
            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": [f"arn:aws:s3:::{bucket}/*"]},
            # ok: MCP-203 -- a partial wildcard
            {"Effect": "Allow", "Action": ["s3:Get*"], "Resource": f"arn:aws:s3:::{bucket}/*"},
        ],
    }
    # ruleid: MCP-203
    raw = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}'
    # ok: MCP-203 -- a JSON policy without wildcards
    fine = '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}'
    client.put_role_policy(RoleName=role, PolicyName="admin", PolicyDocument=json.dumps(admin))
    client.put_role_policy(RoleName=role, PolicyName="broad", PolicyDocument=json.dumps(broad))
    return raw + fine


@mcp.tool()
def put_inline_policy(role: str, document: str) -> str:
    """Add an inline policy to a role.

    Example document (ok: MCP-203 -- documentation in a docstring):
        {"Statement": [{"Effect": "Allow", "Action": "logs:*", "Resource": "*"}]}
    """
    lambda_vpc = {
        # ok: MCP-203 -- the network-interface actions the managed Lambda VPC policy grants on *
        "Statement": [{"Effect": "Allow", "Action": ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface"], "Resource": "*"}],
    }
    client.put_role_policy(RoleName=role, PolicyName="inline", PolicyDocument=document)
    return json.dumps(lambda_vpc)


def cdk_statements(bucket_arn: str) -> list:
    return [
        # ruleid: MCP-203
        iam.PolicyStatement(actions=["*"], resources=["*"]),
        # ruleid: MCP-203
        iam.PolicyStatement(actions=["dynamodb:PutItem"], resources=["*"]),
        # ok: MCP-203
        iam.PolicyStatement(actions=["s3:GetObject"], resources=[f"{bucket_arn}/*"]),
        # ok: MCP-203
        iam.PolicyStatement(effect=iam.Effect.DENY, actions=["*"], resources=["*"]),
        # ok: MCP-203 -- an action without resource-level permissions
        iam.PolicyStatement(actions=["ecr:GetAuthorizationToken"], resources=["*"]),
    ]


@mcp.tool()
def list_actions(service: str) -> dict:
    """Not a policy: a dict with an Action key."""
    # ok: MCP-203 -- no Effect: not an IAM statement
    return {"Action": "*", "Service": service}
