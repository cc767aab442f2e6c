package ir

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"testing"
)

func packedModule(t *testing.T) *Module {
	t.Helper()
	m := everyField()
	if !m.Pack() {
		t.Fatal("Pack failed")
	}
	return m
}

func TestSpillKeepsWithinBudgetInMemory(t *testing.T) {
	dir := t.TempDir()
	m := packedModule(t)
	size := int64(len(m.packed))
	s := NewSpill(dir, size)
	defer s.Close()
	s.Keep(m)
	if m.packed == nil || m.spill != nil {
		t.Fatal("a module within the budget was written out")
	}
	if n, written, inMemory := s.Stats(); n != 0 || written != 0 || inMemory != size {
		t.Errorf("Stats() = %d modules, %d written, %d in memory; want 0, 0, %d", n, written, inMemory, size)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a file was created though nothing was spilled: %v", entries)
	}
}

func TestSpillWritesPastBudgetAndReadsBack(t *testing.T) {
	dir := t.TempDir()
	s := NewSpill(dir, 0)
	eager, lazy, want := packedModule(t), packedModule(t), everyField()
	size := len(eager.packed)
	s.Keep(eager)
	s.Keep(lazy)
	for _, m := range []*Module{eager, lazy} {
		if m.packed != nil || m.spill == nil || !m.Packed() {
			t.Fatalf("module not spilled: packed %d bytes, spill %v", len(m.packed), m.spill)
		}
		if !m.Pack() || m.spill == nil {
			t.Fatal("packing a spilled module must be a no-op that succeeds")
		}
	}
	if n, written, inMemory := s.Stats(); n != 2 || written != int64(2*size) || inMemory != 0 {
		t.Errorf("Stats() = %d modules, %d written, %d in memory; want 2, %d, 0", n, written, inMemory, 2*size)
	}
	if runtime.GOOS != "windows" {
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("the spill file is still linked in its folder: %v", entries)
		}
	}
	// The second module sits at an offset: both must come back whole.
	if err := eager.Unpack(); err != nil {
		t.Fatal(err)
	}
	if eager.Packed() || !reflect.DeepEqual(eager, want) {
		t.Errorf("a module read back from the file differs:\n%s", diffFuncs(eager, want))
	}
	if err := lazy.UnpackLazily(); err != nil {
		t.Fatal(err)
	}
	for _, f := range lazy.Funcs {
		f.Body, f.body = f.Stmts(), nil
	}
	lazy.strs = nil
	if !reflect.DeepEqual(lazy, want) || lazy.Damaged() != nil {
		t.Errorf("bodies decoded lazily from the file differ (%v):\n%s", lazy.Damaged(), diffFuncs(lazy, want))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("Close left the file behind: %v", entries)
	}
}

func TestSpillClosedReportsInsteadOfPanicking(t *testing.T) {
	s := NewSpill(t.TempDir(), 0)
	m := packedModule(t)
	s.Keep(m)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Unpack(); err == nil {
		t.Fatal("unpacking a module whose file is closed succeeded")
	}
	if !m.Packed() {
		t.Error("a failed unpack must leave the module packed")
	}
	// After Close, a module handed over stays in memory.
	late := packedModule(t)
	s.Keep(late)
	if late.packed == nil {
		t.Error("a module kept after Close lost its bytes")
	}
}

func TestSpillFallsBackToMemory(t *testing.T) {
	s := NewSpill(filepath.Join(t.TempDir(), "missing", "folder"), 0)
	defer s.Close()
	m, want := packedModule(t), everyField()
	s.Keep(m)
	if s.Err() == nil {
		t.Fatal("no error for a folder that does not exist")
	}
	if m.packed == nil || m.spill != nil {
		t.Fatal("the module lost its bytes when the file could not be created")
	}
	if err := m.Unpack(); err != nil || !reflect.DeepEqual(m, want) {
		t.Fatalf("module kept in memory after the failure: %v", err)
	}
	if n, _, inMemory := s.Stats(); n != 0 || inMemory == 0 {
		t.Errorf("Stats() = %d spilled, %d in memory", n, inMemory)
	}
	var nilSpill *Spill
	nilSpill.Keep(m) // a nil store keeps everything in memory
	if nilSpill.Err() != nil || nilSpill.Close() != nil {
		t.Error("a nil Spill reports an error")
	}
}

// Workers spill while the analysis reads other modules back.
func TestSpillConcurrent(t *testing.T) {
	s := NewSpill(t.TempDir(), 1<<10)
	defer s.Close()
	want := everyField()
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				m := everyField()
				m.Pack()
				s.Keep(m)
				if err := m.Unpack(); err != nil {
					errs <- err.Error()
					return
				}
				if !reflect.DeepEqual(m, want) {
					errs <- "a module read back differs"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if n, _, _ := s.Stats(); n == 0 {
		t.Error("nothing was spilled past a 1 KiB budget")
	}
}
