package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// fingerprintByDefinition is the documented fingerprint, computed the
// plain way: a hash of rule, file, whitespace-normalised text and the
// occurrence index among identical triples, counted over every finding.
func fingerprintByDefinition(fs []Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		text := f.MatchedText
		if text == "" {
			text = f.Snippet
		}
		key := f.RuleID + "\x00" + f.File + "\x00" + strings.Join(strings.Fields(text), " ")
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}

func TestAssignFingerprintsFollowsItsDefinition(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	texts := []string{"exec(cmd)", "  exec( cmd )\n", "exec(\tcmd)", "eval(x)", "", "a\u00a0b", "a \u2028 b", "bad\xffutf8 x", "\u3000lead", "x"}
	var fs []Finding
	for i := 0; i < 3000; i++ {
		f := Finding{
			RuleID:      fmt.Sprintf("MCP-%03d", rng.Intn(3)),
			File:        fmt.Sprintf("f%d.ts", rng.Intn(20)),
			Line:        rng.Intn(50) + 1,
			MatchedText: texts[rng.Intn(len(texts))],
			Snippet:     texts[rng.Intn(len(texts))],
		}
		fs = append(fs, f)
	}
	Sort(fs)
	want := fingerprintByDefinition(fs)
	AssignFingerprints(fs)
	distinct := map[string]bool{}
	for i := range fs {
		if fs[i].Fingerprint != want[i] {
			t.Fatalf("finding %d (%s %s %q): fingerprint %s, by definition %s", i, fs[i].RuleID, fs[i].File, fs[i].MatchedText, fs[i].Fingerprint, want[i])
		}
		distinct[fs[i].Fingerprint] = true
	}
	if len(distinct) != len(fs) {
		t.Errorf("%d distinct fingerprints for %d findings", len(distinct), len(fs))
	}
	// The same text with other white space is the same finding: moving
	// code or re-indenting it keeps the fingerprint.
	a := []Finding{{RuleID: "MCP-001", File: "a.py", Line: 3, MatchedText: "os.system( cmd )"}}
	b := []Finding{{RuleID: "MCP-001", File: "a.py", Line: 90, MatchedText: "os.system(\n\t cmd )"}}
	AssignFingerprints(a)
	AssignFingerprints(b)
	if a[0].Fingerprint != b[0].Fingerprint {
		t.Error("re-indented text changed the fingerprint")
	}
}
