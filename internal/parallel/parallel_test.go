package parallel

import (
	"sync/atomic"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, c := range []struct{ workers, n int }{{1, 0}, {0, 5}, {4, 1}, {3, 1000}, {64, 10}} {
		calls := make([]atomic.Int32, c.n)
		var running, most atomic.Int32
		For(c.workers, c.n, func(i int) {
			now := running.Add(1)
			for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
			}
			calls[i].Add(1)
			running.Add(-1)
		})
		for i := range calls {
			if n := calls[i].Load(); n != 1 {
				t.Fatalf("workers %d, n %d: index %d called %d times", c.workers, c.n, i, n)
			}
		}
		if limit := int32(max(1, c.workers)); most.Load() > limit {
			t.Errorf("workers %d: %d calls at once", c.workers, most.Load())
		}
	}
}
