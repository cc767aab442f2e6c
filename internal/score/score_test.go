package score

import (
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

func TestCompute(t *testing.T) {
	cases := []struct {
		counts map[finding.Severity]int
		score  int
		grade  string
	}{
		{nil, 100, "A"},
		{map[finding.Severity]int{finding.Info: 500}, 100, "A"},
		{map[finding.Severity]int{finding.Low: 1}, 97, "A"},
		{map[finding.Severity]int{finding.Low: 1000}, 94, "A"},
		{map[finding.Severity]int{finding.Medium: 1}, 90, "A"},
		{map[finding.Severity]int{finding.Medium: 2}, 85, "B"},
		{map[finding.Severity]int{finding.Medium: 1000, finding.Low: 1000}, 74, "B"},
		{map[finding.Severity]int{finding.High: 1}, 73, "C"},
		{map[finding.Severity]int{finding.High: 3}, 52, "C"},
		{map[finding.Severity]int{finding.High: 4}, 49, "D"},
		{map[finding.Severity]int{finding.High: 1000, finding.Medium: 1000, finding.Low: 1000}, 20, "D"},
		{map[finding.Severity]int{finding.Critical: 1}, 19, "F"},
		{map[finding.Severity]int{finding.Critical: 2}, 0, "F"},
	}
	for _, c := range cases {
		s, g := Compute(c.counts)
		if s != c.score || g != c.grade {
			t.Errorf("Compute(%v) = %d %s, want %d %s", c.counts, s, g, c.score, c.grade)
		}
	}
}

// TestSeveritiesStrictlyOrdered checks the property the formula exists
// for: any number of findings at lower severities scores better than one
// finding at a higher severity.
func TestSeveritiesStrictlyOrdered(t *testing.T) {
	sevs := []finding.Severity{finding.Low, finding.Medium, finding.High, finding.Critical}
	for i := 1; i < len(sevs); i++ {
		many := map[finding.Severity]int{}
		for _, lower := range sevs[:i] {
			many[lower] = 1 << 20
		}
		one := map[finding.Severity]int{sevs[i]: 1}
		sMany, _ := Compute(many)
		sOne, _ := Compute(one)
		if sMany <= sOne {
			t.Errorf("a million findings below %s score %d, not above one %s (%d)", sevs[i], sMany, sevs[i], sOne)
		}
	}
	// More findings never raise a score.
	prev := 101
	for n := 0; n < 50; n++ {
		s, _ := Compute(map[finding.Severity]int{finding.Medium: n})
		if s > prev {
			t.Fatalf("score rose from %d to %d at %d findings", prev, s, n)
		}
		prev = s
	}
}
