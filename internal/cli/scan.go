package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/project"
	jsonreport "github.com/mcpsafe/mcpsafe/internal/report/json"
	sarifreport "github.com/mcpsafe/mcpsafe/internal/report/sarif"
	textreport "github.com/mcpsafe/mcpsafe/internal/report/text"
	"github.com/mcpsafe/mcpsafe/internal/result"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
	"github.com/mcpsafe/mcpsafe/internal/scan"
)

type scanFlags struct {
	format       string
	output       string
	failOn       string
	mode         string
	rules        []string
	only         []string
	skip         []string
	includeTests bool
	excludes     []string
	maxFileSize  string
	jobs         int
	noColor      bool
	noGitignore  bool
	verbose      bool
	deepTimeout  time.Duration
}

func newScanCmd(e *env) *cobra.Command {
	f := &scanFlags{}
	cmd := &cobra.Command{
		Use:   "scan [PATH]",
		Short: "Scan a folder or file for MCP security issues",
		Long: `Scan a folder (or one file) of MCP server or client code.

mcpsafe reads Python, JavaScript, TypeScript/TSX and Go files and the
manifests beside them (package.json, pyproject.toml, requirements*.txt,
setup.py/setup.cfg, go.mod). It decides whether the target is MCP code and
runs the rule catalog; rules gated on MCP context stay quiet elsewhere.

It respects .gitignore and skips .git, node_modules, vendor, virtualenvs and
__pycache__, and test code (test/, tests/, __tests__/, *_test.go, test_*.py,
*.test.*, *.spec.*) unless --include-tests is given. Build output such as
dist/ and build/ is scanned: published packages ship their code there.

Silence a reviewed line with a comment: "# nosem", "// nosemgrep" or
"nosem: MCP-279, MCP-002" on the line or alone on the line above.
Suppressed findings are still listed, with their reason.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage error or target not readable.`,
		Example: `  mcpsafe scan .
  mcpsafe scan ./server --format sarif --output mcpsafe.sarif
  mcpsafe scan server.py --fail-on medium
  mcpsafe scan . --format json | jq '.findings[] | .rule_id'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "."
			if len(args) == 1 {
				target = args[0]
			}
			return runScan(e, f, target)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: text, json or sarif")
	fl.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "high", "exit 1 when a finding is at or above this severity: critical, high, medium, low, info, or none")
	fl.StringVar(&f.mode, "mode", "fast", "scan mode: fast (structural rules on each file, dataflow within one function) or deep (dataflow across functions and files)")
	fl.DurationVar(&f.deepTimeout, "deep-timeout", engine.DefaultDeepTimeout, "time limit of deep mode's project analysis")
	fl.StringArrayVar(&f.rules, "rules", nil, "also load the rule files in `DIR` (repeatable)")
	fl.StringArrayVar(&f.only, "rule", nil, "run only this rule `ID` (repeatable)")
	fl.StringArrayVar(&f.skip, "skip-rule", nil, "do not run this rule `ID` (repeatable)")
	fl.BoolVar(&f.includeTests, "include-tests", false, "also scan test folders and test files")
	fl.StringArrayVar(&f.excludes, "exclude", nil, "skip paths matching this gitignore-style `GLOB` (repeatable)")
	fl.StringVar(&f.maxFileSize, "max-file-size", "2MiB", "skip files larger than `SIZE` (e.g. 512KiB, 4MiB) with a diagnostic")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "number of parallel workers (default: one per CPU)")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (NO_COLOR is also honoured)")
	fl.BoolVar(&f.noGitignore, "no-gitignore", false, "scan files that .gitignore excludes")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "list every diagnostic and suppressed finding in text output")
	return cmd
}

var sizePattern = regexp.MustCompile(`^(?i)\s*([0-9]+)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$`)

// parseSize reads sizes like 2MiB, 512k or 1048576 (bytes). K, M and G are
// binary multiples, as file sizes usually are.
func parseSize(s string) (int64, error) {
	m := sizePattern.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("invalid size %q (use a number of bytes or a unit: 512KiB, 4MiB)", s)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	switch strings.ToLower(m[2]) {
	case "k", "kb", "kib":
		n <<= 10
	case "m", "mb", "mib":
		n <<= 20
	case "g", "gb", "gib":
		n <<= 30
	}
	if n <= 0 {
		return 0, fmt.Errorf("size %q must be positive", s)
	}
	return n, nil
}

// parseFailOn returns the threshold, or 0 for "none".
func parseFailOn(s string) (finding.Severity, error) {
	if strings.EqualFold(s, "none") {
		return 0, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("--fail-on: %v, or none", err)
	}
	return sev, nil
}

func runScan(e *env, f *scanFlags, target string) error {
	switch f.format {
	case "text", "json", "sarif":
	default:
		return usageErr("--format %q: want text, json or sarif", f.format)
	}
	switch f.mode {
	case "fast", "deep":
	default:
		return usageErr("--mode %q: want fast or deep", f.mode)
	}
	if f.deepTimeout <= 0 {
		return usageErr("--deep-timeout must be positive")
	}
	failOn, err := parseFailOn(f.failOn)
	if err != nil {
		return usageErr("%v", err)
	}
	maxSize, err := parseSize(f.maxFileSize)
	if err != nil {
		return usageErr("--max-file-size: %v", err)
	}
	if f.jobs < 0 {
		return usageErr("--jobs must be 0 (one per CPU) or more")
	}
	if _, err := os.Stat(target); err != nil {
		if os.IsNotExist(err) {
			return usageErr("%s does not exist: give the folder or file to scan (mcpsafe scan PATH)", target)
		}
		return usageErr("cannot read %s: %v", target, err)
	}

	cat, err := ruleset.Load(f.rules)
	if err != nil {
		return usageErr("%v", err)
	}
	keep, err := ruleFilter(cat, f.only, f.skip)
	if err != nil {
		return usageErr("%v", err)
	}
	eng, err := engine.Compile(cat, keep, engine.Options{Mode: f.mode, DeepTimeout: f.deepTimeout})
	if err != nil {
		return usageErr("%v", err)
	}
	defer eng.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := scan.Run(ctx, target, eng, cat, scan.Options{
		Project: project.Options{
			MaxFileSize:  maxSize,
			IncludeTests: f.includeTests,
			Excludes:     f.excludes,
			NoGitignore:  f.noGitignore,
		},
		Jobs:        f.jobs,
		Mode:        f.mode,
		ToolName:    "mcpsafe",
		ToolVersion: Version(),
	})
	if err != nil {
		return usageErr("%v", err)
	}

	out := e.stdout
	var file *os.File
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			return usageErr("--output: %v", err)
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	color := f.format == "text" && f.output == "" && !f.noColor && e.getenv("NO_COLOR") == "" && isTerminal(e.stdout)
	if err := writeReport(bw, f.format, res, eng.Rules(), textreport.Options{Color: color, Verbose: f.verbose}); err != nil {
		return usageErr("writing the report: %v", err)
	}
	if err := bw.Flush(); err != nil {
		return usageErr("writing the report: %v", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return usageErr("--output: %v", err)
		}
	}
	if failOn != 0 {
		for i := range res.Findings {
			if res.Findings[i].Severity >= failOn {
				return &exitError{code: ExitFindings, err: fmt.Errorf("")}
			}
		}
	}
	return nil
}

func writeReport(w io.Writer, format string, res *result.Result, rules []*catalog.Rule, topts textreport.Options) error {
	switch format {
	case "json":
		return jsonreport.Write(w, res)
	case "sarif":
		return sarifreport.Write(w, res, rules)
	}
	return textreport.Write(w, res, topts)
}

// ruleFilter turns --rule and --skip-rule into an engine filter,
// rejecting IDs the catalog does not know.
func ruleFilter(cat *catalog.Catalog, only, skip []string) (func(*catalog.Rule) bool, error) {
	if len(only) == 0 && len(skip) == 0 {
		return nil, nil
	}
	onlySet, skipSet := map[string]bool{}, map[string]bool{}
	for _, id := range only {
		r := cat.Lookup(id)
		if r == nil {
			return nil, fmt.Errorf("--rule %s: no such rule (mcpsafe rules list shows them)", id)
		}
		onlySet[r.ID] = true
	}
	for _, id := range skip {
		r := cat.Lookup(id)
		if r == nil {
			return nil, fmt.Errorf("--skip-rule %s: no such rule (mcpsafe rules list shows them)", id)
		}
		skipSet[r.ID] = true
	}
	return func(r *catalog.Rule) bool {
		if len(onlySet) > 0 && !onlySet[r.ID] {
			return false
		}
		return !skipSet[r.ID]
	}, nil
}
