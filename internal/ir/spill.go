package ir

import (
	"fmt"
	"os"
	"sync"

	"github.com/mcpsafe/mcpsafe/internal/spillfile"
)

// Spill keeps deep mode's packed modules in a temporary file once the
// packed bytes held in memory pass a budget. Deep mode can only decide
// which modules a flow passes through once every file is lowered, so it
// holds every file's packed IR until then: about as many bytes as the
// project has source (84 MB for the 105 MB benchmark corpus), the largest
// part of deep mode's memory, doubled by the garbage collector's headroom.
// In a file, a module costs its offset and length until the analysis reads
// it back, and the scan's memory no longer grows with the project's size.
// A project whose packed IR fits the budget (a typical MCP server packs
// to a few megabytes) never touches the disk.
//
// The file (package spillfile) is created only when first needed and
// unlinked at once where the system allows it.
//
// A Spill is safe for concurrent use: the workers spill as they lower,
// the analysis reads parts back on several goroutines.
type Spill struct {
	budget int64
	file   *spillfile.File

	mu       sync.Mutex
	inMemory int64 // packed bytes left in memory
	err      error // the first failure; spilling stops there
	spilled  int   // modules written
}

// NewSpill returns a store that keeps up to budget bytes of packed
// modules in memory and writes the rest to a temporary file in dir ("":
// os.TempDir()). The file is created when first needed. A nil *Spill
// keeps everything in memory.
func NewSpill(dir string, budget int64) *Spill {
	return &Spill{budget: budget, file: spillfile.New(dir, "mcpsafe-deep-*.ir")}
}

// Keep hands a packed module to the store: it stays in memory while the
// budget allows, and otherwise its bytes go to the file and are dropped.
// A module that is not packed, or a store that failed before, keeps its
// bytes; the failure is reported once by Err.
func (s *Spill) Keep(m *Module) {
	if s == nil || m.packed == nil {
		return
	}
	data := m.packed
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inMemory+int64(len(data)) <= s.budget || s.err != nil {
		s.inMemory += int64(len(data))
		return
	}
	off, err := s.file.Append(data)
	if err != nil {
		s.fail(err, len(data))
		return
	}
	m.packed, m.spill = nil, &spilled{store: s, off: off, n: len(data)}
	s.spilled++
}

// fail records why spilling stopped; the module of n packed bytes keeps
// them in memory.
func (s *Spill) fail(err error, n int) {
	s.err = fmt.Errorf("deep mode keeps its intermediate representation in memory: %w", err)
	s.inMemory += int64(n)
}

// Err reports why spilling stopped, or nil: the scan is then right but
// holds what it meant to write in memory.
func (s *Spill) Err() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Stats reports the modules and bytes written to the file and the packed
// bytes kept in memory.
func (s *Spill) Stats() (modules int, written, inMemory int64) {
	if s == nil {
		return 0, 0, 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.spilled, s.file.Size(), s.inMemory
}

// Close removes the file. Modules still spilled cannot be unpacked after
// it (Unpack reports an error).
func (s *Spill) Close() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	if s.err == nil {
		s.err = os.ErrClosed // a later Keep keeps its module in memory
	}
	s.mu.Unlock()
	return s.file.Close()
}

// spilled locates a module's packed bytes in its store's file.
type spilled struct {
	store *Spill
	off   int64
	n     int
}

// read returns the module's packed bytes from the file.
func (sp *spilled) read() ([]byte, error) {
	buf, err := sp.store.file.ReadAt(sp.off, sp.n)
	if err != nil {
		return nil, fmt.Errorf("reading its intermediate representation back: %w", err)
	}
	return buf, nil
}
