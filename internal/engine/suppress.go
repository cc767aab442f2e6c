package engine

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/lang"
)

// Suppression follows Semgrep: "nosem" or "nosemgrep", any case, in a
// comment on the finding's line or alone on the line above, optionally
// with a list of rule IDs ("nosem: MCP-279, MCP-002"). Without IDs it
// silences every rule on that line.
var (
	nosemRe = regexp.MustCompile(`(?i)\bnosem(?:grep)?\b(?:\s*:\s*([^\s,]+(?:\s*,\s*[^\s,]+)*))?`)
	// ourIDShape is what an mcpsafe-style rule ID looks like. IDs of other
	// shapes in nosem comments (Semgrep's dotted IDs) belong to other
	// tools and are ignored rather than reported as unknown.
	ourIDShape = regexp.MustCompile(`^[A-Z][A-Z0-9_]*-[0-9]+$`)
)

// Nosem is one suppression comment.
type Nosem struct {
	Line int
	// IDs are upper-case rule IDs; nil means every rule.
	IDs map[string]bool
	// Alone is true when the comment is the only thing on its line, so
	// it also covers the next line.
	Alone bool
	Text  string
}

func (n *Nosem) covers(ruleID string) bool {
	return n.IDs == nil || n.IDs[strings.ToUpper(ruleID)]
}

// suppress splits a file's findings into kept and suppressed ones.
func (e *Engine) suppress(w *Worker, in FileInput, tree *sitter.Tree, src *lang.Source, fs []finding.Finding, diags []finding.Diagnostic) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	comments := e.nosemComments(w, in, tree, src)
	kept, sup, d := e.applyNosem(in.Path, fs, comments)
	return kept, sup, append(diags, d...)
}

// applyNosem applies a file's suppression comments. Unknown
// mcpsafe-shaped rule IDs in them become diagnostics.
func (e *Engine) applyNosem(file string, fs []finding.Finding, comments []Nosem) ([]finding.Finding, []finding.Suppressed, []finding.Diagnostic) {
	if len(comments) == 0 {
		return fs, nil, nil
	}
	var diags []finding.Diagnostic
	for _, c := range comments {
		for id := range c.IDs {
			if !e.knownIDs[id] && ourIDShape.MatchString(id) {
				diags = append(diags, finding.Diagnostic{File: file, Line: c.Line,
					Message: fmt.Sprintf("nosem comment names unknown rule %s", id)})
			}
		}
	}
	if len(fs) == 0 {
		return fs, nil, diags
	}
	byLine := map[int][]*Nosem{}
	for i := range comments {
		c := &comments[i]
		byLine[c.Line] = append(byLine[c.Line], c)
	}
	var kept []finding.Finding
	var sup []finding.Suppressed
	for _, f := range fs {
		reason := ""
		for _, c := range byLine[f.Line] {
			if c.covers(f.RuleID) {
				reason = fmt.Sprintf("nosem comment on line %d: %s", c.Line, c.Text)
				break
			}
		}
		if reason == "" {
			for _, c := range byLine[f.Line-1] {
				if c.Alone && c.covers(f.RuleID) {
					reason = fmt.Sprintf("nosem comment on line %d: %s", c.Line, c.Text)
					break
				}
			}
		}
		if reason == "" {
			kept = append(kept, f)
		} else {
			sup = append(sup, finding.Suppressed{Finding: f, Reason: reason})
		}
	}
	return kept, sup, diags
}

// nosemComments finds the nosem comments of a file from its syntax tree,
// so that "nosem" inside a string literal suppresses nothing.
func (e *Engine) nosemComments(w *Worker, in FileInput, tree *sitter.Tree, src *lang.Source) []Nosem {
	if !mayHoldNosem(in.Src) {
		return nil
	}
	q, err := e.comment.Get(in.Lang.ID)
	if q == nil || err != nil {
		return nil // CompileAll, run by the tests, reports an error
	}
	var out []Nosem
	matches := w.cursor.Matches(q, tree.RootNode(), in.Src)
	for m := matches.Next(); m != nil; m = matches.Next() {
		for _, c := range m.Captures {
			text := src.Text(&c.Node)
			loc := nosemRe.FindStringSubmatchIndex(text)
			if loc == nil {
				continue
			}
			// The comment may span lines (a block comment); the nosem
			// applies to the line the word is on.
			line, _ := src.Position(int(c.Node.StartByte()) + loc[0])
			n := Nosem{Line: line, Text: strings.TrimSpace(text[loc[0]:loc[1]])}
			if loc[2] >= 0 {
				n.IDs = map[string]bool{}
				for _, id := range strings.Split(text[loc[2]:loc[3]], ",") {
					if id = strings.ToUpper(strings.TrimSpace(id)); id != "" {
						n.IDs[id] = true
					}
				}
			}
			startLine, _ := src.Position(int(c.Node.StartByte()))
			if startLine == line {
				lineText := src.Line(line)
				_, col := src.Position(int(c.Node.StartByte()))
				n.Alone = strings.TrimSpace(string([]rune(lineText)[:col-1])) == ""
			}
			out = append(out, n)
		}
	}
	return out
}

// mayHoldNosem reports whether src may hold the word nosem in any case:
// one pass over the bytes, where a case-insensitive regular expression
// stepped through every byte of every file (a thirtieth of a scan). The
// long s (U+017F) folds to "s" as well; a file holding one falls back to
// the expression.
func mayHoldNosem(src []byte) bool {
	const word = "nosem"
	for i := 0; i+len(word) <= len(src); i++ {
		if src[i]|0x20 != 'n' {
			continue
		}
		j := 1
		for ; j < len(word) && src[i+j]|0x20 == word[j]; j++ {
		}
		if j == len(word) {
			return true
		}
	}
	return bytes.Contains(src, []byte("\u017f")) && nosemRe.Match(src)
}
