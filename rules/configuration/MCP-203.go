//go:build ignore

// Fixture for MCP-203: IAM policy documents in a Go MCP server.
package infra

import (
	"encoding/json"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "infra"}, nil)

type Statement struct {
	Effect   string
	Action   []string
	Resource []string
}

func policies() ([]byte, string, []Statement) {
	doc := map[string]any{
		"Version": "2012-10-17",
		"Statement": []map[string]any{
			// ruleid: MCP-203
			{"Effect": "Allow", "Action": "*", "Resource": "*"},
			// ok: MCP-203
			{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
		},
	}
	b, _ := json.Marshal(doc)
	// ok: MCP-203 -- a JSON policy with named actions
	narrow := `{"Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances"],"Resource":"*"}]}`
	_ = narrow
	// ruleid: MCP-203
	raw := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:*"],"Resource":"*"}]}`
	stmts := []Statement{
		// ruleid: MCP-203
		{Effect: "Allow", Action: []string{"s3:*"}, Resource: []string{"*"}},
		// ok: MCP-203
		{Effect: "Deny", Action: []string{"*"}, Resource: []string{"*"}},
		// ok: MCP-203
		{Effect: "Allow", Action: []string{"s3:GetObject"}, Resource: []string{"arn:aws:s3:::reports/*"}},
	}
	return b, raw, stmts
}
