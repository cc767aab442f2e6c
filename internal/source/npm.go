package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// The npm registry protocol: GET <registry>/<name> returns the
// "packument" (abbreviated form when asked with the corgi media type):
// dist-tags plus, per version, dist.tarball, dist.integrity (SRI) and
// dist.shasum. The tarball is downloaded, checked against integrity and
// unpacked with its first path component stripped, as npm does. Install
// scripts are never run: nothing is installed.

const npmAccept = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"

// npmPackument is the slice of a packument this package uses; it is also
// what the cache keeps for --offline.
type npmPackument struct {
	Name     string                `json:"name"`
	DistTags map[string]string     `json:"dist-tags"`
	Versions map[string]npmVersion `json:"versions"`
}

type npmVersion struct {
	Dist struct {
		Tarball   string `json:"tarball"`
		Integrity string `json:"integrity,omitempty"`
		Shasum    string `json:"shasum,omitempty"`
	} `json:"dist"`
	Deprecated json.RawMessage `json:"deprecated,omitempty"`
}

func (v npmVersion) isDeprecated() bool {
	d := bytes.TrimSpace(v.Deprecated)
	return len(d) > 0 && !bytes.Equal(d, []byte("false")) && !bytes.Equal(d, []byte(`""`))
}

// escapeNPMName is the registry path of a package: "@scope/name" becomes
// "@scope%2fname", as the npm CLI sends it.
func escapeNPMName(n string) string {
	return strings.Replace(n, "/", "%2f", 1)
}

