package finding

import (
	"bytes"
	"encoding/json"
)

// List is a report's findings in report order. A list made from a slice
// holds them in memory; a scan's list is read back from its store a file's
// findings at a time (Pages), so that a report of hundreds of thousands of
// findings is written without holding them all (see package findstore).
// The zero List is empty.
type List struct {
	mem   []Finding
	pages Pages
	n     int
}

// Pages is findings kept out of memory, read back in report order a page
// (one file's findings) at a time.
type Pages interface {
	// Each calls yield with each page in order until it returns false.
	// The slice belongs to the caller.
	Each(yield func([]Finding) bool) error
	// Close releases what holds the findings; Each fails afterwards.
	Close() error
}

// ListOf returns a list of the findings of fs, in its order.
func ListOf(fs []Finding) List {
	return List{mem: fs, n: len(fs)}
}

// PagedList returns the list of the n findings p reads back.
func PagedList(p Pages, n int) List {
	return List{pages: p, n: n}
}

// Len is the number of findings.
func (l List) Len() int { return l.n }

// Each calls fn with each finding in order and stops at the first error,
// its own or one reading the findings back.
func (l List) Each(fn func(*Finding) error) error {
	if l.pages == nil {
		for i := range l.mem {
			if err := fn(&l.mem[i]); err != nil {
				return err
			}
		}
		return nil
	}
	var ferr error
	err := l.pages.Each(func(page []Finding) bool {
		for i := range page {
			if ferr = fn(&page[i]); ferr != nil {
				return false
			}
		}
		return true
	})
	if ferr != nil {
		return ferr
	}
	return err
}

// Slice returns every finding in one slice (never nil). A paged list's
// findings are read back into memory.
func (l List) Slice() ([]Finding, error) {
	if l.pages == nil {
		if l.mem == nil {
			return []Finding{}, nil
		}
		return l.mem, nil
	}
	out := make([]Finding, 0, l.n)
	err := l.Each(func(f *Finding) error {
		out = append(out, *f)
		return nil
	})
	return out, err
}

// Close releases the store of a paged list; a list in memory has none.
func (l List) Close() error {
	if l.pages == nil {
		return nil
	}
	return l.pages.Close()
}

// MarshalJSON encodes the list as an array (never null), as the report's
// findings. It leaves <, > and & as they are: encoding/json escapes a
// marshaler's output itself when its caller asks for it.
func (l List) MarshalJSON() ([]byte, error) {
	fs, err := l.Slice()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fs); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads an array of findings into memory.
func (l *List) UnmarshalJSON(data []byte) error {
	var fs []Finding
	if err := json.Unmarshal(data, &fs); err != nil {
		return err
	}
	*l = ListOf(fs)
	return nil
}
