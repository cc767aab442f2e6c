package lang

import (
	"errors"
	"fmt"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Parsers holds one tree-sitter parser per grammar, created on first use.
// A Parsers value belongs to one goroutine.
type Parsers struct {
	byID map[ID]*sitter.Parser
}

// NewParsers returns an empty parser set.
func NewParsers() *Parsers { return &Parsers{byID: map[ID]*sitter.Parser{}} }

// Close frees every parser.
func (p *Parsers) Close() {
	for _, ps := range p.byID {
		ps.Close()
	}
	p.byID = nil
}

// ErrParseTimeout is returned when a parse runs past its deadline.
var ErrParseTimeout = errors.New("parse timed out")

// readChunk is how many bytes the parser is handed per read callback. The
// binding copies each chunk into C memory; handing it the whole remainder
// of the file on every call would copy quadratically.
const readChunk = 64 << 10

// Parse parses src with the language's grammar. A zero timeout means no
// limit. The caller must Close the returned tree.
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
