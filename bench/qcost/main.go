// Command qcost ranks the tree-sitter patterns of the catalog by the time
// their queries take on given files: the tool to find the pattern that
// makes the merged query slow on some file (one pattern can cost more than
// the parse and every other pattern together).
//
//	go run ./bench/qcost [-top 20] FILE...
//	go run ./bench/qcost -compile [-top 20]
//
// Each pattern is compiled alone and run over every file of its language;
// the table gives its total time, the number of matches and the rule.
// Last, each language's patterns run merged into one query, as the engine
// runs them: one walk of the tree is worth many patterns, so a pattern's
// share of the merged query is far less than its time alone.
// Nothing is executed: the files are only parsed.
//
// With -compile, no files: each pattern's compilation time instead (the
// best of three), per grammar, alone and merged — what a small scan,
// which compiles the queries of the rules its files can trigger, pays
// before its first match.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
)

type cost struct {
	rule    string
	lang    string
	text    string
	d       time.Duration
	matches int
}

func main() {
	top := flag.Int("top", 20, "patterns to list")
	compile := flag.Bool("compile", false, "rank the patterns by compilation time instead (no files)")
	flag.Parse()
	var err error
	if *compile {
		err = compileCosts(*top)
	} else {
		err = run(flag.Args(), *top)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "qcost:", err)
		os.Exit(1)
	}
}

type parsed struct {
	lang *lang.Language
	src  []byte
	tree *sitter.Tree
}

func run(paths []string, top int) error {
	if len(paths) == 0 {
		return fmt.Errorf("usage: qcost FILE...")
	}
	cat, err := ruleset.Load(nil)
	if err != nil {
		return err
	}
	parsers := lang.NewParsers()
	defer parsers.Close()
	var files []parsed
	var parseTime time.Duration
	for _, p := range paths {
		l := lang.Detect(p)
		if l == nil {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		t0 := time.Now()
		tree, err := parsers.Parse(l, src, time.Minute)
		parseTime += time.Since(t0)
		if err != nil {
			return fmt.Errorf("%s: %v", p, err)
		}
		defer tree.Close()
		files = append(files, parsed{l, src, tree})
	}
	cursor := sitter.NewQueryCursor()
	defer cursor.Close()
	var costs []cost
	var total time.Duration
	for _, r := range cat.Rules {
		for _, pat := range r.Patterns {
			for _, code := range pat.Languages {
				for _, l := range lang.ByCode(code) {
					cs, err := measure(cursor, r.ID, l, pat.Query, files)
					if err != nil {
						return fmt.Errorf("%s: %v", r.ID, err)
					}
					for _, c := range cs {
						total += c.d
					}
					costs = append(costs, cs...)
				}
			}
		}
	}
	sort.Slice(costs, func(i, j int) bool { return costs[i].d > costs[j].d })
	fmt.Printf("%d files, parse %v, all patterns one by one %v\n", len(files), parseTime.Round(time.Millisecond), total.Round(time.Millisecond))
	// The same patterns merged into one query per language, as the
	// engine runs them.
	for _, l := range lang.All {
		var texts []string
		for _, c := range costs {
			if c.lang == l.Name {
				texts = append(texts, c.text)
			}
		}
		if len(texts) == 0 {
			continue
		}
		q, qerr := sitter.NewQuery(l.Grammar(), strings.Join(texts, "\n"))
		if qerr != nil {
			return qerr
		}
		var d time.Duration
		for _, f := range files {
			if f.lang != l {
				continue
			}
			t0 := time.Now()
			it := cursor.Matches(q, f.tree.RootNode(), f.src)
			for m := it.Next(); m != nil; m = it.Next() {
			}
			d += time.Since(t0)
		}
		q.Close()
		fmt.Printf("%s: %d patterns merged into one query: %v\n", l.Name, len(texts), d.Round(time.Millisecond))
	}
	for i, c := range costs {
		if i == top {
			break
		}
		fmt.Printf("%8.1f ms %6d  %s %-4s %s\n", float64(c.d.Microseconds())/1000, c.matches, c.rule, c.lang, oneLine(c.text, 110))
	}
	return nil
}

// measure splits a rule pattern's query into its tree-sitter patterns and
// times each alone over the files of the language.
func measure(cursor *sitter.QueryCursor, rule string, l *lang.Language, query string, files []parsed) ([]cost, error) {
	var mine []parsed
	for _, f := range files {
		if f.lang == l {
			mine = append(mine, f)
		}
	}
	if len(mine) == 0 {
		return nil, nil
	}
	q, qerr := sitter.NewQuery(l.Grammar(), query)
	if qerr != nil {
		return nil, qerr
	}
	n := q.PatternCount()
	starts := make([]int, n+1)
	for i := uint(0); i < n; i++ {
		starts[i] = int(q.StartByteForPattern(i))
	}
	starts[n] = len(query)
	q.Close()
	var out []cost
	for i := uint(0); i < n; i++ {
		text := query[starts[i]:starts[i+1]]
		pq, perr := sitter.NewQuery(l.Grammar(), text)
		if perr != nil {
			return nil, perr
		}
		c := cost{rule: rule, lang: l.Name, text: text}
		for _, f := range mine {
			t0 := time.Now()
			it := cursor.Matches(pq, f.tree.RootNode(), f.src)
			for m := it.Next(); m != nil; m = it.Next() {
				c.matches++
			}
			c.d += time.Since(t0)
		}
		pq.Close()
		out = append(out, c)
	}
	return out, nil
}

// compileCosts times the compilation of every catalog pattern alone, per
// grammar, and of each grammar's patterns merged.
func compileCosts(top int) error {
	cat, err := ruleset.Load(nil)
	if err != nil {
		return err
	}
	best := func(l *lang.Language, text string) (time.Duration, error) {
		d := time.Duration(math.MaxInt64)
		for range 3 {
			t0 := time.Now()
			q, qerr := sitter.NewQuery(l.Grammar(), text)
			if qerr != nil {
				return 0, qerr
			}
			d = min(d, time.Since(t0))
			q.Close()
		}
		return d, nil
	}
	for _, l := range lang.All {
		var costs []cost
		var texts []string
		var alone time.Duration
		for _, r := range cat.Rules {
			for _, pat := range r.Patterns {
				for _, code := range pat.Languages {
					for _, pl := range lang.ByCode(code) {
						if pl != l {
							continue
						}
						d, err := best(l, pat.Query)
						if err != nil {
							return fmt.Errorf("%s: %v", r.ID, err)
						}
						alone += d
						texts = append(texts, pat.Query)
						costs = append(costs, cost{rule: r.ID, lang: l.Name, text: pat.Query, d: d})
					}
				}
			}
		}
		if len(costs) == 0 {
			continue
		}
		merged, err := best(l, strings.Join(texts, "\n"))
		if err != nil {
			return err
		}
		sort.Slice(costs, func(i, j int) bool { return costs[i].d > costs[j].d })
		fmt.Printf("%s: %d rule patterns, compiled one by one %v (median %.1f ms), merged %v\n", l.Name, len(costs),
			alone.Round(time.Millisecond), float64(costs[len(costs)/2].d.Microseconds())/1000, merged.Round(time.Millisecond))
		for i, c := range costs {
			if i == top {
				break
			}
			fmt.Printf("%8.1f ms  %s %s\n", float64(c.d.Microseconds())/1000, c.rule, oneLine(c.text, 100))
		}
	}
	return nil
}

// oneLine is a pattern's text on one line, cut after max bytes.
func oneLine(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	if len(text) > max {
		text = text[:max] + "…"
	}
	return text
}
