// Command harness times mcpsafe against its peers on the same files and
// prints the table of docs/performance.md. bench/run.sh builds everything
// and calls it; run it directly to time a subset:
//
//	go run ./bench/harness -set bench/out/set -mcpsafe bench/out/mcpsafe \
//	    -astgrep bench/tools/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep -runs 5
//
// Each tool runs as a child process; wall time is measured around it, CPU
// time (user + system) and peak RSS come from the child's rusage
// (getrusage RUSAGE_CHILDREN, as /usr/bin/time reports them). Runs of the
// tools are interleaved so that a noisy neighbour hurts all of them alike,
// and the table gives medians.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

type tool struct {
	Name string   `json:"name"`
	Args []string `json:"args"`
	// OK lists the exit codes that mean success.
	ok []int
}

type sample struct {
	Wall  float64 `json:"wall_s"`
	CPU   float64 `json:"cpu_s"`
	RSSMB float64 `json:"peak_rss_mb"`
}

type row struct {
	Tool    string   `json:"tool"`
	Command string   `json:"command"`
	Samples []sample `json:"samples"`
	Median  sample   `json:"median"`
	MBps    float64  `json:"mb_per_s"`
	FilesPS float64  `json:"files_per_s"`
}

type results struct {
	When     string        `json:"when"`
	Tests    bool          `json:"include_tests"`
	Set      string        `json:"set"`
	Files    int           `json:"files"`
	Bytes    int64         `json:"bytes"`
	Runs     int           `json:"runs"`
	DeepRuns int           `json:"deep_runs"`
	Jobs     int           `json:"jobs"`
	Keywords int           `json:"ripgrep_keywords"`
	Rows     []row         `json:"rows"`
	Scaling  []scaleRow    `json:"scaling,omitempty"`
	Single   []singleRow   `json:"single,omitempty"`
	Ratios   []ratioResult `json:"ratios"`
}

type ratioResult struct {
	Name string  `json:"name"`
	Wall float64 `json:"wall"`
	CPU  float64 `json:"cpu"`
}

type scaleRow struct {
	MB    float64 `json:"mb"`
	Files int     `json:"files"`
	Fast  sample  `json:"fast"`
	Deep  sample  `json:"deep"`
}

type singleRow struct {
	Dir   string `json:"dir"`
	Files int    `json:"files"`
	Bytes int64  `json:"bytes"`
	Fast  sample `json:"fast"`
	Deep  sample `json:"deep"`
}

