package source

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"
)

// Container images through the OCI distribution protocol (with
// go-containerregistry): the manifest, or from an image index the one for
// Options.Platform (linux/amd64); each layer is downloaded and checked
// against its digest. Images are mostly base-OS files, so the layers are
// read twice: first only their headers, applied in order with whiteouts,
// to know the final file system and find the server's code in it (see
// ocilocate.go); then only the files of that subtree are written, each
// from the layer that provides its final version. Nothing in the image
// runs.

func (r *resolver) remoteOptions(ctx context.Context) []remote.Option {
	rt := http.DefaultTransport
	if r.opts.HTTPClient != nil && r.opts.HTTPClient.Transport != nil {
		rt = r.opts.HTTPClient.Transport
	}
	return []remote.Option{
		remote.WithContext(ctx),
		remote.WithAuthFromKeychain(r.loadDockerKeychain()),
		remote.WithTransport(rt),
		remote.WithUserAgent("mcpsafe"),
	}
}

func (r *resolver) resolveOCI(ctx context.Context, ref string) (*Target, error) {
	pr, err := name.ParseReference(ref)
	if err != nil {
		return nil, fmt.Errorf("%q is not a valid image reference: %v", ref, err)
	}
	repo := pr.Context().Name()
	refKey := cacheKey("oci-ref", pr.Name(), r.opts.Platform)
	var rec struct{ Digest string }
	if r.cache.offline {
		d := ""
		if dg, ok := pr.(name.Digest); ok {
			d = dg.DigestStr()
		} else if r.cache.readMeta(refKey, &rec) {
			d = rec.Digest
		}
		if d == "" {
			return nil, r.cache.missing("image " + pr.Name())
		}
		var lr struct{ Root, Reason string }
		r.cache.readMeta(cacheKey("oci-locate", d), &lr)
		dir, _, err := r.cache.materialize(cacheKey("oci", d, r.opts.Platform), "image "+repo+"@"+d, nil)
		if err != nil {
			return nil, err
		}
		return &Target{Kind: KindOCI, Resolved: repo + "@" + d, Digest: d, Dir: dir, Notes: locateNotes(lr.Root, lr.Reason)}, nil
	}

	ctx, cancel := r.ctxTimeout(ctx)
	defer cancel()
	r.prog.printf("resolving image %s\n", pr.Name())
	opts := r.remoteOptions(ctx)
	desc, err := remote.Get(pr, opts...)
	if err != nil {
		return nil, ociHint(pr.Name(), err)
	}
	var img v1.Image
	switch {
	case desc.MediaType.IsIndex():
		idx, err := desc.ImageIndex()
		if err != nil {
			return nil, ociHint(pr.Name(), err)
		}
		im, err := idx.IndexManifest()
		if err != nil {
			return nil, ociHint(pr.Name(), err)
		}
		want, err := v1.ParsePlatform(r.opts.Platform)
		if err != nil {
			return nil, fmt.Errorf("invalid platform %q: %v", r.opts.Platform, err)
		}
		var have []string
		var pick *v1.Descriptor
		for i, m := range im.Manifests {
			if m.Platform == nil {
				continue
			}
			have = append(have, m.Platform.String())
			if pick == nil && m.Platform.OS == want.OS && m.Platform.Architecture == want.Architecture &&
				(want.Variant == "" || m.Platform.Variant == want.Variant) {
				pick = &im.Manifests[i]
			}
		}
		if pick == nil {
			sort.Strings(have)
			return nil, fmt.Errorf("image %s has no %s variant (it has: %s)", pr.Name(), r.opts.Platform, strings.Join(have, ", "))
		}
		if img, err = idx.Image(pick.Digest); err != nil {
			return nil, ociHint(pr.Name(), err)
		}
	case desc.MediaType.IsImage():
		if img, err = desc.Image(); err != nil {
			return nil, ociHint(pr.Name(), err)
		}
	default:
		return nil, fmt.Errorf("%s is a %s, not an image this tool can read (old Docker schema 1 manifests are not supported)", pr.Name(), desc.MediaType)
	}
	dg, err := img.Digest()
	if err != nil {
		return nil, ociHint(pr.Name(), err)
	}
	digest := dg.String()
	r.cache.writeMeta(refKey, struct{ Digest string }{digest})
	t := &Target{Kind: KindOCI, Resolved: repo + "@" + digest, Digest: digest}
	treeKey := cacheKey("oci", digest, r.opts.Platform)
	if dir, ok := r.cache.lookupTree(treeKey); ok {
		var lr struct{ Root, Reason string }
		r.cache.readMeta(cacheKey("oci-locate", digest), &lr)
		t.Dir, t.Notes = dir, locateNotes(lr.Root, lr.Reason)
		return t, nil
	}
	cfg, err := img.ConfigFile()
	if err != nil {
		return nil, ociHint(pr.Name(), err)
	}
	layers, err := img.Layers()
	if err != nil {
		return nil, ociHint(pr.Name(), err)
	}
	var total int64
	for _, l := range layers {
		sz, err := l.Size()
		if err != nil {
			return nil, ociHint(pr.Name(), err)
		}
		total += sz
	}
	if total > r.opts.MaxImageDownload {
		return nil, limitErr("image %s has %s of layers, more than the %s allowed", pr.Name(), humanBytes(total), humanBytes(r.opts.MaxImageDownload))
	}

	tmp, err := r.cache.stagingDir()
	if err != nil {
		return nil, err
	}
	defer removeTree(tmp)
	var files []string
	for i, l := range layers {
		f := filepath.Join(tmp, fmt.Sprintf("layer-%03d", i))
		if err := r.downloadLayer(l, f, fmt.Sprintf("%s layer %d/%d", repo, i+1, len(layers))); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	idx, err := indexLayers(ctx, files)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", pr.Name(), err)
	}
	root, reason := locateServer(idx, &cfg.Config)
	r.cache.writeMeta(cacheKey("oci-locate", digest), struct{ Root, Reason string }{root, reason})
	dir, cleanup, err := r.cache.materialize(treeKey, "image "+repo+"@"+digest, func(dst string) error {
		return extractImageSubtree(ctx, files, idx, root, newWriter(dst, r.limits()))
	})
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", pr.Name(), err)
	}
	t.Dir, t.cleanup, t.Notes = dir, cleanup, locateNotes(root, reason)
	if src := cfg.Config.Labels["org.opencontainers.image.source"]; src != "" {
		t.Notes = append(t.Notes, "the image says its source is "+src)
	}
	return t, nil
}

