package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/configs"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/project"
	jsonreport "github.com/mcpsafe/mcpsafe/internal/report/json"
	sarifreport "github.com/mcpsafe/mcpsafe/internal/report/sarif"
	textreport "github.com/mcpsafe/mcpsafe/internal/report/text"
	"github.com/mcpsafe/mcpsafe/internal/result"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
	"github.com/mcpsafe/mcpsafe/internal/scan"
	"github.com/mcpsafe/mcpsafe/internal/source"
)

// rulesCacheDir is where the parsed rule catalog is kept between runs:
// "rules" in the cache folder of fetched trees; none with --no-cache or
// when there is no user cache folder.
func (f *scanFlags) rulesCacheDir() string {
	if f.noCache {
		return ""
	}
	return rulesCacheDir(f.cacheDir)
}

// rulesCacheDir returns the rule cache folder under the cache folder root
// ("" for the user cache folder's mcpsafe), or "" when there is none.
func rulesCacheDir(root string) string {
	if root == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		root = filepath.Join(d, "mcpsafe")
	}
	return filepath.Join(root, "rules")
}

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
	targetsFrom  string
	noCache      bool
	offline      bool
	cacheDir     string
	cpuProfile   string
	memProfile   string
	// listTools and clientConfigs: inventory.go.
	listTools     bool
	clientConfigs bool
}

