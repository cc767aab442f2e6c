//go:build ignore

// Fixture for MCP-600: a build tool that is not MCP code.
package build

import (
	"os"
	"os/exec"
)

func run() error {
	cmd := exec.Command("make", "--token", os.Getenv("CI_TOKEN"))
	// ok: MCP-600 -- not an MCP-context file
	cmd.Env = os.Environ()
	return cmd.Run()
}