func locateNotes(root, reason string) []string {
	if reason == "" {
		return nil
	}
	if root == "" {
		return []string{reason}
	}
	return []string{"scanned /" + root + " in the image: " + reason}
}

func ociHint(ref string, err error) error {
	var te *transport.Error
	if errors.As(err, &te) {
		switch te.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			return fmt.Errorf("image %s: access denied (HTTP %d); log in with `docker login` so ~/.docker/config.json has credentials for its registry", ref, te.StatusCode)
		case http.StatusNotFound:
			return fmt.Errorf("image %s was not found: check the name and tag", ref)
		}
	}
	return fmt.Errorf("image %s: %v", ref, err)
}

// downloadLayer saves a layer's compressed blob and checks its digest.
func (r *resolver) downloadLayer(l v1.Layer, dest, label string) error {
	want, err := l.Digest()
	if err != nil {
		return err
	}
	size, _ := l.Size()
	rc, err := l.Compressed()
	if err != nil {
		return ociHint(label, err)
	}
	defer rc.Close()
	f, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), io.LimitReader(r.prog.reader(rc, label, size), r.opts.MaxImageDownload+1))
	r.prog.done(label, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("downloading %s: %v", label, err)
	}
	if n > r.opts.MaxImageDownload {
		return limitErr("%s is larger than the %s allowed", label, humanBytes(r.opts.MaxImageDownload))
	}
	if want.Algorithm == "sha256" && hex.EncodeToString(h.Sum(nil)) != want.Hex {
		return fmt.Errorf("%s: %w: the layer does not match its digest %s", label, ErrChecksum, want)
	}
	return nil
}

// imageNode is one path of the image's final file system.
type imageNode struct {
	typ   entryType
	link  string // symlink target (raw) or hard-link target (cleaned)
	layer int    // layer that provides the final version
	head  []byte // first bytes of small files in bin folders (scripts)
}

type imageIndex map[string]*imageNode

const (
	whiteoutPrefix = ".wh."
	whiteoutOpaque = ".wh..wh..opq"
)

