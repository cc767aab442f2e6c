//go:build ignore

// Fixture for MCP-563: the same guard in a program that is not MCP code.
package cli

import (
	"database/sql"
	"strings"
)

func run(db *sql.DB, q string) error {
	if !strings.HasPrefix(strings.ToUpper(q), "SELECT") {
		return nil
	}
	// ok: MCP-563 -- not an MCP-context file
	_, err := db.Query(q)
	return err
}
