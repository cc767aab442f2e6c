package source

import (
	"crypto/sha1"
	"hash"
)

// newSHA1 hashes for npm's legacy "shasum" field, used only when a
// packument has no sha512 "integrity" (very old packages).
func newSHA1() hash.Hash { return sha1.New() }
