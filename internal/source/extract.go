package source

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Archives are hostile until proven otherwise. Every extractor (tar, zip,
// wheel, git trees, image layers) feeds entries to one writer, which:
//
//   - refuses absolute names, drive letters, NUL bytes and any ".."
//     component, after treating "\" as a separator as Windows tools do;
//   - never writes through a link: symbolic links are created only after all
//     files are written, and only if their target stays inside the tree
//     (relative, with ".." only as leading components, no deeper than the
//     link's own folder); hard links are copied, and must name a file
//     already extracted;
//   - refuses device files, FIFOs and sockets;
//   - stops at limits on entries, total bytes and compression ratio;
//   - writes plain 0644 files and 0755 folders: no set-id or exec bits.
//
// A writer in lenient mode (image layers) skips what a strict one refuses,
// because base images legitimately contain absolute links and device nodes
// that have nothing to do with the server's code.

type limits struct {
	maxBytes   int64
	maxEntries int
	maxRatio   float64
}

type entryType int

const (
	entFile entryType = iota
	entDir
	entSymlink
	entHardlink
	entDevice // block/char devices, FIFOs, sockets
	entIgnore // metadata entries with no file of their own
)

type entry struct {
	name string // as stored in the archive, slash-separated
	typ  entryType
	link string // target of a symlink or hard link
}

// ErrUnsafeArchive is matched by errors.Is for every refusal of a hostile
// entry; ErrLimit for every limit that was hit.
var (
	ErrUnsafeArchive = errors.New("unsafe archive")
	ErrLimit         = errors.New("limit exceeded")
)

func unsafeErr(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUnsafeArchive}, a...)...)
}

func limitErr(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrLimit}, a...)...)
}

// ratioSlack is how many bytes may be written before the compression ratio
// is enforced: tiny archives of repetitive text compress very well.
const ratioSlack = 1 << 20

type writer struct {
	root string
	lim  limits
	// compressed reports how many compressed bytes were consumed so far;
	// nil when the input is not compressed.
	compressed func() int64
	// strip removes this many leading path components (npm strips one).
	strip int
	// mapName, when set, renames or drops (ok=false) each cleaned name;
	// image extraction uses it to keep only the server's subtree.
	mapName func(string) (string, bool)
	lenient bool

	entries int
	written int64
	files   map[string]bool   // cleaned names of regular files written
	links   map[string]string // deferred symlinks: name → target
	skipped []string          // lenient mode: what was skipped, for a note
}

func newWriter(root string, lim limits) *writer {
	return &writer{root: root, lim: lim, files: map[string]bool{}, links: map[string]string{}}
}

// cleanName turns an archive name into a safe relative slash path, or ""
// for the archive root itself.
func cleanName(name string) (string, error) {
	if strings.IndexByte(name, 0) >= 0 {
		return "", unsafeErr("entry name contains a NUL byte")
	}
	n := strings.ReplaceAll(name, "\\", "/")
	if strings.HasPrefix(n, "/") || (len(n) >= 2 && n[1] == ':' && ((n[0] >= 'a' && n[0] <= 'z') || (n[0] >= 'A' && n[0] <= 'Z'))) {
		return "", unsafeErr("entry %q has an absolute path", truncName(name))
	}
	var parts []string
	for _, p := range strings.Split(n, "/") {
		switch p {
		case "", ".":
			continue
		case "..":
			return "", unsafeErr("entry %q points outside the archive (..)", truncName(name))
		}
		if len(p) > 255 {
			return "", unsafeErr("entry %q has a path component longer than 255 bytes", truncName(name))
		}
		parts = append(parts, p)
	}
	out := strings.Join(parts, "/")
	if len(out) > 4096 {
		return "", unsafeErr("entry %q has a path longer than 4096 bytes", truncName(name))
	}
	return out, nil
}

