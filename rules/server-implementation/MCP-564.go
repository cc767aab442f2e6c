//go:build ignore

// Fixture for MCP-564: Go MCP tools over MongoDB, Neo4j and LDAP (mcp-go).
package directory

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/go-ldap/ldap/v3"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

func register(s *server.MCPServer, coll *mongo.Collection, sess neo4j.SessionWithContext, conn *ldap.Conn) {
	s.AddTool(mcp.NewTool("find"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		raw := req.GetString("filter", "{}")
		name := req.GetString("name", "")
		var filter bson.M
		// ruleid: MCP-564
		if err := json.Unmarshal([]byte(raw), &filter); err != nil {
			return nil, err
		}
		var ext bson.D
		// ruleid: MCP-564
		bson.UnmarshalExtJSON([]byte(raw), true, &ext)
		// ruleid: MCP-564
		where := bson.M{"$where": "this.name == '" + name + "'"}
		// ok: MCP-564 -- typed filter
		typed := bson.M{"name": name}
		// ok: MCP-564 -- constant $where
		fixed := bson.M{"$where": "this.visits > 10"}
		cur, err := coll.Find(ctx, filter)
		if err != nil {
			return nil, err
		}
		defer cur.Close(ctx)
		_, _, _ = where, typed, fixed
		return mcp.NewToolResultText("ok"), nil
	})
	s.AddTool(mcp.NewTool("friends"), func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		name := req.GetString("name", "")
		// ruleid: MCP-564
		sess.Run(ctx, fmt.Sprintf("MATCH (p:Person {name: '%s'}) RETURN p", name), nil)
		// ok: MCP-564 -- parameterised
		sess.Run(ctx, "MATCH (p:Person {name: $name}) RETURN p", map[string]any{"name": name})
		// ruleid: MCP-564
		req2 := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", name), []string{"cn"}, nil)
		// ok: MCP-564 -- escaped
		req3 := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(name)), []string{"cn"}, nil)
		conn.Search(req2)
		conn.Search(req3)
		var cfg map[string]any
		// ok: MCP-564 -- a JSON config, no Mongo call in this function
		json.Unmarshal([]byte(name), &cfg)
		return mcp.NewToolResultText("ok"), nil
	})
}
