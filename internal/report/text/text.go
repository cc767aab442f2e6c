// Package text renders a scan result for people: one block per finding
// (location, severity, rule, message, source line), then a summary.
package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/result"
)

// Options control rendering.
type Options struct {
	// Color adds ANSI colours. The CLI sets it only on a terminal and
	// never when NO_COLOR is set.
	Color bool
	// Verbose lists every diagnostic and suppressed finding instead of
	// the first few.
	Verbose bool
}

const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	blue   = "\x1b[34m"
	cyan   = "\x1b[36m"
	green  = "\x1b[32m"
	brRed  = "\x1b[1;31m"
)

var severityColor = map[finding.Severity]string{
	finding.Critical: brRed,
	finding.High:     red,
	finding.Medium:   yellow,
	finding.Low:      blue,
	finding.Info:     cyan,
}

// previewCount is how many diagnostics and suppressed findings are listed
// without --verbose.
const previewCount = 10

type printer struct {
	w     io.Writer
	color bool
	err   error
}

func (p *printer) printf(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format, args...)
}

func (p *printer) paint(code, s string) string {
	if !p.color || code == "" {
		return s
	}
	return code + s + reset
}

// Write renders res.
func Write(w io.Writer, res *result.Result, opts Options) error {
	p := &printer{w: w, color: opts.Color}
	err := res.Findings.Each(func(f *finding.Finding) error {
		p.printf("%s  %s  %s %s\n",
			p.paint(bold, fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)),
			p.paint(severityColor[f.Severity], f.Severity.String()),
			p.paint(bold, f.RuleID), f.Title)
		if f.Tool != "" {
			p.printf("  tool: %s\n", f.Tool)
		}
		p.printf("  %s\n", f.Message)
		p.printf("  %s\n", p.paint(dim, fmt.Sprintf("%d | %s", f.Line, f.Snippet)))
		for _, s := range f.Trace {
			p.printf("    %s %s:%d:%d %s\n", p.paint(dim, "→"), s.File, s.Line, s.Column, s.Note)
		}
		p.printf("\n")
		return p.err
	})
	if p.err == nil && err != nil {
		return err
	}

	if n := len(res.Suppressed); n > 0 {
		p.printf("%s\n", p.paint(bold, fmt.Sprintf("Suppressed (%d):", n)))
		for i, s := range res.Suppressed {
			if i == previewCount && !opts.Verbose {
				p.printf("  … and %d more (--verbose lists them)\n", n-previewCount)
				break
			}
			p.printf("  %s:%d  %s  %s\n", s.File, s.Line, s.RuleID, s.Reason)
		}
		p.printf("\n")
	}
	if n := len(res.Diagnostics); n > 0 {
		p.printf("%s\n", p.paint(bold, fmt.Sprintf("Diagnostics (%d):", n)))
		for i, d := range res.Diagnostics {
			if i == previewCount && !opts.Verbose {
				p.printf("  … and %d more (--verbose lists them)\n", n-previewCount)
				break
			}
			loc := d.File
			if d.Line > 0 {
				loc = fmt.Sprintf("%s:%d", d.File, d.Line)
			}
			p.printf("  %s  %s\n", loc, d.Message)
		}
		p.printf("\n")
	}

	s := res.Summary
	if res.MCPContext.IsMCP {
		p.printf("%s\n", res.MCPContext.Reason)
	} else {
		p.printf("%s\n", p.paint(yellow, res.MCPContext.Reason))
	}
	total := res.Findings.Len()
	var parts []string
	for _, sev := range finding.AllSeverities {
		n := s.Counts[sev.String()]
		part := fmt.Sprintf("%d %s", n, sev)
		if n > 0 {
			part = p.paint(severityColor[sev], part)
		}
		parts = append(parts, part)
	}
	word := "findings"
	if total == 1 {
		word = "finding"
	}
	p.printf("%d %s: %s", total, word, strings.Join(parts, ", "))
	if s.Suppressed > 0 {
		p.printf("; %d suppressed", s.Suppressed)
	}
	p.printf("\n")
	gradeColor := green
	switch s.Grade {
	case "C", "D":
		gradeColor = yellow
	case "F":
		gradeColor = red
	}
	p.printf("Score %s  ·  %d files scanned, %d skipped  ·  %s mode  ·  %s\n",
		p.paint(gradeColor, fmt.Sprintf("%d/100 (grade %s)", s.Score, s.Grade)),
		s.FilesScanned, s.FilesSkipped, res.Mode, formatDuration(s.DurationMS))
	return p.err
}

func formatDuration(ms int64) string {
	if ms < 1000 {
		return fmt.Sprintf("%d ms", ms)
	}
	return fmt.Sprintf("%.1f s", float64(ms)/1000)
}
