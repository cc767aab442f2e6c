package engine

import (
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// applyPrecedence drops a finding when a rule that supersedes its rule
// reports an overlapping span in the same file: each occurrence has one
// owner (catalog plan §1, "Precedence").
func (e *Engine) applyPrecedence(fs []finding.Finding) []finding.Finding {
	if len(fs) < 2 {
		return fs
	}
	owners := map[string]map[string]bool{}
	for _, r := range e.rules {
		if len(r.supersedes) > 0 {
			owners[strings.ToUpper(r.rule.ID)] = r.supersedes
		}
	}
	if len(owners) == 0 {
		return fs
	}
	out := fs[:0:0]
	for i := range fs {
		dropped := false
		for j := range fs {
			if i == j {
				continue
			}
			sup := owners[strings.ToUpper(fs[j].RuleID)]
			if sup != nil && sup[strings.ToUpper(fs[i].RuleID)] && overlaps(&fs[i], &fs[j]) {
				dropped = true
				break
			}
		}
		if !dropped {
			out = append(out, fs[i])
		}
	}
	return out
}

func overlaps(a, b *finding.Finding) bool {
	return a.StartByte < b.EndByte && b.StartByte < a.EndByte
}
