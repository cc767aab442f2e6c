// Package tsq walks a tree-sitter query cursor's matches without the Go
// binding's per-match work. The binding's QueryMatches.Next allocates C
// memory for every match, defers its release inside a loop, and evaluates
// the text predicates (#match?, #eq?) of every match before returning it;
// the engine runs one merged query for all rules and drops most matches by
// pattern index (their rule's keywords are not in the file), so that work
// was a sixth of fast mode's time. Here a caller sees each match's pattern
// index first and evaluates the predicates only for the matches it keeps.
//
// It relies on the binding's documented layouts: QueryCursor and Query hold
// their C pointer as their first field, and QueryCapture has the layout of
// TSQueryCapture (the binding itself converts between them). A test checks
// both against the binding's own iterator.
package tsq

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct TSQueryCursor TSQueryCursor;
typedef struct {
	uint32_t context[4];
	const void *id;
	const void *tree;
} tsq_node;
typedef struct {
	tsq_node node;
	uint32_t index;
} tsq_capture;
typedef struct {
	uint32_t id;
	uint16_t pattern_index;
	uint16_t capture_count;
	const tsq_capture *captures;
} tsq_match;

bool ts_query_cursor_next_match(TSQueryCursor *self, tsq_match *match);

static bool tsq_next(TSQueryCursor *c, tsq_match *m) {
	return ts_query_cursor_next_match(c, m);
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Matches iterates the matches of a query cursor after
// QueryCursor.Matches started it.
type Matches struct {
	cursor *C.TSQueryCursor
	m      *C.tsq_match
}

// New returns an iterator over the matches the cursor produces; the
// cursor must have been started with QueryCursor.Matches (which also sets
// the text the binding's predicates read). Close frees it.
func New(cursor *sitter.QueryCursor) *Matches {
	inner := *(*unsafe.Pointer)(unsafe.Pointer(cursor))
	return &Matches{cursor: (*C.TSQueryCursor)(inner), m: (*C.tsq_match)(C.malloc(C.sizeof_tsq_match))}
}

// Close frees the iterator's match buffer.
func (it *Matches) Close() {
	C.free(unsafe.Pointer(it.m))
	it.m = nil
}

// Next advances to the next match, reporting false when there is none.
// The match is valid until the next call.
func (it *Matches) Next() bool {
	return bool(C.tsq_next(it.cursor, it.m))
}

// PatternIndex is the current match's pattern.
func (it *Matches) PatternIndex() uint { return uint(it.m.pattern_index) }

// Match returns the current match as the binding's type, its captures
// pointing into the cursor's memory (valid until Next).
func (it *Matches) Match() sitter.QueryMatch {
	var caps []sitter.QueryCapture
	if n := int(it.m.capture_count); n > 0 {
		caps = unsafe.Slice((*sitter.QueryCapture)(unsafe.Pointer(it.m.captures)), n)
	}
	return sitter.QueryMatch{Captures: caps, PatternIndex: uint(it.m.pattern_index)}
}