func newScanCmd(e *env) *cobra.Command {
	f := &scanFlags{}
	cmd := &cobra.Command{
		Use:   "scan [TARGET...]",
		Short: "Scan MCP servers: folders, files, packages, repositories, images",
		Long: `Scan MCP server or client code. A target is a local folder or file, or
something to fetch and scan without running it:

  ./dir  /abs/path  server.py          a local folder or file (default: .)
  x.tgz  x.zip  x.whl  https://…/x.tgz an archive
  name  @scope/name  npm:name@1.2.3    an npm package (versions, ranges, tags)
  pypi:name  name==1.2.3               a PyPI package
  go:module@version                    a Go module (module proxy)
  owner/repo@ref  https://…  git@…     a git repository at a branch, tag or commit
  docker:image[:tag|@digest]           a container image (linux/amd64)
  io.github.owner/name                 an entry of the official MCP registry

Private registries and repositories work through each ecosystem's own
configuration (.npmrc, PIP_INDEX_URL, GOPROXY/GOPRIVATE, git credentials,
Docker config.json). Fetched trees are cached, and so is the parsed rule
catalog; see --no-cache and --offline.

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
  mcpsafe scan @modelcontextprotocol/server-everything
  mcpsafe scan go:github.com/mark3labs/mcp-go@latest --mode deep
  mcpsafe scan ./server --format sarif --output mcpsafe.sarif
  mcpsafe scan server.py --fail-on medium
  mcpsafe scan . --format json | jq '.findings[] | .rule_id'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(e, f, args)
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
	fl.StringVar(&f.targetsFrom, "targets-from", "", "also scan the targets listed in `FILE`, one per line (- reads standard input)")
	fl.BoolVar(&f.noCache, "no-cache", false, "fetch packages and repositories into a temporary folder, not the cache, and parse the rule catalog afresh")
	fl.BoolVar(&f.offline, "offline", false, "use only what is in the cache; never touch the network")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "cache `DIR` for fetched packages (default: the user cache folder/mcpsafe)")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the scan to `FILE` (for go tool pprof)")
	fl.StringVar(&f.memProfile, "memprofile", "", "write a heap profile to `FILE` when the scan ends (for go tool pprof)")
	fl.BoolVar(&f.listTools, "list-tools", false, "print the inventory of tools, prompts, resources and configured servers instead of the findings (text or json)")
	fl.BoolVar(&f.clientConfigs, "client-configs", false, "also scan the MCP client configurations of this user (Claude Desktop, Claude Code, Cursor, VS Code, Windsurf, Gemini CLI, Codex, …) and list their servers")
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

func runScan(e *env, f *scanFlags, refs []string) error {
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
	if f.noCache && f.offline {
		return usageErr("--no-cache and --offline exclude each other: --offline reads only the cache")
	}
	if f.targetsFrom != "" {
		more, err := source.ReadTargetsFile(f.targetsFrom)
		if err != nil {
			return usageErr("--targets-from: %v", err)
		}
		refs = append(refs, more...)
	}
	// --client-configs: the configuration files at the clients' documented
	// locations are targets too (inventory.go).
	configClients := map[string]string{}
	if f.clientConfigs {
		found := e.discoverClientConfigs()
		if len(found) == 0 && len(refs) == 0 {
			fmt.Fprintln(e.stderr, "mcpsafe: no MCP client configuration found at the usual locations")
			return nil
		}
		for _, l := range found {
			refs = append(refs, l.Path)
			configClients[l.Path] = l.Client
		}
	}
	if len(refs) == 0 {
		refs = []string{"."}
	}
	stopProfiles, err := startProfiles(f.cpuProfile, f.memProfile)
	if err != nil {
		return usageErr("%v", err)
	}
	defer stopProfiles()

	cat, err := ruleset.LoadCached(f.rules, f.rulesCacheDir())
	if err != nil {
		return usageErr("%v", err)
	}
	keep, err := ruleFilter(cat, f.only, f.skip)
	if err != nil {
		return usageErr("%v", err)
	}
	eng, err := engine.Compile(cat, keep, engine.Options{Mode: f.mode, DeepTimeout: f.deepTimeout, CompileWorkers: f.jobs})
	if err != nil {
		return usageErr("%v", err)
	}
	defer eng.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sopts := source.Options{CacheDir: f.cacheDir, NoCache: f.noCache, Offline: f.offline, Getenv: e.getenv}
	if isTerminal(e.stderr) {
		sopts.Progress = e.stderr
	}
	scanOpts := scan.Options{
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
	}
	var results []*result.Result
	defer func() {
		for _, res := range results {
			res.Close() // a large scan's findings wait in a temporary file
		}
	}()
	var inventories []invTarget
	failed := false
	for _, ref := range refs {
		targets, err := source.Resolve(ctx, ref, sopts)
		if err != nil {
			fmt.Fprintf(e.stderr, "mcpsafe: %s: %v\n", ref, err)
			failed = true
			continue
		}
		for _, t := range targets {
			o := scanOpts
			o.Target = &result.Target{Kind: t.Kind, Ref: t.Ref, Resolved: t.Resolved, Digest: t.Digest, Package: t.Package}
			o.Notes = t.Notes
			if f.listTools || f.clientConfigs {
				o.Inventory = &scan.Inventory{}
			}
			res, err := scan.Run(ctx, t.Dir, eng, cat, o)
			t.Close()
			if err != nil {
				fmt.Fprintf(e.stderr, "mcpsafe: %s: %v\n", ref, err)
				failed = true
				continue
			}
			results = append(results, res)
			if o.Inventory != nil {
				inventories = append(inventories, inventoryOf(res.Target, o.Inventory, configClients[ref]))
			}
		}
		if ctx.Err() != nil {
			return usageErr("interrupted")
		}
	}

	if f.listTools {
		// The inventory replaces the report; exit 0 unless a target failed.
		if err := e.writeInventory(e.stdout, f.format, inventories); err != nil {
			return err
		}
		if failed {
			return &exitError{code: ExitError, err: fmt.Errorf("")}
		}
		return nil
	}
	if f.clientConfigs && f.format == "text" && f.output == "" {
		var servers []configs.Server
		for _, inv := range inventories {
			servers = append(servers, inv.Servers...)
		}
		writeServers(e.stdout, servers)
		fmt.Fprintln(e.stdout)
	}
	if len(results) > 0 {
		if err := e.writeResults(f, results, eng.Rules()); err != nil {
			return err
		}
	}
	if failed {
		return &exitError{code: ExitError, err: fmt.Errorf("")}
	}
	if failOn != 0 {
		for _, res := range results {
			for _, sev := range finding.AllSeverities {
				if sev >= failOn && res.Summary.Counts[sev.String()] > 0 {
					return &exitError{code: ExitFindings, err: fmt.Errorf("")}
				}
			}
		}
	}
	return nil
}

// startProfiles starts a CPU profile and arranges a heap profile, for
// anyone chasing a performance regression; the returned function stops
// and writes them.
func startProfiles(cpuFile, memFile string) (func(), error) {
	var cpu *os.File
	if cpuFile != "" {
		fh, err := os.Create(cpuFile)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(fh); err != nil {
			fh.Close()
			return nil, fmt.Errorf("--cpuprofile: %v", err)
		}
		cpu = fh
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if memFile != "" {
			fh, err := os.Create(memFile)
			if err != nil {
				return
			}
			defer fh.Close()
			runtime.GC()
			_ = pprof.WriteHeapProfile(fh)
		}
	}, nil
}

// writeResults renders one report, or one per target.
func (e *env) writeResults(f *scanFlags, results []*result.Result, rules []*catalog.Rule) error {
	out := e.stdout
	var file *os.File
	var err error
	if f.output != "" {
		file, err = os.Create(f.output)
		if err != nil {
			return usageErr("--output: %v", err)
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	color := f.format == "text" && f.output == "" && !f.noColor && e.getenv("NO_COLOR") == "" && isTerminal(e.stdout)
	topts := textreport.Options{Color: color, Verbose: f.verbose}
	switch {
	case len(results) == 1:
		err = writeReport(bw, f.format, results[0], rules, topts)
	case f.format == "json":
		err = jsonreport.WriteMulti(bw, results)
	case f.format == "sarif":
		err = sarifreport.WriteRuns(bw, results, rules)
	default:
		for i, res := range results {
			if i > 0 {
				fmt.Fprintln(bw)
			}
			fmt.Fprintf(bw, "== %s (%s)\n\n", res.Target.Ref, res.Target.Resolved)
			if err = textreport.Write(bw, res, topts); err != nil {
				break
			}
		}
	}
	if err != nil {
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
