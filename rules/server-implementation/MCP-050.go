//go:build ignore

// Fixture for MCP-050: a Go MCP server with its own account table.
package accounts

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"github.com/mark3labs/mcp-go/server"
	"golang.org/x/crypto/bcrypt"
)

const lowCost = 6

var s = server.NewMCPServer("accounts", "1.0.0")

func hashPassword(password string) string {
	// ruleid: MCP-050
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func hashSecret(clientSecret string) []byte {
	h := sha1.New()
	// ruleid: MCP-050
	h.Write([]byte(clientSecret))
	return h.Sum(nil)
}

func bcryptHashes(pw []byte) {
	// ruleid: MCP-050
	a, _ := bcrypt.GenerateFromPassword(pw, bcrypt.MinCost)
	// ruleid: MCP-050
	b, _ := bcrypt.GenerateFromPassword(pw, lowCost)
	// ok: MCP-050
	c, _ := bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)
	// ok: MCP-050
	d, _ := bcrypt.GenerateFromPassword(pw, 12)
	_, _, _, _ = a, b, c, d
}

func checksum(r io.Reader, body []byte) string {
	// ok: MCP-050 -- checksum of content
	sum := md5.Sum(body)
	h := sha1.New()
	// ok: MCP-050 -- streaming checksum
	io.Copy(h, r)
	// ok: MCP-050 -- not a password
	h.Write(body)
	// ok: MCP-050 -- SHA-256
	s2 := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]) + hex.EncodeToString(s2[:])
}
