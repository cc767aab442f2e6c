package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/ruledoc"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
	"github.com/mcpsafe/mcpsafe/internal/ruletest"
)

func newRulesCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, show and test rules",
		Long: `The threat catalog: every rule with its ID, severity, CWE and documentation.
Rules are YAML files embedded in the binary; --rules DIR adds your own,
validated the same way (see docs/writing-rules.md).`,
	}
	cmd.AddCommand(newRulesListCmd(e), newRulesShowCmd(e), newRulesTestCmd(e), newRulesDocsCmd(e), newRulesTreeCmd(e))
	return cmd
}

// ruleSummary is one entry of `rules list --format json`.
type ruleSummary struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Title        string   `json:"title"`
	Severity     string   `json:"severity"`
	CWE          string   `json:"cwe"`
	Category     string   `json:"category"`
	CategoryName string   `json:"category_name"`
	ScanType     string   `json:"scan_type"`
	Languages    []string `json:"languages"`
	Gate         string   `json:"gate"`
	Deprecated   bool     `json:"deprecated"`
	Builtin      bool     `json:"builtin"`
}

func summarize(r *catalog.Rule) ruleSummary {
	return ruleSummary{ID: r.ID, Name: r.Name, Title: r.Title, Severity: r.Severity.String(), CWE: r.CWE,
		Category: r.Category, CategoryName: r.CategoryName(), ScanType: r.ScanType, Languages: r.Languages,
		Gate: r.Gate, Deprecated: r.Deprecated, Builtin: r.Builtin}
}

func newRulesListCmd(e *env) *cobra.Command {
	var format string
	var dirs []string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List every rule",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat, err := ruleset.LoadCached(dirs, rulesCacheDir(""))
			if err != nil {
				return usageErr("%v", err)
			}
			switch format {
			case "json":
				out := []ruleSummary{}
				for _, r := range cat.Rules {
					out = append(out, summarize(r))
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			case "text":
				tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tSEVERITY\tCWE\tCATEGORY\tSCAN\tLANGUAGES\tTITLE")
				for _, r := range cat.Rules {
					title := r.Title
					if r.Deprecated {
						title += " (deprecated)"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.CWE, r.Category, r.ScanType, strings.Join(r.Languages, ","), title)
				}
				if err := tw.Flush(); err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "\n%d rules. 'mcpsafe rules show ID' prints one in full.\n", len(cat.Rules))
				return nil
			}
			return usageErr("--format %q: want text or json", format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load the rule files in `DIR` (repeatable)")
	return cmd
}

// ruleDetail is `rules show --format json`: every documentation field.
type ruleDetail struct {
	ruleSummary
	Message           string            `json:"message"`
	What              string            `json:"what"`
	WhyMCP            string            `json:"why_mcp"`
	VulnerableExample map[string]string `json:"vulnerable_example"`
	SecureExample     map[string]string `json:"secure_example"`
	Detection         string            `json:"detection"`
	References        []string          `json:"references"`
	Supersedes        []string          `json:"supersedes,omitempty"`
	Path              string            `json:"path"`
}

func stripAll(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = ruletest.StripAnnotations(v)
	}
	return out
}

