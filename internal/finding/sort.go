package finding

import "sort"

// Less orders findings by file, position, rule and message: the
// deterministic order used by every output.
func Less(a, b *Finding) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	if a.RuleID != b.RuleID {
		return a.RuleID < b.RuleID
	}
	if a.EndLine != b.EndLine {
		return a.EndLine < b.EndLine
	}
	if a.EndColumn != b.EndColumn {
		return a.EndColumn < b.EndColumn
	}
	return a.Message < b.Message
}

// Sort sorts findings in place in the deterministic output order.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return Less(&fs[i], &fs[j]) })
}

// SortSuppressed sorts suppressed findings like findings.
func SortSuppressed(fs []Suppressed) {
	sort.SliceStable(fs, func(i, j int) bool { return Less(&fs[i].Finding, &fs[j].Finding) })
}

// SortDiagnostics orders diagnostics by file, line and message.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Message < b.Message
	})
}
