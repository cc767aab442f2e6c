package lang

/*
#include <stdint.h>
#include <stdlib.h>

// The few tree-sitter C functions the fast path needs, declared here rather
// than through tree_sitter/api.h (whose folder is inside the binding's
// module); the symbols come from the binding's C objects at link time.
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
TSTree *ts_parser_parse_string(TSParser *self, const TSTree *old_tree, const char *string, uint32_t length);
void ts_parser_set_timeout_micros(TSParser *self, uint64_t timeout_micros);
void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t), void *(*new_realloc)(void *, size_t), void (*new_free)(void *));

// mcpsafe_default_allocator makes tree-sitter call malloc and free
// directly. The Go binding installs allocator hooks that call back into Go
// for every allocation (C → Go → C); with the default ones an allocation is
// a plain C call. Both end in the C library's malloc, so memory allocated
// before the switch is freed correctly after it.
static void mcpsafe_default_allocator(void) { ts_set_allocator(NULL, NULL, NULL, NULL); }
*/
import "C"

import (
	"errors"
	"fmt"
	"math"
	"time"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Parsers holds one tree-sitter parser per grammar, created on first use.
// A Parsers value belongs to one goroutine.
type Parsers struct {
	byID map[ID]*sitter.Parser
	// timeout is the timeout last set on each parser, in microseconds.
	timeout map[ID]uint64
}

// NewParsers returns an empty parser set.
func NewParsers() *Parsers {
	return &Parsers{byID: map[ID]*sitter.Parser{}, timeout: map[ID]uint64{}}
}

// Close frees every parser.
func (p *Parsers) Close() {
	for _, ps := range p.byID {
		ps.Close()
	}
	p.byID = nil
}

// ErrParseTimeout is returned when a parse runs past its deadline.
var ErrParseTimeout = errors.New("parse timed out")

// readChunk is how many bytes the parser is handed per read callback on the
// slow path. The binding copies each chunk into C memory; handing it the
// whole remainder of the file on every call would copy quadratically.
const readChunk = 64 << 10

// The binding's Parser and Tree are structs holding one C pointer. The fast
// path reads and writes that pointer; if a binding version ever changes the
// layout, fastPath is false and parsing goes through the binding's
// callback API instead.
type (
	parserLayout struct{ inner unsafe.Pointer }
	treeLayout   struct{ inner unsafe.Pointer }
)

var fastPath = unsafe.Sizeof(sitter.Parser{}) == unsafe.Sizeof(parserLayout{}) &&
	unsafe.Sizeof(sitter.Tree{}) == unsafe.Sizeof(treeLayout{})

func init() {
	C.mcpsafe_default_allocator()
}

// Parse parses src with the language's grammar. A zero timeout means no
// limit. The caller must Close the returned tree.
//
// The source is handed to tree-sitter in place: one cgo call, no copy of
// the file into C memory, no callback into Go while the file is parsed
// (the timeout is checked by tree-sitter's own clock).
func (p *Parsers) Parse(l *Language, src []byte, timeout time.Duration) (*sitter.Tree, error) {
	ps := p.byID[l.ID]
	if ps == nil {
		ps = sitter.NewParser()
		if err := ps.SetLanguage(l.grammar); err != nil {
			ps.Close()
			return nil, fmt.Errorf("tree-sitter %s: %w", l.Name, err)
		}
		p.byID[l.ID] = ps
	}
	if !fastPath || len(src) > math.MaxUint32 {
		return parseWithCallback(ps, src, timeout)
	}
	inner := (*parserLayout)(unsafe.Pointer(ps)).inner
	var micros uint64
	if timeout > 0 {
		// Round up: a timeout below a microsecond is still a timeout.
		micros = uint64((timeout + time.Microsecond - 1) / time.Microsecond)
	}
	if p.timeout[l.ID] != micros {
		C.ts_parser_set_timeout_micros((*C.TSParser)(inner), C.uint64_t(micros))
		p.timeout[l.ID] = micros
	}
	var ptr *C.char
	if len(src) > 0 {
		// The bytes hold no Go pointers and are only read during the call.
		ptr = (*C.char)(unsafe.Pointer(&src[0]))
	} else {
		ptr = (*C.char)(unsafe.Pointer(&emptySource[0]))
	}
	t := C.ts_parser_parse_string((*C.TSParser)(inner), nil, ptr, C.uint32_t(len(src)))
	if t == nil {
		ps.Reset()
		if micros > 0 {
			return nil, ErrParseTimeout
		}
		return nil, errors.New("parser returned no tree")
	}
	tree := new(sitter.Tree)
	(*treeLayout)(unsafe.Pointer(tree)).inner = unsafe.Pointer(t)
	return tree, nil
}

var emptySource = []byte{0}

// parseWithCallback is the binding's own API: the source is read through a
// Go callback that the binding copies into C memory chunk by chunk, and
// the timeout is a Go callback too.
func parseWithCallback(ps *sitter.Parser, src []byte, timeout time.Duration) (*sitter.Tree, error) {
	var opts *sitter.ParseOptions
	timedOut := false
	if timeout > 0 {
		deadline := time.Now().Add(timeout)
		opts = &sitter.ParseOptions{ProgressCallback: func(sitter.ParseState) bool {
			if time.Now().After(deadline) {
				timedOut = true
				return true
			}
			return false
		}}
	}
	n := len(src)
	tree := ps.ParseWithOptions(func(i int, _ sitter.Point) []byte {
		if i >= n {
			return nil
		}
		end := i + readChunk
		if end > n {
			end = n
		}
		return src[i:end]
	}, nil, opts)
	if tree == nil {
		ps.Reset()
		if timedOut {
			return nil, ErrParseTimeout
		}
		return nil, errors.New("parser returned no tree")
	}
	return tree, nil
}

// useDefaultAllocator makes tree-sitter allocate with malloc and free (see
// the cgo preamble). It runs at init; tests call it to restore the default.
func useDefaultAllocator() { C.mcpsafe_default_allocator() }