func truncName(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// skip refuses an entry: an error in strict mode, a recorded skip in
// lenient mode.
func (w *writer) skip(why error) error {
	if !w.lenient {
		if errors.Is(why, ErrUnsafeArchive) {
			return why
		}
		return unsafeErr("%v", why)
	}
	if len(w.skipped) < 20 {
		w.skipped = append(w.skipped, strings.TrimPrefix(why.Error(), ErrUnsafeArchive.Error()+": "))
	}
	return nil
}

// target maps an archive name to (cleaned name, ok). ok=false means the
// entry is outside what is kept (stripped prefix, filtered subtree).
func (w *writer) target(name string) (string, bool, error) {
	n, err := cleanName(name)
	if err != nil {
		return "", false, err
	}
	if w.strip > 0 {
		parts := strings.SplitN(n, "/", w.strip+1)
		if len(parts) <= w.strip {
			return "", false, nil
		}
		n = parts[w.strip]
	}
	if w.mapName != nil {
		m, ok := w.mapName(n)
		if !ok {
			return "", false, nil
		}
		if m != "" {
			if m, err = cleanName(m); err != nil {
				return "", false, err
			}
		}
		n = m
	}
	return n, true, nil
}

func (w *writer) count() error {
	w.entries++
	if w.entries > w.lim.maxEntries {
		return limitErr("more than %d entries; raise the limit only for an archive you trust", w.lim.maxEntries)
	}
	return nil
}

// add writes one entry; r supplies a regular file's bytes.
func (w *writer) add(e entry, r io.Reader) error {
	if e.typ == entIgnore {
		return nil
	}
	n, ok, err := w.target(e.name)
	if err != nil {
		if w.lenient {
			return w.skip(err)
		}
		return err
	}
	if !ok || n == "" {
		return nil
	}
	if err := w.count(); err != nil {
		return err
	}
	full := filepath.Join(w.root, filepath.FromSlash(n))
	delete(w.links, n) // a later entry of the same name replaces a link
	switch e.typ {
	case entDir:
		return w.mkdir(n, full)
	case entFile:
		return w.writeFile(n, full, r)
	case entSymlink:
		if err := checkLinkTarget(n, e.link); err != nil {
			return w.skip(err)
		}
		w.links[n] = e.link
		return nil
	case entHardlink:
		t, ok, err := w.target(e.link)
		if err != nil {
			return w.skip(fmt.Errorf("hard link %q points outside the archive", truncName(e.name)))
		}
		if !ok || !w.files[t] {
			return w.skip(fmt.Errorf("hard link %q names %q, which is not a file extracted before it", truncName(e.name), truncName(e.link)))
		}
		src, err := os.Open(filepath.Join(w.root, filepath.FromSlash(t)))
		if err != nil {
			return err
		}
		defer src.Close()
		return w.writeFile(n, full, src)
	case entDevice:
		return w.skip(fmt.Errorf("entry %q is a device, FIFO or socket", truncName(e.name)))
	}
	return nil
}

func (w *writer) mkdir(n, full string) error {
	if fi, err := os.Lstat(full); err == nil {
		if fi.IsDir() {
			return nil
		}
		if !w.lenient {
			return unsafeErr("entry %q is both a file and a folder", truncName(n))
		}
		if err := os.Remove(full); err != nil {
			return err
		}
	}
	if err := w.mkParents(n); err != nil {
		return err
	}
	return os.Mkdir(full, 0o755)
}

// mkParents creates the parent folders of n. Because links are created only
// at the end, every existing path component is a real folder, or a file
// that a strict writer refuses to replace.
func (w *writer) mkParents(n string) error {
	dir := path.Dir(n)
	if dir == "." {
		return nil
	}
	full := filepath.Join(w.root, filepath.FromSlash(dir))
	if err := os.MkdirAll(full, 0o755); err != nil {
		if !w.lenient {
			return unsafeErr("entry %q lies under a file of the same archive", truncName(n))
		}
		// A later layer turned a file into a folder: replace it.
		cur := w.root
		for _, p := range strings.Split(dir, "/") {
			cur = filepath.Join(cur, p)
			if fi, err := os.Lstat(cur); err == nil && !fi.IsDir() {
				if err := os.Remove(cur); err != nil {
					return err
				}
			}
		}
		return os.MkdirAll(full, 0o755)
	}
	return nil
}

func (w *writer) writeFile(n, full string, r io.Reader) error {
	if err := w.mkParents(n); err != nil {
		return err
	}
	if fi, err := os.Lstat(full); err == nil {
		if fi.IsDir() {
			if !w.lenient {
				return unsafeErr("entry %q is both a folder and a file", truncName(n))
			}
			if err := removeTree(full); err != nil {
				return err
			}
		} else if err := os.Remove(full); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	copyErr := w.copy(f, r)
	closeErr := f.Close()
	if copyErr != nil {
		os.Remove(full)
		return copyErr
	}
	if closeErr != nil {
		return closeErr
	}
	w.files[n] = true
	return nil
}

func (w *writer) copy(dst io.Writer, src io.Reader) error {
	buf := make([]byte, 32<<10)
	for {
		k, rerr := src.Read(buf)
		if k > 0 {
			w.written += int64(k)
			if w.written > w.lim.maxBytes {
				return limitErr("more than %d bytes once extracted; raise the limit only for an archive you trust", w.lim.maxBytes)
			}
			if w.compressed != nil && w.lim.maxRatio > 0 && w.written > ratioSlack {
				if c := w.compressed(); float64(w.written) > w.lim.maxRatio*float64(max(c, 1)) {
					return limitErr("compression ratio above %.0f:1 (a decompression bomb?)", w.lim.maxRatio)
				}
			}
			if _, err := dst.Write(buf[:k]); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return corruptErr(rerr)
		}
	}
}

// corruptErr words low-level read errors the way a user can act on.
func corruptErr(err error) error {
	if errors.Is(err, ErrLimit) || errors.Is(err, ErrUnsafeArchive) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("archive is truncated: %w (the download may have been cut; try again)", err)
	}
	return fmt.Errorf("archive is corrupt: %w", err)
}

// checkLinkTarget accepts only relative targets that stay inside the tree
// whatever the other links are: ".." may appear only as leading components,
// and no more of them than the link's depth. A ".." after a name could climb
// out through another link, which a lexical check would miss.
func checkLinkTarget(name, target string) error {
	if target == "" || strings.IndexByte(target, 0) >= 0 {
		return unsafeErr("link %q has an empty or invalid target", truncName(name))
	}
	if strings.HasPrefix(target, "/") || strings.Contains(target, "\\") {
		return unsafeErr("link %q points to %q, outside the archive", truncName(name), truncName(target))
	}
	depth := strings.Count(name, "/") // folders above the link inside the tree
	ups, seenName := 0, false
	for _, p := range strings.Split(target, "/") {
		switch p {
		case "", ".":
		case "..":
			if seenName {
				return unsafeErr("link %q points to %q, which may lead outside the archive", truncName(name), truncName(target))
			}
			ups++
		default:
			seenName = true
		}
	}
	if ups > depth {
		return unsafeErr("link %q points to %q, outside the archive", truncName(name), truncName(target))
	}
	return nil
}

// finish creates the deferred links. A link whose place is already taken by
// a file or folder is dropped (strict mode: refused), never followed.
func (w *writer) finish() error {
	names := make([]string, 0, len(w.links))
	for n := range w.links {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		full := filepath.Join(w.root, filepath.FromSlash(n))
		if err := w.mkParents(n); err != nil {
			return err
		}
		if _, err := os.Lstat(full); err == nil {
			if err := w.skip(fmt.Errorf("link %q has the same name as a file or folder", truncName(n))); err != nil {
				return err
			}
			continue
		}
		if err := os.Symlink(w.links[n], full); err != nil {
			return err
		}
	}
	clear(w.links)
	return nil
}

// whiteout removes name and everything under it, including deferred links
// (image layers delete files of lower layers this way).
func (w *writer) whiteout(n string) error {
	for l := range w.links {
		if l == n || strings.HasPrefix(l, n+"/") {
			delete(w.links, l)
		}
	}
	for f := range w.files {
		if f == n || strings.HasPrefix(f, n+"/") {
			delete(w.files, f)
		}
	}
	full := filepath.Join(w.root, filepath.FromSlash(n))
	if n == "" {
		ents, _ := os.ReadDir(w.root)
		for _, e := range ents {
			if err := removeTree(filepath.Join(w.root, e.Name())); err != nil {
				return err
			}
		}
		return nil
	}
	if _, err := os.Lstat(full); err != nil {
		return nil
	}
	return removeTree(full)
}
