// Package parallel runs independent pieces of work on several goroutines:
// the catalog's rule files, the engine's query compilations, deep mode's
// modules and project parts.
package parallel

import (
	"sync"
	"sync/atomic"
)

// For calls fn(i) for every i in [0, n), on up to workers goroutines
// (at least one), each taking the next index when it is done, and returns
// when all calls have.
func For(workers, n int, fn func(i int)) {
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}