func (r *resolver) resolveNPM(ctx context.Context, name, want, registryOverride string) (*Target, error) {
	cfg := r.loadNPMConfig()
	override := r.opts.NPMRegistry
	if override == "" {
		override = registryOverride
	}
	reg := cfg.registryFor(name, override)
	label := "npm:" + name
	if want != "" {
		label += "@" + want
	}

	metaKey := cacheKey("npm-packument", redactString(reg), name)
	var pk npmPackument
	if r.cache.offline {
		if !r.cache.readMeta(metaKey, &pk) {
			return nil, r.cache.missing(fmt.Sprintf("npm package %s (registry %s)", name, redactString(reg)))
		}
	} else {
		r.prog.printf("resolving %s\n", label)
		u := reg + escapeNPMName(name)
		body, _, err := r.http.getBytes(ctx, u, cfg.authFor(u), npmAccept, 128<<20)
		if err != nil {
			return nil, npmHTTPHint(name, reg, err)
		}
		if err := json.Unmarshal(body, &pk); err != nil {
			return nil, fmt.Errorf("registry %s sent an invalid packument for %s: %v", redactString(reg), name, err)
		}
		// Keep only what resolution needs.
		r.cache.writeMeta(metaKey, pk)
	}
	if len(pk.Versions) == 0 {
		return nil, fmt.Errorf("npm package %s has no published versions (unpublished?)", name)
	}
	versions := make([]string, 0, len(pk.Versions))
	dep := map[string]bool{}
	for v, m := range pk.Versions {
		versions = append(versions, v)
		dep[v] = m.isDeprecated()
	}
	ver, err := npmPick(versions, pk.DistTags, dep, want)
	if err != nil {
		return nil, fmt.Errorf("npm package %s: %v", name, err)
	}
	mv := pk.Versions[ver]
	sri, err := pickIntegrity(mv.Dist.Integrity, mv.Dist.Shasum)
	if err != nil {
		return nil, fmt.Errorf("npm package %s@%s: %v", name, ver, err)
	}
	t := &Target{Kind: KindNPM, Resolved: name + "@" + ver, Digest: sri.String()}
	if mv.Dist.Tarball == "" {
		return nil, fmt.Errorf("npm package %s@%s has no tarball URL in the registry metadata", name, ver)
	}
	key := cacheKey("npm", sri.String())
	dir, cleanup, err := r.cache.materialize(key, "npm package "+name+"@"+ver, func(dst string) error {
		tmp, err := r.cache.stagingDir()
		if err != nil {
			return err
		}
		defer removeTree(tmp)
		file := filepath.Join(tmp, "package.tgz")
		dl, err := r.http.download(ctx, mv.Dist.Tarball, file, cfg.authFor(mv.Dist.Tarball), name+"@"+ver)
		if err != nil {
			return npmHTTPHint(name, reg, err)
		}
		if err := sri.verify(dl); err != nil {
			return fmt.Errorf("npm package %s@%s: %w", name, ver, err)
		}
		w := newWriter(dst, r.limits())
		w.strip = 1
		if err := extractFile(ctx, file, w); err != nil {
			return fmt.Errorf("npm package %s@%s: %w", name, ver, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	t.Dir, t.cleanup = dir, cleanup
	if sri.algo == "sha1" {
		t.Notes = append(t.Notes, "the registry publishes only a SHA-1 shasum for this version; it was checked")
	}
	return t, nil
}

// npmHTTPHint adds what to do after a registry failure.
func npmHTTPHint(name, reg string, err error) error {
	switch {
	case isStatus(err, 404):
		return fmt.Errorf("npm package %s was not found on %s: check the name (and, for a private package, the registry for its scope in .npmrc): %w", name, redactString(reg), err)
	case isStatus(err, 401, 403):
		return fmt.Errorf("npm package %s: %w; set an _authToken for %s in ~/.npmrc or NPM_CONFIG_USERCONFIG", name, err, redactString(reg))
	}
	return fmt.Errorf("npm package %s: %w", name, err)
}

// sri is one Subresource Integrity hash, the strongest of those offered.
type sri struct {
	algo string // sha512, sha256 or sha1
	sum  []byte
}

func (s sri) String() string {
	if s.algo == "sha1" {
		return "sha1:" + hex.EncodeToString(s.sum)
	}
	return s.algo + "-" + base64.StdEncoding.EncodeToString(s.sum)
}

func pickIntegrity(integrity, shasum string) (sri, error) {
	best := sri{}
	rank := map[string]int{"sha1": 1, "sha256": 2, "sha512": 3}
	for _, f := range strings.Fields(integrity) {
		algo, b64, ok := strings.Cut(f, "-")
		if !ok || rank[algo] == 0 {
			continue
		}
		if i := strings.IndexByte(b64, '?'); i >= 0 {
			b64 = b64[:i]
		}
		sum, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			continue
		}
		if rank[algo] > rank[best.algo] {
			best = sri{algo, sum}
		}
	}
	if best.algo == "" && shasum != "" {
		sum, err := hex.DecodeString(shasum)
		if err == nil && len(sum) == 20 {
			best = sri{"sha1", sum}
		}
	}
	if best.algo == "" {
		return sri{}, errors.New("the registry publishes no integrity or shasum for this version, so it cannot be verified; refusing it")
	}
	want := map[string]int{"sha1": 20, "sha256": sha256.Size, "sha512": sha512.Size}[best.algo]
	if len(best.sum) != want {
		return sri{}, fmt.Errorf("the registry's %s integrity value is malformed", best.algo)
	}
	return best, nil
}

// ErrChecksum is matched (errors.Is) by every checksum mismatch.
var ErrChecksum = errors.New("checksum mismatch")

func (s sri) verify(d *downloaded) error {
	var got []byte
	switch s.algo {
	case "sha512":
		got = d.sha512
	case "sha256":
		got, _ = hex.DecodeString(d.sha256)
	case "sha1":
		got, _ = hex.DecodeString(d.sha1)
	}
	if !bytes.Equal(got, s.sum) {
		return fmt.Errorf("%w: the tarball's %s does not match the registry's integrity value; the download was corrupted or tampered with, and was discarded", ErrChecksum, s.algo)
	}
	return nil
}
