//go:build ignore

// Fixture for MCP-561: lexical containment in a Go MCP server.
package files

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "files"}, nil)

type fsServer struct{ rootDir string }

func (s *fsServer) lexical(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	// ruleid: MCP-561
	rel, err := filepath.Rel(s.rootDir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", errors.New("outside")
	}
	return abs, nil
}

func (s *fsServer) resolved(p string) (string, error) {
	real, err := filepath.EvalSymlinks(filepath.Clean(p))
	if err != nil {
		return "", err
	}
	// ok: MCP-561 -- EvalSymlinks resolves links
	if !strings.HasPrefix(real, s.rootDir+string(filepath.Separator)) {
		return "", errors.New("outside")
	}
	return real, nil
}

func (s *fsServer) rooted(p string) ([]byte, error) {
	root, err := os.OpenRoot(s.rootDir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	rel, _ := filepath.Rel(s.rootDir, filepath.Clean(p))
	// ok: MCP-561 -- os.Root refuses links that leave the root
	return root.ReadFile(rel)
}
