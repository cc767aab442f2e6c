// Package findstore keeps a scan's findings until the report is written,
// in memory up to a budget and in a temporary file past it, and gives
// them back in report order, one file's findings at a time.
//
// A scan cannot write a finding when it finds it: the report is sorted,
// findings that depend on project-wide facts ("no rate limiter anywhere")
// or on the project being MCP code are decided once every file has been
// read, and fingerprints count occurrences in file order. Kept as structs
// until then, findings are most of the memory of a finding-dense project
// (a 100 MB synthetic project has 240,000 of them, ~200 MB live), and the
// scan's memory grows with the project. Encoded in a file, a file's
// findings cost an offset and a length until they are read back: once
// when the scan decides which stay (Finish), and once per report written.
// A typical project's findings (a few hundred KB encoded) never leave
// memory.
package findstore

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/spillfile"
)

// DefaultMemory is how many bytes of encoded findings a store keeps in
// memory before it writes to its file: ~20,000 findings.
const DefaultMemory = 8 << 20

// Store holds findings added by a scan's workers, grouped by file. It is
// safe for concurrent use.
type Store struct {
	dir    string
	budget int64
	file   *spillfile.File

	mu       sync.Mutex
	pages    []page
	inMemory int64
	n        int
	err      error // why findings stay in memory, or nil
	closed   bool
}

// page is one Add's findings: kept in memory (data) or at off in the file.
type page struct {
	file  string
	kind  int
	order int // the caller's order among the file's pages
	seq   int // order of the Add among the file's
	data  []byte
	off   int64
	size  int
}

// New returns a store keeping up to budget bytes of encoded findings in
// memory and writing the rest to a temporary file in dir ("":
// os.TempDir()), created when first needed.
func New(dir string, budget int64) *Store {
	return &Store{dir: dir, budget: budget, file: spillfile.New(dir, "mcpsafe-findings-*.bin")}
}

// Add keeps the findings of one file; kind is the caller's, handed back
// to Finish's keep. Findings of one file added several times keep the
// order of the calls. Add copies what it keeps: fs can be reused.
func (s *Store) Add(file string, kind int, fs []finding.Finding) {
	s.AddAt(file, kind, 0, fs)
}

// AddAt is Add for findings whose order among the file's is not the order
// of the calls (those of parallel workers): a file's findings are read
// back by order, then in the order of the calls.
func (s *Store) AddAt(file string, kind, order int, fs []finding.Finding) {
	if len(fs) == 0 {
		return
	}
	bp := encodeBuffers.Get().(*[]byte)
	data := appendPage((*bp)[:0], fs)
	defer func() {
		if cap(data) <= maxPooledBuffer {
			*bp = data[:0]
			encodeBuffers.Put(bp)
		}
	}()
	s.mu.Lock()
	defer s.mu.Unlock()
	p := page{file: file, kind: kind, order: order, seq: len(s.pages), size: len(data)}
	s.n += len(fs)
	if s.closed {
		s.err = fmt.Errorf("findings added to a closed store")
	}
	keep := s.inMemory+int64(len(data)) <= s.budget || s.err != nil
	if !keep {
		off, err := s.file.Append(data)
		if err != nil {
			s.err = fmt.Errorf("findings kept in memory: %w", err)
			keep = true
		}
		p.off = off
	}
	if keep {
		// A copy of its own size: the encoding buffer grew by doubling.
		p.data = bytes.Clone(data)
		s.inMemory += int64(len(data))
	}
	s.pages = append(s.pages, p)
}

// AddByFile is AddAt for findings of several files, each in the file
// its File names: a run of findings of one file at a time (a file's
// runs keep their order).
func (s *Store) AddByFile(kind, order int, fs []finding.Finding) {
	for i := 0; i < len(fs); {
		j := i + 1
		for j < len(fs) && fs[j].File == fs[i].File {
			j++
		}
		s.AddAt(fs[i].File, kind, order, fs[i:j])
		i = j
	}
}

