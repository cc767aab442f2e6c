// Package spillfile is an append-only temporary file for what a scan
// would otherwise hold in memory until its end: deep mode's packed IR
// (ir.Spill) and the findings of a finding-dense project (findstore).
//
// The file is created with os.CreateTemp (mode 0600) in the given folder,
// os.TempDir() by default, only when something is first written, and is
// unlinked as soon as it is created where the system allows it
// (everywhere but Windows), so nothing is left behind even when the scan
// is killed; Close removes it otherwise. Point TMPDIR elsewhere when the
// temporary folder is a RAM disk.
//
// A File is safe for concurrent use: writers append under a lock, readers
// read with ReadAt.
package spillfile

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// File is an append-only temporary file.
type File struct {
	dir, pattern string

	mu       sync.Mutex
	f        *os.File
	unlinked bool
	size     int64
	closed   bool
}

// New returns a file to be created in dir ("": os.TempDir()) with a name
// made from pattern as os.CreateTemp makes it, when first written.
func New(dir, pattern string) *File {
	return &File{dir: dir, pattern: pattern}
}

// Append writes data at the end of the file, creating it first if need
// be, and returns the offset it was written at. On an error nothing
// written counts: the caller keeps data.
func (t *File) Append(data []byte) (int64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return 0, os.ErrClosed
	}
	if t.f == nil {
		f, err := os.CreateTemp(t.dir, t.pattern)
		if err != nil {
			return 0, err
		}
		t.f = f
		// Unlinked while open, the file goes away with the process.
		t.unlinked = os.Remove(f.Name()) == nil
	}
	off := t.size
	if _, err := t.f.WriteAt(data, off); err != nil {
		return 0, err
	}
	t.size += int64(len(data))
	return off, nil
}

// ReadAt returns the n bytes written at off.
func (t *File) ReadAt(off int64, n int) ([]byte, error) {
	t.mu.Lock()
	f := t.f
	t.mu.Unlock()
	if f == nil {
		return nil, fmt.Errorf("the temporary file is closed")
	}
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, off); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return buf, nil
}

// Size is the number of bytes written.
func (t *File) Size() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.size
}

// Close closes and removes the file; later writes fail with os.ErrClosed
// and reads with an error.
func (t *File) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	if t.f == nil {
		return nil
	}
	err := t.f.Close()
	if !t.unlinked {
		if rerr := os.Remove(t.f.Name()); err == nil {
			err = rerr
		}
	}
	t.f = nil
	return err
}
