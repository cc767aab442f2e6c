package engine

import (
	"regexp"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/prefilter"
)

// A pattern's needs are what a file must hold for the pattern to match,
// derived from the pattern itself: every clause is a set of literals of
// which the file must contain one. They come from
//
//   - the query's text predicates on captures that every match has
//     (#eq? and #any-of? give their strings, #match? the literals its
//     expression requires): a captured node's text is part of the file;
//   - conditions that need a tool handler (in_handler, handler_matches,
//     tool_input: true): handlers exist only in files that import an MCP
//     SDK, and those contain an MCP marker;
//   - file_imports (an import spells the module's name), and the literals
//     required by the expressions of matches, line_matches,
//     function_matches, before_matches, handler_matches and file_matches:
//     the texts they read are parts of the file.
//
// A rule's keywords say where any of its patterns may match; needs say it
// for each pattern, so that a file where none of a rule's patterns can
// match is not parsed for that rule.
type needs [][]prefilter.Pattern

// patternNeeds derives the needs of a rule pattern.
func patternNeeds(query string, where []condition) needs {
	var out needs
	if c := queryNeeds(query); c != nil {
		out = append(out, c...)
	}
	for i := range where {
		out = append(out, conditionNeeds(&where[i])...)
	}
	return out
}

// mcpMarkers is the clause of a file that may import an MCP SDK (a
// pattern may serve several languages).
func mcpMarkers() []prefilter.Pattern {
	var out []prefilter.Pattern
	for _, m := range mcpctx.AnyMarkerLiterals() {
		out = append(out, prefilter.Pattern{Text: m})
	}
	return out
}

func conditionNeeds(c *condition) needs {
	var out needs
	switch c.kind {
	case condInHandler:
		out = append(out, mcpMarkers())
	case condHandlerMatches:
		out = append(out, mcpMarkers())
		out = append(out, regexpNeeds(c.re)...)
	case condToolInput:
		if c.want {
			out = append(out, mcpMarkers())
		}
	case condFileImports:
		var clause []prefilter.Pattern
		for _, m := range c.modules {
			lit := lang.ModuleLiteral(m)
			if lit == "" {
				return nil
			}
			clause = append(clause, prefilter.Pattern{Text: lit})
		}
		out = append(out, clause)
	case condMatches, condLineMatches, condFunctionMatches, condBeforeMatches, condFileMatches:
		// The text they read (a capture, its line, its function, what
		// precedes it there, the file) is part of the file.
		out = append(out, regexpNeeds(c.re)...)
	}
	return out
}

// regexpNeeds is the clause of the literals every match of re holds.
func regexpNeeds(re *regexp.Regexp) needs {
	if re == nil {
		return nil
	}
	if lits, ok := prefilter.RequiredLiterals(re); ok {
		return needs{lits}
	}
	return nil
}

// queryNeeds returns the clauses every match of the query requires. A
// query of several top-level patterns matches when one of them does: each
// contributes its most selective clause and the query needs one of those.
func queryNeeds(query string) needs {
	items, ok := parseQuery(query)
	if !ok || len(items) == 0 {
		return nil
	}
	var per []needs
	for _, it := range items {
		n := itemNeeds(it)
		if len(n) == 0 {
			return nil // this alternative needs nothing we can tell
		}
		per = append(per, n)
	}
	if len(per) == 1 {
		return per[0]
	}
	var union []prefilter.Pattern
	for _, n := range per {
		union = append(union, bestClause(n)...)
	}
	return needs{union}
}

// bestClause picks the clause whose shortest literal is longest.
func bestClause(n needs) []prefilter.Pattern {
	best, score := n[0], -1
	for _, c := range n {
		s := 1 << 30
		for _, p := range c {
			s = min(s, len(p.Text))
		}
		if s > score {
			best, score = c, s
		}
	}
	return best
}

// sexp is a node of a parsed query: a group ('(' or '['), an atom (a node
// name, a string, _, a field name: only its suffixes matter) or a
// predicate.
type sexp struct {
	open     byte // '(' or '[' for a group, 0 for an atom
	children []*sexp
	quant    byte // '?', '*', '+' or 0
	captures []string
	// predicate: name ("eq?", "match?") and arguments (@capture or
	// "string", unquoted).
	pred string
	args []string
}

// parseQuery parses a tree-sitter query into its top-level patterns. ok is
// false on text it does not understand (the query is then assumed to need
// nothing).
func parseQuery(q string) ([]*sexp, bool) {
	p := &qparser{s: q}
	var items []*sexp
	for {
		p.space()
		if p.i >= len(p.s) {
			return items, true
		}
		it, ok := p.item()
		if !ok {
			return nil, false
		}
		items = append(items, it)
	}
}

