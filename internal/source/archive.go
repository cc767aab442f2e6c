package source

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/zstd"
)

// countingReader counts bytes read from the compressed input, for the
// compression-ratio limit.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}

// decompressor detects gzip, zstd and bzip2 by their magic bytes and
// returns the decompressed stream; anything else is returned as is.
func decompressor(r io.Reader) (io.Reader, func(), error) {
	br := bufio.NewReader(r)
	magic, _ := br.Peek(4)
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, corruptErr(err)
		}
		return zr, func() { zr.Close() }, nil
	case bytes.Equal(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(256<<20))
		if err != nil {
			return nil, nil, corruptErr(err)
		}
		return zr, zr.Close, nil
	case len(magic) >= 3 && string(magic[:3]) == "BZh":
		return bzip2.NewReader(br), func() {}, nil
	}
	return br, func() {}, nil
}

// extractTarStream unpacks a (possibly compressed) tar stream into w.
func extractTarStream(ctx context.Context, r io.Reader, w *writer) error {
	cr := &countingReader{r: r}
	dr, closeFn, err := decompressor(cr)
	if err != nil {
		return err
	}
	defer closeFn()
	w.compressed = func() int64 { return cr.n }
	if err := walkTar(ctx, dr, func(h *tar.Header, body io.Reader) error {
		return w.add(tarEntry(h), body)
	}); err != nil {
		return err
	}
	return w.finish()
}

// walkTar calls fn for every header of a tar stream, with errors worded
// for users.
func walkTar(ctx context.Context, r io.Reader, fn func(*tar.Header, io.Reader) error) error {
	tr := tar.NewReader(r)
	sawOne := false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		h, err := tr.Next()
		if err == io.EOF {
			if !sawOne {
				return fmt.Errorf("archive is empty or not a tar archive")
			}
			return nil
		}
		if err != nil {
			return corruptErr(err)
		}
		sawOne = true
		if err := fn(h, tr); err != nil {
			return err
		}
	}
}

func tarEntry(h *tar.Header) entry {
	e := entry{name: h.Name, link: h.Linkname}
	switch h.Typeflag {
	case tar.TypeReg, tar.TypeRegA, tar.TypeGNUSparse:
		e.typ = entFile
	case tar.TypeDir:
		e.typ = entDir
	case tar.TypeSymlink:
		e.typ = entSymlink
	case tar.TypeLink:
		e.typ = entHardlink
	case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
		e.typ = entDevice
	default:
		// Pax and GNU metadata headers are consumed by archive/tar; anything
		// else (volume labels, contiguous files of old tars) carries no code.
		e.typ = entIgnore
		if h.Typeflag == tar.TypeCont {
			e.typ = entFile
		}
	}
	return e
}

// extractZipFile unpacks a zip (or wheel, or .mcpb) file into w.
func extractZipFile(ctx context.Context, zipPath string, w *writer) error {
	f, err := os.Open(zipPath)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return extractZip(ctx, f, fi.Size(), w)
}

func extractZip(ctx context.Context, ra io.ReaderAt, size int64, w *writer) error {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return corruptErr(fmt.Errorf("not a valid zip archive: %v", err))
	}
	if len(zr.File) > w.lim.maxEntries {
		return limitErr("more than %d entries; raise the limit only for an archive you trust", w.lim.maxEntries)
	}
	var consumed int64
	w.compressed = func() int64 { return consumed }
	for _, zf := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Header sizes are the attacker's word; the whole file bounds them.
		consumed = min(consumed+int64(min(zf.CompressedSize64, uint64(size))), size)
		mode := zf.Mode()
		e := entry{name: zf.Name}
		switch {
		case mode&fs.ModeSymlink != 0:
			e.typ = entSymlink
			rc, err := zf.Open()
			if err != nil {
				return corruptErr(err)
			}
			b, err := io.ReadAll(io.LimitReader(rc, 4097))
			rc.Close()
			if err != nil {
				return corruptErr(err)
			}
			if len(b) > 4096 {
				return unsafeErr("link %q has a target longer than 4096 bytes", truncName(zf.Name))
			}
			e.link = string(b)
			if err := w.add(e, nil); err != nil {
				return err
			}
			continue
		case mode.IsDir() || strings.HasSuffix(zf.Name, "/"):
			e.typ = entDir
		case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0:
			e.typ = entDevice
		default:
			e.typ = entFile
		}
		if e.typ != entFile {
			if err := w.add(e, nil); err != nil {
				return err
			}
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return corruptErr(err)
		}
		err = w.add(e, rc)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return w.finish()
}