// encodeBuffers are the buffers pages are encoded into: a page kept in
// memory is copied out of its buffer, one written to the file needs no
// copy at all.
var encodeBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBuffer bounds the buffers kept for reuse (a file with tens of
// thousands of findings encodes to megabytes).
const maxPooledBuffer = 1 << 20

// Len is the number of findings added.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

// Err reports why findings stayed in memory past the budget (the
// temporary file could not be made or written), or nil. The findings are
// all there either way.
func (s *Store) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Stats reports the bytes of encoded findings written to the file and
// kept in memory.
func (s *Store) Stats() (written, inMemory int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.file.Size(), s.inMemory
}

func (s *Store) read(p *page) ([]finding.Finding, error) {
	data := p.data
	if data == nil {
		var err error
		if data, err = s.file.ReadAt(p.off, p.size); err != nil {
			return nil, fmt.Errorf("reading findings back from the temporary file: %w", err)
		}
	}
	fs, err := decodePage(data)
	if err != nil {
		return nil, fmt.Errorf("reading findings back: %w", err)
	}
	return fs, nil
}

// Files reads the findings back a file at a time, in path order, each
// file's in the order they were added (see AddAt), and closes the store.
// It stops at fn's first error and returns it.
func (s *Store) Files(fn func(file string, fs []finding.Finding) error) error {
	return s.files(func(file string, fs []finding.Finding, _ []int) error { return fn(file, fs) })
}

// files is Files with the kind each finding was added with.
func (s *Store) files(fn func(file string, fs []finding.Finding, kinds []int) error) error {
	s.mu.Lock()
	pages := s.pages
	s.pages, s.inMemory = nil, 0
	s.mu.Unlock()
	defer s.Close()
	slices.SortFunc(pages, func(a, b page) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.order, b.order), cmp.Compare(a.seq, b.seq))
	})
	var fs []finding.Finding
	var kinds []int
	for i := 0; i < len(pages); {
		fs, kinds = fs[:0], kinds[:0]
		j := i
		for ; j < len(pages) && pages[j].file == pages[i].file; j++ {
			got, err := s.read(&pages[j])
			if err != nil {
				return err
			}
			pages[j].data = nil
			fs = append(fs, got...)
			for range got {
				kinds = append(kinds, pages[j].kind)
			}
		}
		if err := fn(pages[i].file, fs, kinds); err != nil {
			return err
		}
		clear(fs)
		i = j
	}
	return nil
}

// Finish decides which findings stay and puts them in report order: for
// each file, in path order, it reads back the file's findings, in the
// order they were added, keeps those keep accepts (given the kind they
// were added with), sorts them (finding.Sort) and fingerprints them
// (finding.AssignFingerprints, which counts occurrences within a file).
// The result is a new store, in a file of its own past the budget, read
// back by the list; s is closed. keep is called once per finding.
func (s *Store) Finish(keep func(kind int, f *finding.Finding) bool) (finding.List, *Store, error) {
	out := New(s.dir, s.budget)
	err := s.files(func(file string, fs []finding.Finding, kinds []int) error {
		kept := fs[:0]
		for i := range fs {
			if keep(kinds[i], &fs[i]) {
				kept = append(kept, fs[i])
			}
		}
		finding.Sort(kept)
		finding.AssignFingerprints(kept)
		out.Add(file, 0, kept)
		return nil
	})
	if err != nil {
		out.Close()
		return finding.List{}, nil, err
	}
	return finding.PagedList(out, out.Len()), out, nil
}

// Each reads the findings back, a file at a time in the order they were
// added (report order for a store made by Finish).
func (s *Store) Each(yield func([]finding.Finding) bool) error {
	s.mu.Lock()
	pages := s.pages
	closed := s.closed
	s.mu.Unlock()
	if closed {
		return fmt.Errorf("reading findings back: the store is closed")
	}
	for i := range pages {
		fs, err := s.read(&pages[i])
		if err != nil {
			return err
		}
		if !yield(fs) {
			return nil
		}
	}
	return nil
}

// Close drops the findings and removes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	s.closed = true
	s.pages, s.inMemory = nil, 0
	s.mu.Unlock()
	return s.file.Close()
}
