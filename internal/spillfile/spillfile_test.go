package spillfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestAppendReadClose(t *testing.T) {
	dir := t.TempDir()
	f := New(dir, "x-*.bin")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("a file before anything was written: %v", entries)
	}
	a, err := f.Append([]byte("hello"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Append([]byte(", world"))
	if err != nil {
		t.Fatal(err)
	}
	if a != 0 || b != 5 || f.Size() != 12 {
		t.Errorf("offsets %d, %d, size %d", a, b, f.Size())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the file is still linked: %v", entries)
	}
	if got, err := f.ReadAt(b, 7); err != nil || string(got) != ", world" {
		t.Errorf("ReadAt = %q, %v", got, err)
	}
	if _, err := f.ReadAt(b, 8); err == nil {
		t.Error("a read past the end succeeded")
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ReadAt(0, 1); err == nil {
		t.Error("a read after Close succeeded")
	}
	if _, err := f.Append([]byte("x")); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Append after Close: %v", err)
	}
}

func TestMissingFolderIsAnError(t *testing.T) {
	f := New(filepath.Join(t.TempDir(), "missing"), "x-*.bin")
	if _, err := f.Append([]byte("x")); err == nil {
		t.Error("a file was made in a missing folder")
	}
	if f.Size() != 0 {
		t.Errorf("size %d after a failed write", f.Size())
	}
	if err := f.Close(); err != nil {
		t.Error(err)
	}
}
