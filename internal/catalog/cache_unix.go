//go:build unix

package catalog

import (
	"os"
	"syscall"
)

// private reports whether a cache folder or entry belongs to the user
// running mcpsafe and no one else can write to it. The cached catalog
// decides what a scan looks for; an entry someone else could have written
// is not read (the cache is then only slower, never wrong).
func private(path string) bool {
	info, err := os.Lstat(path)
	if err != nil {
		return false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) != os.Geteuid() {
		return false
	}
	return info.Mode().Perm()&0o022 == 0 && info.Mode()&os.ModeSymlink == 0
}
