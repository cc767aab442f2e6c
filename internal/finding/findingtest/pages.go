// Package findingtest holds test doubles for the finding model's
// consumers: the reports read a scan's findings back page by page, and
// their tests need pages that can fail.
package findingtest

import (
	"errors"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// ErrRead is the error Pages returns at FailAt.
var ErrRead = errors.New("findingtest: disk gone")

// Pages reads Findings back one finding a page, as a scan's store reads
// a file's findings, and fails with ErrRead at index FailAt (-1: never).
type Pages struct {
	Findings []finding.Finding
	FailAt   int
}

// List is the paged list of p, claiming n findings.
func (p Pages) List(n int) finding.List { return finding.PagedList(p, n) }

func (p Pages) Each(yield func([]finding.Finding) bool) error {
	for i := range p.Findings {
		if i == p.FailAt {
			return ErrRead
		}
		if !yield(p.Findings[i : i+1]) {
			return nil
		}
	}
	return nil
}

func (Pages) Close() error { return nil }