func main() {
	set := flag.String("set", "bench/out/set", "the file set (made by bench/scanset)")
	mcpsafe := flag.String("mcpsafe", "bench/out/mcpsafe", "mcpsafe binary")
	base := flag.String("base", "", "a second mcpsafe binary to compare (before/after), optional")
	astgrep := flag.String("astgrep", "bench/tools/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep", "ast-grep binary (the platform binary, not the npm shim)")
	sgconfig := flag.String("sgconfig", "bench/astgrep/sgconfig.yml", "ast-grep project config")
	rg := flag.String("rg", "rg", "ripgrep binary")
	runs := flag.Int("runs", 5, "runs per tool; the table gives medians")
	deepRuns := flag.Int("deep-runs", 0, "runs of deep mode on the corpus (0: as -runs)")
	jobs := flag.Int("jobs", 2, "threads for every tool")
	noDeep := flag.Bool("no-deep", false, "skip deep mode on the corpus")
	tests := flag.Bool("include-tests", false, "pass --include-tests to mcpsafe (the set was made with scanset -include-tests)")
	scaling := flag.String("scaling", "", "comma-separated synthetic sizes in MB for the scaling curve (e.g. 10,30,100)")
	scaleRuns := flag.Int("scaling-runs", 1, "runs per size of the scaling curve")
	scaleDeepMax := flag.Float64("scaling-deep-max", 0, "skip deep mode in the scaling curve above this many MB (0: never skip)")
	genDir := flag.String("gen-dir", "bench/out/gen", "where synthetic projects are generated")
	genBin := flag.String("gen", "bench/out/gen-bin", "bench/gen binary")
	single := flag.String("single", "", "comma-separated folders (single servers) to time mcpsafe on")
	singleRuns := flag.Int("single-runs", 0, "runs per single server (0: as -runs)")
	only := flag.String("tools", "", "comma-separated subset of the corpus tools to run: fast,deep,ast-grep,ripgrep (default: all)")
	jsonOut := flag.String("json", "bench/out/results.json", "write the results as JSON here")
	mdOut := flag.String("md", "bench/out/results.md", "write the tables as Markdown here")
	flag.Parse()

	files, size, err := measure(*set)
	if err != nil {
		fail(err)
	}
	kws, err := keywords()
	if err != nil {
		fail(err)
	}
	res := &results{When: time.Now().UTC().Format(time.RFC3339), Set: *set, Files: files, Bytes: size, Runs: *runs, Jobs: *jobs, Keywords: len(kws), Tests: *tests, DeepRuns: *deepRuns}
	j := strconv.Itoa(*jobs)
	mcpIn := func(bin, mode, dir string) []string {
		args := []string{bin, "scan", "--mode", mode, "--fail-on", "none", "--format", "json", "-o", "/dev/null", "-j", j}
		if *tests {
			args = append(args, "--include-tests")
		}
		return append(args, dir)
	}
	mcp := func(bin, mode string) []string { return mcpIn(bin, mode, *set) }
	tools := []tool{{Name: "mcpsafe fast", Args: mcp(*mcpsafe, "fast"), ok: []int{0}}}
	if !*noDeep {
		tools = append(tools, tool{Name: "mcpsafe deep", Args: mcp(*mcpsafe, "deep"), ok: []int{0}})
	}
	if *base != "" {
		tools = append(tools, tool{Name: "mcpsafe fast (base)", Args: mcp(*base, "fast"), ok: []int{0}})
		if !*noDeep {
			tools = append(tools, tool{Name: "mcpsafe deep (base)", Args: mcp(*base, "deep"), ok: []int{0}})
		}
	}
	if *astgrep != "" {
		tools = append(tools, tool{Name: "ast-grep (3 rule families)", Args: []string{*astgrep, "scan", "-c", *sgconfig, "--json=compact", "-j", j,
			"--no-ignore", "hidden", "--no-ignore", "vcs", "--no-ignore", "dot", *set}, ok: []int{0, 1}})
	}
	if *rg != "" {
		args := []string{*rg, "--no-ignore", "--hidden", "-j", j, "-c", "-F"}
		for _, k := range kws {
			args = append(args, "-e", k)
		}
		for _, g := range []string{"*.py", "*.pyi", "*.js", "*.mjs", "*.cjs", "*.jsx", "*.ts", "*.mts", "*.cts", "*.tsx", "*.go"} {
			args = append(args, "-g", g)
		}
		args = append(args, *set)
		tools = append(tools, tool{Name: fmt.Sprintf("ripgrep (%d keywords)", len(kws)), Args: args, ok: []int{0, 1}})
	}

	if *deepRuns <= 0 {
		*deepRuns = *runs
	}
	if *only != "" {
		keep := map[string]bool{}
		for _, t := range strings.Split(*only, ",") {
			keep[strings.TrimSpace(t)] = true
		}
		var kept []tool
		for _, t := range tools {
			key := strings.Fields(strings.TrimPrefix(t.Name, "mcpsafe "))[0]
			if keep[key] {
				kept = append(kept, t)
			}
		}
		tools = kept
	}
	if *runs <= 0 {
		tools = nil // only the single servers and the scaling curve
	}
	if *singleRuns <= 0 {
		*singleRuns = *runs
	}
	samples := make([][]sample, len(tools))
	for r := 0; r < *runs; r++ {
		for i, t := range tools {
			if strings.Contains(t.Name, "deep") && r >= *deepRuns {
				continue
			}
			s, err := runOnce(t)
			if err != nil {
				fail(fmt.Errorf("%s: %v", t.Name, err))
			}
			fmt.Fprintf(os.Stderr, "run %d/%d  %-28s wall %7.2fs  cpu %7.2fs  rss %7.1f MB\n", r+1, *runs, t.Name, s.Wall, s.CPU, s.RSSMB)
			samples[i] = append(samples[i], s)
		}
	}
	mb := float64(size) / (1 << 20)
	for i, t := range tools {
		m := median(samples[i])
		res.Rows = append(res.Rows, row{Tool: t.Name, Command: display(t.Args), Samples: samples[i], Median: m,
			MBps: mb / m.Wall, FilesPS: float64(files) / m.Wall})
	}
	find := func(prefix string) *row {
		for i := range res.Rows {
			if strings.HasPrefix(res.Rows[i].Tool, prefix) {
				return &res.Rows[i]
			}
		}
		return nil
	}
	ratio := func(name string, a, b *row) {
		if a == nil || b == nil {
			return
		}
		res.Ratios = append(res.Ratios, ratioResult{Name: name, Wall: a.Median.Wall / b.Median.Wall, CPU: a.Median.CPU / b.Median.CPU})
	}
	fast, deep, ag, rgRow := find("mcpsafe fast"), find("mcpsafe deep"), find("ast-grep"), find("ripgrep")
	ratio("mcpsafe fast / ast-grep", fast, ag)
	ratio("mcpsafe deep / ast-grep", deep, ag)
	ratio("mcpsafe fast / ripgrep", fast, rgRow)
	ratio("mcpsafe deep / ripgrep", deep, rgRow)
	ratio("mcpsafe deep / mcpsafe fast", deep, fast)
	ratio("ast-grep / ripgrep", ag, rgRow)
	if *base != "" {
		ratio("mcpsafe fast: after / before", fast, find("mcpsafe fast (base)"))
		ratio("mcpsafe deep: after / before", deep, find("mcpsafe deep (base)"))
	}

	if *single != "" {
		for _, d := range strings.Split(*single, ",") {
			d = strings.TrimSpace(d)
			n, b, err := measure(d)
			if err != nil {
				fail(err)
			}
			sr := singleRow{Dir: d, Files: n, Bytes: b}
			var fs, ds []sample
			for r := 0; r < *singleRuns; r++ {
				s, err := runOnce(tool{Args: mcpIn(*mcpsafe, "fast", d), ok: []int{0}})
				if err != nil {
					fail(err)
				}
				fs = append(fs, s)
				s, err = runOnce(tool{Args: mcpIn(*mcpsafe, "deep", d), ok: []int{0}})
				if err != nil {
					fail(err)
				}
				ds = append(ds, s)
			}
			sr.Fast, sr.Deep = median(fs), median(ds)
			fmt.Fprintf(os.Stderr, "single %-50s %4d files  fast %.2fs  deep %.2fs\n", d, n, sr.Fast.Wall, sr.Deep.Wall)
			res.Single = append(res.Single, sr)
		}
	}

	if *scaling != "" {
		if err := buildGen(*genBin); err != nil {
			fail(err)
		}
		for _, f := range strings.Split(*scaling, ",") {
			want, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil {
				fail(fmt.Errorf("-scaling: %v", err))
			}
			dir := filepath.Join(*genDir, fmt.Sprintf("%gmb", want))
			if _, err := os.Stat(dir); err != nil {
				cmd := exec.Command(*genBin, "-mb", fmt.Sprint(want), "-out", dir)
				cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
				if err := cmd.Run(); err != nil {
					fail(fmt.Errorf("gen %g MB: %v", want, err))
				}
			}
			n, b, err := measure(dir)
			if err != nil {
				fail(err)
			}
			sr := scaleRow{MB: float64(b) / (1 << 20), Files: n}
			var fs, ds []sample
			for r := 0; r < *scaleRuns; r++ {
				s, err := runOnce(tool{Args: mcpIn(*mcpsafe, "fast", dir), ok: []int{0}})
				if err != nil {
					fail(err)
				}
				fs = append(fs, s)
				if *scaleDeepMax > 0 && want > *scaleDeepMax {
					continue
				}
				s, err = runOnce(tool{Args: mcpIn(*mcpsafe, "deep", dir), ok: []int{0}})
				if err != nil {
					fail(err)
				}
				ds = append(ds, s)
			}
			sr.Fast, sr.Deep = median(fs), median(ds)
			fmt.Fprintf(os.Stderr, "scaling %6.1f MB  fast wall %.2fs cpu %.2fs rss %.0f MB   deep wall %.2fs cpu %.2fs rss %.0f MB\n",
				sr.MB, sr.Fast.Wall, sr.Fast.CPU, sr.Fast.RSSMB, sr.Deep.Wall, sr.Deep.CPU, sr.Deep.RSSMB)
			res.Scaling = append(res.Scaling, sr)
		}
	}

	md := markdown(res)
	fmt.Print(md)
	if *mdOut != "" {
		_ = os.MkdirAll(filepath.Dir(*mdOut), 0o755)
		if err := os.WriteFile(*mdOut, []byte(md), 0o644); err != nil {
			fail(err)
		}
	}
	if *jsonOut != "" {
		data, _ := json.MarshalIndent(res, "", "  ")
		_ = os.MkdirAll(filepath.Dir(*jsonOut), 0o755)
		if err := os.WriteFile(*jsonOut, append(data, '\n'), 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "harness:", err)
	os.Exit(1)
}

// runOnce runs one command with its output discarded and returns its wall
// time, CPU time and peak RSS.
func runOnce(t tool) (sample, error) {
	cmd := exec.Command(t.Args[0], t.Args[1:]...)
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if cmd.ProcessState == nil {
		return sample{}, err
	}
	code := cmd.ProcessState.ExitCode()
	good := false
	for _, c := range t.ok {
		good = good || c == code
	}
	if !good {
		return sample{}, fmt.Errorf("exit %d: %s", code, strings.TrimSpace(tail(stderr.String(), 400)))
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	s := sample{Wall: wall}
	if ru != nil {
		s.CPU = tvSeconds(ru.Utime) + tvSeconds(ru.Stime)
		s.RSSMB = float64(ru.Maxrss) / 1024 // Linux reports KiB
	}
	return s, nil
}

func tvSeconds(tv syscall.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func median(ss []sample) sample {
	pick := func(f func(sample) float64) float64 {
		v := make([]float64, len(ss))
		for i, s := range ss {
			v[i] = f(s)
		}
		sort.Float64s(v)
		if len(v) == 0 {
			return 0
		}
		if len(v)%2 == 1 {
			return v[len(v)/2]
		}
		return (v[len(v)/2-1] + v[len(v)/2]) / 2
	}
	return sample{Wall: pick(func(s sample) float64 { return s.Wall }), CPU: pick(func(s sample) float64 { return s.CPU }),
		RSSMB: pick(func(s sample) float64 { return s.RSSMB })}
}

// measure counts the source files (the languages mcpsafe reads) and their
// bytes under dir.
func measure(dir string) (int, int64, error) {
	exts := map[string]bool{".py": true, ".pyi": true, ".js": true, ".mjs": true, ".cjs": true, ".jsx": true, ".ts": true, ".mts": true, ".cts": true, ".tsx": true, ".go": true}
	n, size := 0, int64(0)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && exts[strings.ToLower(filepath.Ext(p))] {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n++
			size += info.Size()
		}
		return nil
	})
	return n, size, err
}

// keywords returns every prefilter keyword of the built-in catalog plus the
// MCP module literals: what ripgrep searches for as the I/O floor.
func keywords() ([]string, error) {
	cat, err := ruleset.Load(nil)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, m := range mcpctx.AnyMarkerLiterals() {
		add(m)
	}
	for _, r := range cat.Rules {
		if r.Deprecated {
			continue
		}
		for _, k := range r.Keywords {
			add(k)
		}
	}
	sort.Strings(out)
	return out, nil
}

func buildGen(bin string) error {
	if _, err := os.Stat(bin); err == nil {
		return nil
	}
	cmd := exec.Command("go", "build", "-o", bin, "./bench/gen")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func display(args []string) string {
	out := make([]string, 0, len(args))
	for i, a := range args {
		if i == 0 {
			a = filepath.Base(a)
		}
		if strings.ContainsAny(a, " *{}") {
			a = "'" + a + "'"
		}
		out = append(out, a)
	}
	s := strings.Join(out, " ")
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}

func markdown(r *results) string {
	var b strings.Builder
	mb := float64(r.Bytes) / (1 << 20)
	tests := ""
	if r.Tests {
		tests = " (test files included: mcpsafe runs with --include-tests)"
	}
	deep := ""
	if r.DeepRuns > 0 && r.DeepRuns != r.Runs {
		deep = fmt.Sprintf(", %d for deep mode", r.DeepRuns)
	}
	fmt.Fprintf(&b, "Corpus: %s — %d files, %.1f MB%s; %d runs per tool%s (medians), %d threads each; %s\n\n", r.Set, r.Files, mb, tests, r.Runs, deep, r.Jobs, r.When)
	if len(r.Rows) > 0 {
		b.WriteString("| tool | wall s | CPU s | peak RSS MB | MB/s | files/s | runs |\n|---|---:|---:|---:|---:|---:|---:|\n")
		for _, row := range r.Rows {
			fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.0f | %.2f | %.0f | %d |\n", row.Tool, row.Median.Wall, row.Median.CPU, row.Median.RSSMB, row.MBps, row.FilesPS, len(row.Samples))
		}
		b.WriteString("\n| ratio | wall | CPU |\n|---|---:|---:|\n")
		for _, q := range r.Ratios {
			fmt.Fprintf(&b, "| %s | %.2f× | %.2f× |\n", q.Name, q.Wall, q.CPU)
		}
	}
	if len(r.Single) > 0 {
		b.WriteString("\nSingle servers (mcpsafe, medians):\n\n| folder | files | KB | fast wall s | fast CPU s | deep wall s | deep CPU s |\n|---|---:|---:|---:|---:|---:|---:|\n")
		for _, s := range r.Single {
			fmt.Fprintf(&b, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f |\n", s.Dir, s.Files, s.Bytes>>10, s.Fast.Wall, s.Fast.CPU, s.Deep.Wall, s.Deep.CPU)
		}
	}
	if len(r.Scaling) > 0 {
		b.WriteString("\nScaling (synthetic projects from bench/gen):\n\n| MB | files | fast wall s | fast CPU s | fast RSS MB | deep wall s | deep CPU s | deep RSS MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, s := range r.Scaling {
			deep := "| – | – | – |"
			if s.Deep.Wall > 0 {
				deep = fmt.Sprintf("| %.2f | %.2f | %.0f |", s.Deep.Wall, s.Deep.CPU, s.Deep.RSSMB)
			}
			fmt.Fprintf(&b, "| %.1f | %d | %.2f | %.2f | %.0f %s\n", s.MB, s.Files, s.Fast.Wall, s.Fast.CPU, s.Fast.RSSMB, deep)
		}
	}
	return b.String()
}