type qparser struct {
	s string
	i int
}

func (p *qparser) space() {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == ';':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *qparser) str() (string, bool) {
	start := p.i
	p.i++ // opening quote
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '\\':
			p.i += 2
		case '"':
			p.i++
			return unescapeQueryString(p.s[start+1 : p.i-1]), true
		default:
			p.i++
		}
	}
	return "", false
}

// unescapeQueryString undoes a query string's escapes as tree-sitter
// does: \n, \r, \t and \0, and a backslash before any other character
// stands for that character.
func unescapeQueryString(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '0':
			b.WriteByte(0)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func (p *qparser) word() string {
	start := p.i
	for p.i < len(p.s) && !strings.ContainsRune(" \t\r\n()[]\";", rune(p.s[p.i])) {
		p.i++
	}
	return p.s[start:p.i]
}

// item parses one element with its quantifier and captures.
func (p *qparser) item() (*sexp, bool) {
	p.space()
	if p.i >= len(p.s) {
		return nil, false
	}
	var it *sexp
	switch c := p.s[p.i]; c {
	case '(', '[':
		p.i++
		p.space()
		if c == '(' && p.i < len(p.s) && p.s[p.i] == '#' {
			return p.predicate()
		}
		it = &sexp{open: c}
		closing := byte(')')
		if c == '[' {
			closing = ']'
		}
		for {
			p.space()
			if p.i >= len(p.s) {
				return nil, false
			}
			if p.s[p.i] == closing {
				p.i++
				break
			}
			child, ok := p.item()
			if !ok {
				return nil, false
			}
			it.children = append(it.children, child)
		}
	case '"':
		if _, ok := p.str(); !ok {
			return nil, false
		}
		it = &sexp{}
	case ')', ']':
		return nil, false
	default:
		if p.word() == "" {
			return nil, false
		}
		it = &sexp{}
	}
	// Suffixes, in any order and spacing, as tree-sitter reads them:
	// quantifiers and captures.
	for {
		p.space()
		if p.i >= len(p.s) {
			return it, true
		}
		switch c := p.s[p.i]; c {
		case '?', '*', '+':
			if it.quant != '?' && it.quant != '*' {
				it.quant = c
			}
			p.i++
		case '@':
			it.captures = append(it.captures, p.word()[1:])
		default:
			return it, true
		}
	}
}

func (p *qparser) predicate() (*sexp, bool) {
	name := p.word() // "#eq?"
	it := &sexp{pred: strings.TrimPrefix(name, "#")}
	for {
		p.space()
		if p.i >= len(p.s) {
			return nil, false
		}
		switch p.s[p.i] {
		case ')':
			p.i++
			return it, true
		case '"':
			s, ok := p.str()
			if !ok {
				return nil, false
			}
			it.args = append(it.args, `"`+s)
		default:
			w := p.word()
			if w == "" {
				return nil, false
			}
			it.args = append(it.args, w)
		}
	}
}

// itemNeeds reads the predicates of one top-level pattern. A capture
// counts only when every match has it: not under an alternation, nor in
// an optional or repeated-from-zero part.
func itemNeeds(root *sexp) needs {
	optional := map[string]bool{}
	var preds []*sexp
	var walk func(n *sexp, under bool)
	walk = func(n *sexp, under bool) {
		if n.pred != "" {
			preds = append(preds, n)
			return
		}
		under = under || n.quant == '?' || n.quant == '*'
		for _, c := range n.captures {
			if under {
				optional[c] = true
			}
		}
		for _, c := range n.children {
			walk(c, under || n.open == '[')
		}
	}
	walk(root, false)
	var out needs
	for _, pr := range preds {
		if len(pr.args) < 2 || !strings.HasPrefix(pr.args[0], "@") || optional[pr.args[0][1:]] {
			continue
		}
		var strs []string
		for _, a := range pr.args[1:] {
			if !strings.HasPrefix(a, `"`) {
				strs = nil
				break
			}
			strs = append(strs, a[1:])
		}
		if len(strs) == 0 {
			continue
		}
		switch pr.pred {
		case "eq?", "any-of?":
			if pr.pred == "eq?" && len(strs) != 1 {
				continue
			}
			var clause []prefilter.Pattern
			for _, s := range strs {
				if s == "" {
					clause = nil
					break
				}
				clause = append(clause, prefilter.Pattern{Text: s})
			}
			if clause != nil {
				out = append(out, clause)
			}
		case "match?":
			re, err := regexp.Compile(strs[0])
			if err != nil {
				continue
			}
			if lits, ok := prefilter.RequiredLiterals(re); ok {
				out = append(out, lits)
			}
		}
	}
	return out
}
