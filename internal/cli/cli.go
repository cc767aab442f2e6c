// Package cli is mcpsafe's command line: scan, rules (list, show, test,
// docs, tree) and version. Run is the whole program; main only calls it,
// so tests drive the CLI exactly as a user does.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitOK       = 0 // no finding at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on (or rule tests failed)
	ExitError    = 2 // usage error, or the target could not be read
)

// version is set at build time with -ldflags "-X .../internal/cli.version=v1.2.3".
var version = ""

// devVersion is the version of a build without release information. It
// starts with a number, as SARIF consumers compare tool versions.
const devVersion = "0.1.0-dev"

// Version returns the version of this build.
func Version() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return devVersion + "+" + s.Value[:12]
			}
		}
	}
	return devVersion
}

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// env is what commands need from the process, passed explicitly so tests
// can run the CLI in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// Run executes mcpsafe with args (args[0] is the program name) and returns
// the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(args, &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv})
}

func run(args []string, e *env) int {
	root := newRoot(e)
	if len(args) > 0 {
		args = args[1:]
	}
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintf(e.stderr, "mcpsafe: %s\n", ee.err)
		}
		return ee.code
	}
	// Errors from cobra itself: unknown commands and flags, wrong
	// argument counts.
	fmt.Fprintf(e.stderr, "mcpsafe: %s\n", err)
	if !strings.Contains(err.Error(), "--help") {
		fmt.Fprintf(e.stderr, "Run 'mcpsafe --help' for usage.\n")
	}
	return ExitError
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "mcpsafe",
		Short: "Security scanner for MCP (Model Context Protocol) servers",
		Long: `mcpsafe checks MCP servers and clients against a documented threat catalog:
transport and OAuth mistakes, tool handlers that pass model-controlled input
to dangerous sinks, poisoned tool descriptions and more. It runs offline,
never executes the code it scans, and reports each occurrence with its
severity, CWE and fix.

Start with:
  mcpsafe scan ./my-mcp-server          scan a folder (or a single file)
  mcpsafe rules list                    see every rule
  mcpsafe rules show MCP-279            read one rule's documentation`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       Version(),
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetIn(e.stdin)
	root.SetVersionTemplate("mcpsafe {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr("%s (see 'mcpsafe %s --help')", err, c.Name())
	})
	root.AddCommand(newScanCmd(e), newRulesCmd(e), newVersionCmd(e))
	return root
}

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(e.stdout, "mcpsafe %s\n", Version())
			return nil
		},
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
