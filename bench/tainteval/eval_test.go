package tainteval

import (
	"strings"
	"testing"
)

// TestTargets runs the labelled suite and holds deep mode to the issue's
// targets: in every class with at least 10 cases, a true-positive rate of
// at least 90% and a false-positive rate of at most 10%. The per-language
// cells are logged. Fast mode must never report a safe case that deep mode
// does not.
func TestTargets(t *testing.T) {
	outcomes, skipped, err := Run("../../testdata/taint-eval")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range skipped {
		t.Errorf("case not evaluated: %s", s)
	}
	var report strings.Builder
	Print(&report, outcomes)
	t.Log("\n" + report.String())
	for k, c := range Tally(outcomes) {
		if k[0] != "deep" || k[2] != "*" || c.Vulnerable+c.Safe < 10 {
			continue
		}
		if c.TPR() < 90 {
			t.Errorf("%s/%s: true-positive rate %.0f%% < 90%%", k[1], k[2], c.TPR())
		}
		if c.FPR() > 10 {
			t.Errorf("%s/%s: false-positive rate %.0f%% > 10%%", k[1], k[2], c.FPR())
		}
	}
	deepFP := map[string]bool{}
	for _, o := range outcomes {
		if o.Mode == "deep" && o.Case.Label == "safe" && o.Hit {
			deepFP[o.Case.ID+o.Case.Class] = true
		}
	}
	for _, o := range outcomes {
		if o.Mode == "fast" && o.Case.Label == "safe" && o.Hit && !deepFP[o.Case.ID+o.Case.Class] {
			t.Errorf("fast mode reports safe case %s (%s) that deep mode does not", o.Case.ID, o.Case.Class)
		}
	}
}
