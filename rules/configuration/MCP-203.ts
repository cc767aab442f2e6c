// Fixture for MCP-203: IAM policies in a TypeScript MCP server and its CDK stack.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { IAMClient, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import * as iam from "aws-cdk-lib/aws-iam";

const server = new McpServer({ name: "aws", version: "1.0.0" });
const client = new IAMClient({});

export async function grant(role: string, table: string) {
  const doc = {
    Version: "2012-10-17",
    Statement: [
      // ruleid: MCP-203
      { Effect: "Allow", Action: ["dynamodb:*"], Resource: table },
      // ok: MCP-203
      { Effect: "Allow", Action: ["dynamodb:GetItem"], Resource: table },
      // ok: MCP-203
      { Effect: "Deny", Action: "*", Resource: "*" },
    ],
  };
  await client.send(new PutRolePolicyCommand({ RoleName: role, PolicyName: "t", PolicyDocument: JSON.stringify(doc) }));
}

export const statements = [
  // ruleid: MCP-203
  new iam.PolicyStatement({ actions: ["*"], resources: ["*"] }),
  // ruleid: MCP-203
  new iam.PolicyStatement({ actions: ["s3:PutObject"], resources: ["*"] }),
  // ok: MCP-203
  new iam.PolicyStatement({ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/*"] }),
  // ok: MCP-203
  new iam.PolicyStatement({ actions: ["sts:GetCallerIdentity"], resources: ["*"] }),
];
