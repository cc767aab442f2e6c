//go:build ignore

// Fixture for MCP-560: containment checks in a Go MCP server.
package files

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "files"}, nil)

type fsServer struct {
	allowedDirs []string
	rootDir     string
}

func (s *fsServer) check(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	for _, dir := range s.allowedDirs {
		// ruleid: MCP-560
		if strings.HasPrefix(real, dir) {
			return real, nil
		}
	}
	// ruleid: MCP-560
	if strings.HasPrefix(real, s.rootDir) {
		return real, nil
	}
	// ok: MCP-560 -- separator appended
	if strings.HasPrefix(real, s.rootDir+string(filepath.Separator)) {
		return real, nil
	}
	rel, err := filepath.Rel(s.rootDir, real)
	// ok: MCP-560 -- filepath.Rel and a .. test
	if err == nil && !strings.HasPrefix(rel, "..") {
		return real, nil
	}
	return "", errors.New("access denied")
}

func isAPI(path string) bool {
	// ok: MCP-560 -- an HTTP route prefix
	return strings.HasPrefix(path, "/api/")
}

func open(s *fsServer, p string) (*os.File, error) {
	real, err := s.check(p)
	if err != nil {
		return nil, err
	}
	return os.Open(real)
}