// isZipName says whether an archive is a zip by its name (.zip, .whl, .mcpb).
func isZipName(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".zip") || strings.HasSuffix(l, ".whl") || strings.HasSuffix(l, ".mcpb")
}

// extractFile unpacks the archive at p (format from its name, then from its
// magic bytes) into dir.
func extractFile(ctx context.Context, p string, w *writer) error {
	if isZipName(p) || sniffZip(p) {
		return extractZipFile(ctx, p, w)
	}
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	return extractTarStream(ctx, f, w)
}

func sniffZip(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var m [4]byte
	if _, err := io.ReadFull(f, m[:]); err != nil {
		return false
	}
	return string(m[:]) == "PK\x03\x04"
}

// fileSHA256 hashes a file, for cache keys of local archives.
func fileSHA256(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// singleTopDir returns dir/<only entry> when dir holds exactly one folder
// and nothing else (sdists and GitHub archives wrap everything in one).
func singleTopDir(dir string) string {
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 1 || !ents[0].IsDir() {
		return dir
	}
	return filepath.Join(dir, ents[0].Name())
}

// resolveArchive handles a local archive or an https URL to one.
func (r *resolver) resolveArchive(ctx context.Context, s Spec) (*Target, error) {
	if strings.HasPrefix(s.Name, "https://") || strings.HasPrefix(s.Name, "http://") {
		return r.resolveRemoteArchive(ctx, s)
	}
	sum, err := fileSHA256(s.Name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", s.Name, err)
	}
	key := cacheKey("archive", "sha256:"+sum)
	dir, cleanup, err := r.cache.materialize(key, "archive "+s.Name, func(dst string) error {
		r.prog.printf("extracting %s\n", filepath.Base(s.Name))
		return extractFile(ctx, s.Name, newWriter(dst, r.limits()))
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	return &Target{Kind: KindArchive, Resolved: s.Name, Digest: "sha256:" + sum, Dir: singleTopDir(dir), cleanup: cleanup}, nil
}

// resolveRemoteArchive downloads an archive URL. There is no published
// checksum to verify, so the cache is keyed by the bytes received; offline,
// the URL → checksum record is used.
func (r *resolver) resolveRemoteArchive(ctx context.Context, s Spec) (*Target, error) {
	metaKey := cacheKey("archive-url", redactString(s.Name))
	var rec struct{ SHA256 string }
	if r.cache.offline {
		if !r.cache.readMeta(metaKey, &rec) {
			return nil, r.cache.missing("archive " + s.Name)
		}
		dir, cleanup, err := r.cache.materialize(cacheKey("archive", "sha256:"+rec.SHA256), "archive "+s.Name, nil)
		if err != nil {
			return nil, err
		}
		return &Target{Kind: KindArchive, Resolved: s.Name, Digest: "sha256:" + rec.SHA256, Dir: singleTopDir(dir), cleanup: cleanup}, nil
	}
	tmp, err := r.cache.stagingDir()
	if err != nil {
		return nil, err
	}
	defer removeTree(tmp)
	name := filepath.Base(strings.SplitN(s.Name, "?", 2)[0])
	file := filepath.Join(tmp, "download-"+sanitizeFileName(name))
	dl, err := r.http.download(ctx, s.Name, file, nil, name)
	if err != nil {
		return nil, err
	}
	key := cacheKey("archive", "sha256:"+dl.sha256)
	dir, cleanup, err := r.cache.materialize(key, "archive "+s.Name, func(dst string) error {
		return extractFile(ctx, file, newWriter(dst, r.limits()))
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	r.cache.writeMeta(metaKey, struct{ SHA256 string }{dl.sha256})
	return &Target{Kind: KindArchive, Resolved: s.Name, Digest: "sha256:" + dl.sha256, Dir: singleTopDir(dir), cleanup: cleanup,
		Notes: []string{"no published checksum to verify a plain archive URL against"}}, nil
}

// sanitizeFileName keeps a downloaded file's extension (which picks the
// extractor) without trusting the rest of the name.
func sanitizeFileName(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c < 0x80 && (c == '.' || c == '-' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			b.WriteRune(c)
		} else {
			b.WriteByte('_')
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if len(out) > 100 {
		out = out[len(out)-100:]
	}
	if out == "" {
		out = "file"
	}
	return out
}
