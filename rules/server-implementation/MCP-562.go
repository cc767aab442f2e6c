//go:build ignore

// Fixture for MCP-562: Go archive extraction in an MCP server.
package workspace

import (
	"archive/tar"
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

var server = mcp.NewServer(&mcp.Implementation{Name: "workspace"}, nil)

func untar(r io.Reader, dst string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		// ruleid: MCP-562
		target := filepath.Join(dst, hdr.Name)
		f, _ := os.Create(target)
		io.Copy(f, tr)
		f.Close()
	}
}

func unzipChecked(src, dst string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		// ok: MCP-562 -- checked with a separator-terminated prefix
		target := filepath.Join(dst, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dst)+string(os.PathSeparator)) {
			return fmt.Errorf("unsafe entry %q", f.Name)
		}
		rc, _ := f.Open()
		out, _ := os.Create(target)
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}

func configPath(dir string, cfg struct{ Name string }) string {
	// ok: MCP-562 -- not an archive loop
	return filepath.Join(dir, cfg.Name)
}
