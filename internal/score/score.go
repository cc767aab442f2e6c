// Package score turns findings into a score out of 100 and a letter grade.
//
// The formula (docs/scoring.md) has one property that matters more than
// any number in it: severities are strictly ordered. However many findings
// a server has at one severity, it scores better than a server with a
// single finding at any higher severity. Within a severity, each further
// finding costs half as much as the one before, so the count still counts
// but cannot swamp the ordering.
package score

import (
	"math"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// Weights are the penalty of the first finding at each severity. Each is
// larger than the most the lower severities can take together (a
// severity's findings cost less than twice its weight in total):
//
//	LOW      3        (all LOW findings: < 6)
//	MEDIUM  10 > 6    (all MEDIUM + LOW: < 26)
//	HIGH    27 > 26   (all HIGH + lower: < 80)
//	CRITICAL 81 > 80
var Weights = map[finding.Severity]float64{
	finding.Critical: 81,
	finding.High:     27,
	finding.Medium:   10,
	finding.Low:      3,
	finding.Info:     0,
}

// Penalty is the points findings at one severity cost: the weight for the
// first, half of it for the second, a quarter for the third, and so on.
func Penalty(s finding.Severity, n int) float64 {
	if n <= 0 {
		return 0
	}
	return Weights[s] * (2 - math.Pow(2, float64(1-n)))
}

// Compute returns the score (0–100) and grade for per-severity counts.
func Compute(counts map[finding.Severity]int) (int, string) {
	total := 0.0
	for s, n := range counts {
		total += Penalty(s, n)
	}
	score := int(math.Floor(100 - total + 1e-9))
	if score < 0 {
		score = 0
	}
	return score, Grade(score)
}

// Grade maps a score to a letter. The bands follow the severity brackets:
// any CRITICAL finding scores below 20 (F); HIGH findings land in 20–73
// (C or D); MEDIUM ones in 74–90 (B, or A for a single one); LOW ones in
// 94–97 (A); no finding at all scores 100.
func Grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 74:
		return "B"
	case score >= 50:
		return "C"
	case score >= 20:
		return "D"
	}
	return "F"
}
