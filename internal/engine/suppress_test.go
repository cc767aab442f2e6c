package engine

import (
	"regexp"
	"testing"
)

// TestMayHoldNosem checks the byte scan against the case-insensitive
// expression it replaced: it may say yes more often, never less.
func TestMayHoldNosem(t *testing.T) {
	re := regexp.MustCompile(`(?i)nosem`)
	for _, src := range []string{
		"", "nose", "x = 1 // nosem", "# NOSEM: MCP-002", "/* NoSemGrep */", "nosem",
		"no sem", "nosEm", "n\x00sem", "NOSE", "unosemx", "noſem", "// noſem: MCP-1",
		"\xff\xfenosem", "nnnosem", "nosenosem",
	} {
		want := re.MatchString(src)
		got := mayHoldNosem([]byte(src))
		if want && !got {
			t.Errorf("mayHoldNosem(%q) = false, the expression matches", src)
		}
		if !want && got {
			t.Errorf("mayHoldNosem(%q) = true, the expression does not match", src)
		}
	}
}
