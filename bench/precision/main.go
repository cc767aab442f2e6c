// Command precision summarises mcpsafe JSON reports for the precision check
// of bench/precision.sh: findings per rule and per scanned server, and, given
// an earlier report, the per-rule change (before → after). With -list it also
// prints every finding, one line each, which is what a reviewer reads when
// judging whether a finding is true.
//
//	go run ./bench/precision [-before old.json] [-list] [-rule MCP-NNN] report.json...
//
// Each report may be a single-target report or a multi-target one (several
// targets given to one scan); both shapes are documented in docs/report.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

// result is the part of one target's report this command reads.
type result struct {
	Target struct {
		Ref string `json:"ref"`
	} `json:"target"`
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Severity string `json:"severity"`
		File     string `json:"file"`
		Line     int    `json:"line"`
		Message  string `json:"message"`
		Snippet  string `json:"snippet"`
	} `json:"findings"`
}

// document is either shape: a multi-target report has results, a single one
// has target and findings at the top level.
type document struct {
	result
	Results []result `json:"results"`
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("precision", flag.ContinueOnError)
	fs.SetOutput(stderr)
	before := fs.String("before", "", "an earlier report of the same targets: print per-rule before → after")
	list := fs.Bool("list", false, "print every finding (target, file:line, rule, message)")
	only := fs.String("rule", "", "only this rule (with -list: the findings to review for one rule)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: precision [-before old.json] [-list] [-rule ID] report.json...")
		return 2
	}
	after, err := load(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "precision:", err)
		return 1
	}
	var old []result
	if *before != "" {
		if old, err = load([]string{*before}); err != nil {
			fmt.Fprintln(stderr, "precision:", err)
			return 1
		}
	}
	filter := func(rs []result) []result {
		if *only == "" {
			return rs
		}
		out := make([]result, len(rs))
		for i, r := range rs {
			out[i].Target = r.Target
			for _, f := range r.Findings {
				if f.RuleID == *only {
					out[i].Findings = append(out[i].Findings, f)
				}
			}
		}
		return out
	}
	after, old = filter(after), filter(old)

	if *list {
		for _, r := range after {
			for _, f := range r.Findings {
				fmt.Fprintf(stdout, "%s\t%s:%d\t%s\t%s\n", shortRef(r.Target.Ref), f.File, f.Line, f.RuleID, f.Message)
			}
		}
		fmt.Fprintln(stdout)
	}
	printPerTarget(stdout, after)
	fmt.Fprintln(stdout)
	printPerRule(stdout, old, after, *before != "")
	return 0
}

func load(paths []string) ([]result, error) {
	var out []result
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var d document
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, fmt.Errorf("%s: not an mcpsafe JSON report: %v", p, err)
		}
		if len(d.Results) > 0 {
			out = append(out, d.Results...)
		} else {
			out = append(out, d.result)
		}
	}
	return out, nil
}

// shortRef keeps the last path element of a local target: the corpus
// directory names are name@version.
func shortRef(ref string) string {
	return filepath.Base(strings.TrimRight(ref, "/"))
}

func countByRule(rs []result) map[string]int {
	m := map[string]int{}
	for _, r := range rs {
		for _, f := range r.Findings {
			m[f.RuleID]++
		}
	}
	return m
}

func printPerTarget(w io.Writer, rs []result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "target\tfindings\trules")
	total := 0
	sorted := append([]result(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return shortRef(sorted[i].Target.Ref) < shortRef(sorted[j].Target.Ref) })
	for _, r := range sorted {
		per := map[string]int{}
		for _, f := range r.Findings {
			per[f.RuleID]++
		}
		ids := make([]string, 0, len(per))
		for id := range per {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = fmt.Sprintf("%s×%d", id, per[id])
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", shortRef(r.Target.Ref), len(r.Findings), strings.Join(parts, " "))
		total += len(r.Findings)
	}
	fmt.Fprintf(tw, "total (%d targets)\t%d\t\n", len(rs), total)
	tw.Flush()
}

func printPerRule(w io.Writer, old, now []result, compare bool) {
	a, b := countByRule(old), countByRule(now)
	ids := map[string]bool{}
	for id := range a {
		ids[id] = true
	}
	for id := range b {
		ids[id] = true
	}
	sorted := make([]string, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	sort.Strings(sorted)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	if compare {
		fmt.Fprintln(tw, "rule\tbefore\tafter\t")
	} else {
		fmt.Fprintln(tw, "rule\tfindings\t")
	}
	ta, tb := 0, 0
	for _, id := range sorted {
		if compare {
			fmt.Fprintf(tw, "%s\t%d\t%d\t\n", id, a[id], b[id])
		} else {
			fmt.Fprintf(tw, "%s\t%d\t\n", id, b[id])
		}
		ta += a[id]
		tb += b[id]
	}
	if compare {
		fmt.Fprintf(tw, "total\t%d\t%d\t\n", ta, tb)
	} else {
		fmt.Fprintf(tw, "total\t%d\t\n", tb)
	}
	tw.Flush()
}
