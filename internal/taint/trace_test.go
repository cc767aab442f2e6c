package taint

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// sliceAppend is the reference: a trace as a slice, copied on each step.
func sliceAppend(trace []finding.Step, s finding.Step) []finding.Step {
	if n := len(trace); n > 0 {
		last := trace[n-1]
		if last.File == s.File && last.Line == s.Line && last.Note == s.Note {
			return trace
		}
	}
	out := make([]finding.Step, 0, len(trace)+1)
	out = append(out, trace...)
	out = append(out, s)
	if len(out) > maxTrace {
		head := maxTrace / 3
		out = append(out[:head:head], out[len(out)-(maxTrace-head):]...)
	}
	return out
}

func sliceJoin(a, b []finding.Step) []finding.Step {
	out := a
	for _, s := range b {
		out = sliceAppend(out, s)
	}
	return out
}

// TestTraceMatchesSlices builds random traces both ways, appending and
// joining, with shared prefixes and repeated steps, and compares the steps
// they show.
func TestTraceMatchesSlices(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	type pair struct {
		tr trace
		sl []finding.Step
	}
	pool := []pair{{}}
	step := func() finding.Step {
		return finding.Step{File: []string{"a.go", "b.ts"}[r.Intn(2)], Line: r.Intn(4), Column: r.Intn(3), Note: []string{"x", "y"}[r.Intn(2)]}
	}
	for i := 0; i < 40000; i++ {
		p := pool[r.Intn(len(pool))]
		var q pair
		switch r.Intn(3) {
		case 0, 1:
			s := step()
			q = pair{appendStep(p.tr, s), sliceAppend(p.sl, s)}
		default:
			o := pool[r.Intn(len(pool))]
			q = pair{joinTrace(p.tr, o.tr), sliceJoin(p.sl, o.sl)}
		}
		got := q.tr.steps()
		if len(got) == 0 && len(q.sl) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, q.sl) {
			t.Fatalf("step %d: trace shows %v, slice has %v", i, got, q.sl)
		}
		if len(pool) < 500 {
			pool = append(pool, q)
		} else {
			pool[r.Intn(len(pool))] = q
		}
	}
}
