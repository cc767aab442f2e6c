// Package recache compiles regular expressions once per process. The
// catalog's validation and the engine compile the same rule expressions
// (several hundred); compiling them once instead of twice is a third of
// mcpsafe's start-up time, which is most of a small project's scan.
package recache

import (
	"regexp"
	"sync"
)

type entry struct {
	re  *regexp.Regexp
	err error
}

var cache sync.Map // expression → *entry

// Compile is regexp.Compile, remembered. A *regexp.Regexp is safe for
// concurrent use, so callers share it.
func Compile(expr string) (*regexp.Regexp, error) {
	if v, ok := cache.Load(expr); ok {
		e := v.(*entry)
		return e.re, e.err
	}
	re, err := regexp.Compile(expr)
	v, _ := cache.LoadOrStore(expr, &entry{re: re, err: err})
	e := v.(*entry)
	return e.re, e.err
}

// MustCompile is regexp.MustCompile, remembered.
func MustCompile(expr string) *regexp.Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic(`recache: Compile(` + expr + `): ` + err.Error())
	}
	return re
}