// indexLayers applies the layers' headers in order, with whiteouts, to get
// the image's final file system without writing it.
func indexLayers(ctx context.Context, files []string) (imageIndex, error) {
	idx := imageIndex{}
	for li, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		dr, closeFn, err := decompressor(fh)
		if err != nil {
			fh.Close()
			return nil, err
		}
		err = walkTar(ctx, dr, func(h *tar.Header, body io.Reader) error {
			n, err := cleanName(h.Name)
			if err != nil || n == "" {
				return nil // such entries are never extracted either
			}
			dir, base := path.Split(n)
			dir = strings.TrimSuffix(dir, "/")
			if base == whiteoutOpaque {
				idx.removeUnder(dir, li, false)
				return nil
			}
			if strings.HasPrefix(base, whiteoutPrefix) {
				idx.removeUnder(path.Join(dir, strings.TrimPrefix(base, whiteoutPrefix)), li+1, true)
				return nil
			}
			e := tarEntry(h)
			if e.typ == entIgnore {
				return nil
			}
			node := &imageNode{typ: e.typ, link: h.Linkname, layer: li}
			if e.typ == entHardlink {
				node.link, _ = cleanName(h.Linkname)
			}
			if e.typ == entFile && path.Base(dir) == "bin" && h.Size <= 64<<10 {
				node.head, _ = io.ReadAll(io.LimitReader(body, 2048))
			}
			if old, ok := idx[n]; ok && old.typ == entDir && e.typ != entDir {
				idx.removeUnder(n, li+1, true)
			}
			idx[n] = node
			return nil
		})
		closeFn()
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", li+1, err)
		}
	}
	return idx, nil
}

// removeUnder deletes entries below dir from layers before `before`
// (opaque whiteout), and dir itself when self is set (plain whiteout).
func (idx imageIndex) removeUnder(dir string, before int, self bool) {
	if self {
		delete(idx, dir)
	}
	prefix := dir + "/"
	if dir == "" {
		prefix = ""
	}
	for k, n := range idx {
		if strings.HasPrefix(k, prefix) && k != dir && n.layer < before {
			delete(idx, k)
		}
	}
}

// extractImageSubtree writes the files under root (all if root is ""),
// each from the layer that holds its final version.
func extractImageSubtree(ctx context.Context, files []string, idx imageIndex, root string, w *writer) error {
	w.lenient = true
	rel := func(n string) (string, bool) {
		if root == "" {
			return n, !isSystemPath(n)
		}
		if n == root {
			return "", true
		}
		if strings.HasPrefix(n, root+"/") {
			return n[len(root)+1:], true
		}
		return "", false
	}
	// A root that is a single file is written as the only entry.
	if node, ok := idx[root]; ok && root != "" && node.typ == entFile {
		base := path.Base(root)
		rel = func(n string) (string, bool) { return base, n == root }
	}
	for li, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return err
		}
		cr := &countingReader{r: fh}
		dr, closeFn, err := decompressor(cr)
		if err != nil {
			fh.Close()
			return err
		}
		w.compressed = func() int64 { return cr.n }
		err = walkTar(ctx, dr, func(h *tar.Header, body io.Reader) error {
			n, err := cleanName(h.Name)
			if err != nil {
				return nil
			}
			node, ok := idx[n]
			if !ok || node.layer != li {
				return nil
			}
			rn, ok := rel(n)
			if !ok || rn == "" {
				return nil
			}
			e := tarEntry(h)
			e.name = rn
			if e.typ == entHardlink {
				t, _ := cleanName(h.Linkname)
				tr, ok := rel(t)
				if !ok {
					return w.skip(fmt.Errorf("hard link %q points outside the scanned folder", n))
				}
				e.link = tr
			}
			return w.add(e, body)
		})
		closeFn()
		fh.Close()
		if err != nil {
			return fmt.Errorf("layer %d: %w", li+1, err)
		}
	}
	return w.finish()
}

// isSystemPath is true for the parts of a root file system that hold no
// server code and are skipped when the whole image has to be scanned.
func isSystemPath(n string) bool {
	for _, p := range []string{"proc", "sys", "dev", "boot", "run", "var/cache", "var/lib/apt", "var/lib/dpkg", "var/log",
		"usr/share/doc", "usr/share/man", "usr/share/locale", "usr/share/zoneinfo", "usr/include", "etc/ssl"} {
		if n == p || strings.HasPrefix(n, p+"/") {
			return true
		}
	}
	return false
}
