package findstore

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// The encoding of a page: the number of findings, then each finding's
// fields in the order of finding.Finding — strings as a length and their
// bytes, integers as varints, slices as a length and their elements. A
// test fills every field of a Finding and reads it back, so a field added
// to the struct and not here fails it.

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendInt(b []byte, v int) []byte { return binary.AppendVarint(b, int64(v)) }

func appendPage(b []byte, fs []finding.Finding) []byte {
	b = binary.AppendUvarint(b, uint64(len(fs)))
	for i := range fs {
		f := &fs[i]
		for _, s := range [...]string{f.RuleID, f.Name, f.Title} {
			b = appendString(b, s)
		}
		b = appendInt(b, int(f.Severity))
		for _, s := range [...]string{f.CWE, f.Category, f.File} {
			b = appendString(b, s)
		}
		for _, v := range [...]int{f.Line, f.Column, f.EndLine, f.EndColumn} {
			b = appendInt(b, v)
		}
		for _, s := range [...]string{f.Snippet, f.Message, string(f.Mode), f.Tool} {
			b = appendString(b, s)
		}
		b = binary.AppendUvarint(b, uint64(len(f.Trace)))
		for _, st := range f.Trace {
			b = appendString(b, st.File)
			b = appendInt(b, st.Line)
			b = appendInt(b, st.Column)
			b = appendString(b, st.Note)
		}
		b = appendString(b, f.Fingerprint)
		b = appendString(b, f.MatchedText)
		b = appendInt(b, f.StartByte)
		b = appendInt(b, f.EndByte)
		b = binary.AppendUvarint(b, uint64(len(f.Requires)))
		for _, r := range f.Requires {
			b = appendInt(b, r.Fact)
			present := 0
			if r.Present {
				present = 1
			}
			b = append(b, byte(present))
		}
	}
	return b
}

var errDamaged = errors.New("damaged findings page")

// reader decodes a page, remembering the first error; every length is
// checked against the bytes left, so damaged input is an error, never a
// panic or a huge allocation.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errDamaged
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) int() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 || v > math.MaxInt || v < math.MinInt {
		r.err = errDamaged
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.err = errDamaged
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// count reads a slice length, each element taking at least min bytes.
func (r *reader) count(min int) int {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.b)/min) {
		r.err = errDamaged
		return 0
	}
	return int(n)
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.err = errDamaged
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// minFinding is the fewest bytes a finding takes: 12 empty strings, 7
// integers and 2 slice lengths of one byte each.
const minFinding = 21

func decodePage(b []byte) ([]finding.Finding, error) {
	r := &reader{b: b}
	n := r.count(minFinding)
	fs := make([]finding.Finding, n)
	for i := 0; i < n && r.err == nil; i++ {
		f := &fs[i]
		f.RuleID, f.Name, f.Title = r.string(), r.string(), r.string()
		f.Severity = finding.Severity(r.int())
		f.CWE, f.Category, f.File = r.string(), r.string(), r.string()
		f.Line, f.Column, f.EndLine, f.EndColumn = r.int(), r.int(), r.int(), r.int()
		f.Snippet, f.Message, f.Mode, f.Tool = r.string(), r.string(), finding.Mode(r.string()), r.string()
		if k := r.count(4); k > 0 {
			f.Trace = make([]finding.Step, k)
			for j := range f.Trace {
				st := &f.Trace[j]
				st.File, st.Line, st.Column, st.Note = r.string(), r.int(), r.int(), r.string()
			}
		}
		f.Fingerprint, f.MatchedText = r.string(), r.string()
		f.StartByte, f.EndByte = r.int(), r.int()
		if k := r.count(2); k > 0 {
			f.Requires = make([]finding.Requirement, k)
			for j := range f.Requires {
				f.Requires[j].Fact = r.int()
				switch r.byte() {
				case 0:
				case 1:
					f.Requires[j].Present = true
				default:
					r.err = errDamaged
				}
			}
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errDamaged
	}
	if r.err != nil {
		return nil, r.err
	}
	return fs, nil
}
