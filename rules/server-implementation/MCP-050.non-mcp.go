//go:build ignore

// Fixture for MCP-050: weak hashing in a Go program that is not MCP code.
package legacy

import "crypto/md5"

func hashPassword(password string) [16]byte {
	// ok: MCP-050 -- not an MCP-context file
	return md5.Sum([]byte(password))
}