func newRulesShowCmd(e *env) *cobra.Command {
	var format string
	var dirs []string
	cmd := &cobra.Command{
		Use:     "show ID",
		Short:   "Show one rule's full documentation",
		Example: "  mcpsafe rules show MCP-279\n  mcpsafe rules show mcp-279 --format markdown",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cat, err := ruleset.LoadCached(dirs, rulesCacheDir(""))
			if err != nil {
				return usageErr("%v", err)
			}
			r := cat.Lookup(args[0])
			if r == nil {
				return usageErr("no rule %s ('mcpsafe rules list' shows every rule)", args[0])
			}
			switch format {
			case "text":
				_, err := fmt.Fprint(e.stdout, ruledoc.Text(r))
				return err
			case "markdown", "md":
				_, err := fmt.Fprint(e.stdout, ruledoc.Markdown(r))
				return err
			case "json":
				refs := r.References
				if refs == nil {
					refs = []string{}
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(ruleDetail{ruleSummary: summarize(r), Message: r.Message, What: r.What, WhyMCP: r.WhyMCP,
					VulnerableExample: stripAll(r.VulnerableExample), SecureExample: stripAll(r.SecureExample),
					Detection: r.Detection, References: refs, Supersedes: r.Supersedes, Path: r.Path})
			}
			return usageErr("--format %q: want text, markdown or json", format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown or json")
	cmd.Flags().StringArrayVar(&dirs, "rules", nil, "also load the rule files in `DIR` (repeatable)")
	return cmd
}

func newRulesTestCmd(e *env) *cobra.Command {
	var only []string
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Check rules against their fixtures and documented examples",
		Long: `Run rules on their fixtures and on the examples in their documentation.

Without DIR the built-in rules are tested. With DIR, the rule files in each
folder are loaded (with the built-in rules, so that they may refer to them)
and only they are tested.

A fixture is a source file beside the rule file named <ID>.<ext> or
<ID>.<variant>.<ext>. A comment "ruleid: <ID>" marks the next code line as
one that must be reported, "ok: <ID>" one that must not; "todoruleid:" and
"todook:" record known misses and known false positives. Any missing, extra
or misplaced finding fails, and so does a rule without a fixture for one of
its languages. Exit code 1 when a check fails.`,
		RunE: func(cmd *cobra.Command, dirs []string) error {
			// The built-in rules' queries are checked when they are the
			// ones under test; a user's folder is always checked strictly
			// (catalog.Merge), and its rules are tested on their own.
			load := ruleset.LoadStrict
			if len(dirs) > 0 || len(only) > 0 {
				load = ruleset.Load
			}
			cat, err := load(dirs)
			if err != nil {
				return usageErr("%v", err)
			}
			want := map[string]bool{}
			for _, id := range only {
				if cat.Lookup(id) == nil {
					return usageErr("--rule %s: no such rule", id)
				}
				want[strings.ToUpper(id)] = true
			}
			tested := func(r *catalog.Rule) bool {
				if len(want) > 0 {
					return want[strings.ToUpper(r.ID)]
				}
				return (len(dirs) == 0) == r.Builtin
			}
			// Built-in rules run together, so that precedence between them
			// (supersedes) applies as in a scan, even when only some are
			// tested; a user's rules are tested on their own.
			var keep func(*catalog.Rule) bool
			if len(dirs) > 0 {
				keep = tested
			}
			eng, err := engine.Compile(cat, keep, engine.Options{})
			if err != nil {
				return usageErr("%v", err)
			}
			defer eng.Close()
			if err := eng.CompileAll(); err != nil {
				return usageErr("%v", err)
			}
			deep, err := engine.Compile(cat, keep, engine.Options{Mode: "deep"})
			if err != nil {
				return usageErr("%v", err)
			}
			defer deep.Close()
			var ids []string
			for _, r := range cat.Rules {
				if tested(r) {
					ids = append(ids, r.ID)
				}
			}
			if len(ids) == 0 {
				return usageErr("no rules to test")
			}
			problems, st := ruletest.Check(cat, eng, deep, ids)
			for _, p := range problems {
				fmt.Fprintln(e.stdout, p)
			}
			fmt.Fprintf(e.stdout, "%d rules, %d fixtures, %d examples, %d must-fire and %d must-not-fire lines: ",
				st.Rules, st.Fixtures, st.Examples, st.MustFire, st.MustNotFire)
			if len(problems) > 0 {
				fmt.Fprintf(e.stdout, "%d problems\n", len(problems))
				return &exitError{code: ExitFindings, err: fmt.Errorf("")}
			}
			fmt.Fprintln(e.stdout, "ok")
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&only, "rule", nil, "test only the rule `ID` (repeatable)")
	return cmd
}

func newRulesDocsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:    "docs DIR",
		Short:  "Write the Markdown rule pages (docs/rules) from the rule files",
		Args:   cobra.ExactArgs(1),
		Hidden: false,
		RunE: func(cmd *cobra.Command, args []string) error {
			cat, err := ruleset.LoadCached(nil, rulesCacheDir(""))
			if err != nil {
				return usageErr("%v", err)
			}
			pages := Pages(cat)
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				return usageErr("%v", err)
			}
			// Remove pages of rules that no longer exist.
			old, _ := filepath.Glob(filepath.Join(args[0], "*.md"))
			for _, p := range old {
				if _, ok := pages[filepath.Base(p)]; !ok {
					if err := os.Remove(p); err != nil {
						return usageErr("%v", err)
					}
				}
			}
			names := make([]string, 0, len(pages))
			for n := range pages {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				if err := os.WriteFile(filepath.Join(args[0], n), []byte(pages[n]), 0o644); err != nil {
					return usageErr("%v", err)
				}
			}
			fmt.Fprintf(e.stdout, "wrote %d pages to %s\n", len(pages), args[0])
			return nil
		},
	}
	return cmd
}

// Pages returns the generated rule pages by file name: one per rule and
// README.md, the catalog index.
func Pages(cat *catalog.Catalog) map[string]string {
	pages := map[string]string{"README.md": ruledoc.Index(cat.Rules)}
	for _, r := range cat.Rules {
		pages[r.ID+".md"] = ruledoc.Markdown(r)
	}
	return pages
}

func newRulesTreeCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "tree FILE",
		Short: "Print a file's syntax tree, for writing rule queries",
		Long: `Print the tree-sitter syntax tree of a source file, with field names, in the
form rule queries match against. Useful when writing a rule's query.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l := lang.Detect(args[0])
			if l == nil {
				return usageErr("%s: not a Python, JavaScript, TypeScript or Go file", args[0])
			}
			src, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr("%v", err)
			}
			p := lang.NewParsers()
			defer p.Close()
			tree, err := p.Parse(l, src, engine.DefaultParseTimeout)
			if err != nil {
				return usageErr("%v", err)
			}
			defer tree.Close()
			_, err = fmt.Fprint(e.stdout, lang.Sexp(tree.RootNode(), src))
			return err
		},
	}
}
