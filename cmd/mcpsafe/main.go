// Command mcpsafe is a security scanner for MCP servers. See internal/cli.
package main

import (
	"os"

	"github.com/mcpsafe/mcpsafe/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
