package source

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// PyPI: the JSON API (GET <root>/pypi/<name>/json: releases → files with
// digests.sha256) where the index offers it, as pypi.org does, else the
// Simple API of the index pip is configured with (PEP 691 JSON, falling
// back to PEP 503 HTML). An sdist is preferred, because it holds the
// source as written; else a wheel, pure-Python first. The file's sha256 is
// checked before anything is unpacked. setup.py is never run.

type pyFile struct {
	Filename string `json:"filename"`
	URL      string `json:"url"`
	SHA256   string `json:"sha256"`
	Yanked   bool   `json:"yanked,omitempty"`
	Index    int    `json:"index"` // position of the index it came from
}

// pyIndex is one configured index; credentials stay in url (userinfo) and
// are applied by the fetcher, never logged.
type pyIndex struct {
	url string
}

// pipIndexes reads the index list like pip: PIP_INDEX_URL and
// PIP_EXTRA_INDEX_URL, else pip.conf (PIP_CONFIG_FILE, ~/.config/pip,
// ~/.pip), and uv's UV_INDEX_URL / UV_DEFAULT_INDEX / UV_EXTRA_INDEX_URL
// when pip has none. Options.PyPIIndex replaces the primary index.
func (r *resolver) pipIndexes() []pyIndex {
	get := r.opts.Getenv
	primary, extra := get("PIP_INDEX_URL"), strings.Fields(get("PIP_EXTRA_INDEX_URL"))
	if primary == "" || len(extra) == 0 {
		cp, ce := r.readPipConf()
		if primary == "" {
			primary = cp
		}
		if len(extra) == 0 {
			extra = ce
		}
	}
	if primary == "" {
		primary = firstNonEmpty(get("UV_DEFAULT_INDEX"), get("UV_INDEX_URL"))
	}
	if len(extra) == 0 {
		extra = append(strings.Fields(get("UV_EXTRA_INDEX_URL")), strings.Fields(get("UV_INDEX"))...)
	}
	if r.opts.PyPIIndex != "" {
		primary = r.opts.PyPIIndex
	}
	if primary == "" {
		primary = DefaultPyPIIndex
	}
	var out []pyIndex
	seen := map[string]bool{}
	for _, u := range append([]string{primary}, extra...) {
		u = strings.TrimSpace(u)
		// uv's UV_INDEX entries may be name=url.
		if i := strings.Index(u, "="); i > 0 && !strings.Contains(u[:i], "/") {
			u = u[i+1:]
		}
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		if pu, err := url.Parse(u); err == nil && pu.User != nil {
			r.red.add(pu.User.Username())
			if p, ok := pu.User.Password(); ok {
				r.red.add(p)
			}
		}
		out = append(out, pyIndex{url: ensureSlash(u)})
	}
	return out
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return ""
}

// readPipConf returns index-url and extra-index-url from the first pip
// configuration file found ([global] or [install] section).
func (r *resolver) readPipConf() (string, []string) {
	var files []string
	if f := r.opts.Getenv("PIP_CONFIG_FILE"); f != "" {
		files = append(files, f)
	}
	if x := r.opts.Getenv("XDG_CONFIG_HOME"); x != "" {
		files = append(files, filepath.Join(x, "pip", "pip.conf"))
	}
	if r.opts.HomeDir != "" {
		files = append(files, filepath.Join(r.opts.HomeDir, ".config", "pip", "pip.conf"), filepath.Join(r.opts.HomeDir, ".pip", "pip.conf"))
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		var primary string
		var extra []string
		section, key := "", ""
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			raw := sc.Text()
			line := strings.TrimSpace(raw)
			if line == "" || line[0] == '#' || line[0] == ';' {
				continue
			}
			if line[0] == '[' {
				section, key = strings.ToLower(strings.Trim(line, "[]")), ""
				continue
			}
			if section != "global" && section != "install" {
				continue
			}
			if raw[0] == ' ' || raw[0] == '\t' { // continuation line
				if key == "extra-index-url" {
					extra = append(extra, strings.Fields(line)...)
				}
				continue
			}
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			key = strings.ToLower(strings.TrimSpace(k))
			switch key {
			case "index-url":
				primary = strings.TrimSpace(v)
			case "extra-index-url":
				extra = append(extra, strings.Fields(v)...)
			}
		}
		fh.Close()
		if primary != "" || len(extra) > 0 {
			return primary, extra
		}
	}
	return "", nil
}

// sameHostAuth applies an index's credentials to file URLs on the same
// host, as pip does; files elsewhere get none.
func sameHostAuth(index string, netrc *netrcFile) func(string) authFunc {
	iu, _ := url.Parse(index)
	return func(file string) authFunc {
		fu, err := url.Parse(file)
		if err != nil {
			return nil
		}
		if iu != nil && iu.User != nil && fu.User == nil && strings.EqualFold(fu.Host, iu.Host) {
			user := iu.User.Username()
			pw, _ := iu.User.Password()
			return func(r *http.Request) { r.SetBasicAuth(user, pw) }
		}
		return netrc.authFor(fu)
	}
}

func stripUserinfo(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.User == nil {
		return u
	}
	pu.User = nil
	return pu.String()
}

func (r *resolver) resolvePyPI(ctx context.Context, name, spec string) (*Target, error) {
	norm := normalizePyName(name)
	idx := r.pipIndexes()
	netrc := r.loadNetrc()
	var idxNames []string
	for _, i := range idx {
		idxNames = append(idxNames, redactString(i.url))
	}
	metaKey := cacheKey(append([]string{"pypi", norm}, idxNames...)...)
	var files map[string][]pyFile // version → files
	if r.cache.offline {
		if !r.cache.readMeta(metaKey, &files) {
			return nil, r.cache.missing(fmt.Sprintf("PyPI project %s (index %s)", name, strings.Join(idxNames, ", ")))
		}
	} else {
		r.prog.printf("resolving pypi:%s%s\n", name, spec)
		files = map[string][]pyFile{}
		var errs []error
		found := false
		for i, ix := range idx {
			fs, err := r.pyListFiles(ctx, ix, norm, netrc)
			if err != nil {
				if isStatus(err, 404) {
					continue
				}
				errs = append(errs, err)
				continue
			}
			found = true
			for _, f := range fs {
				v := pyFileVersion(f.Filename, norm)
				if v == "" {
					continue
				}
				f.Index = i
				files[v] = append(files[v], f)
			}
		}
		if !found {
			if len(errs) > 0 {
				return nil, pypiHint(name, errors.Join(errs...))
			}
			return nil, fmt.Errorf("PyPI project %s was not found on %s: check the name, or set PIP_INDEX_URL for a private index", name, strings.Join(idxNames, ", "))
		}
		r.cache.writeMeta(metaKey, files)
	}
	pinned := strings.HasPrefix(spec, "==") && !strings.HasSuffix(spec, ".*") || strings.HasPrefix(spec, "===")
	var versions []string
	for v, fs := range files {
		live := pinned
		for _, f := range fs {
			if !f.Yanked {
				live = true
			}
		}
		if live {
			versions = append(versions, v)
		}
	}
	ver, err := pyPick(versions, spec)
	if err != nil {
		return nil, fmt.Errorf("PyPI project %s: %v", name, err)
	}
	f, err := pickPyFile(files[ver], pinned)
	if err != nil {
		return nil, fmt.Errorf("PyPI project %s %s: %v", name, ver, err)
	}
	t := &Target{Kind: KindPyPI, Resolved: norm + "==" + ver, Digest: "sha256:" + f.SHA256}
	if strings.HasSuffix(strings.ToLower(f.Filename), ".whl") {
		t.Notes = append(t.Notes, "no sdist is published for this version; scanned the wheel "+f.Filename)
	}
	key := cacheKey("pypi", "sha256:"+f.SHA256)
	auth := sameHostAuth(idx[min(f.Index, len(idx)-1)].url, netrc)
	dir, cleanup, err := r.cache.materialize(key, "PyPI file "+f.Filename, func(dst string) error {
		tmp, err := r.cache.stagingDir()
		if err != nil {
			return err
		}
		defer removeTree(tmp)
		file := filepath.Join(tmp, sanitizeFileName(f.Filename))
		dl, err := r.http.download(ctx, f.URL, file, auth(f.URL), f.Filename)
		if err != nil {
			return pypiHint(name, err)
		}
		if !strings.EqualFold(dl.sha256, f.SHA256) {
			return fmt.Errorf("PyPI file %s: %w: its sha256 does not match the index's; the download was corrupted or tampered with, and was discarded", f.Filename, ErrChecksum)
		}
		return extractFile(ctx, file, newWriter(dst, r.limits()))
	})
	if err != nil {
		return nil, err
	}
	t.Dir, t.cleanup = singleTopDir(dir), cleanup
	return t, nil
}

func pypiHint(name string, err error) error {
	if isStatus(err, 401, 403) {
		return fmt.Errorf("PyPI project %s: %w; put the credentials in PIP_INDEX_URL (https://user:token@host/simple/) or ~/.netrc", name, err)
	}
	return fmt.Errorf("PyPI project %s: %w", name, err)
}

// pickPyFile prefers an sdist (.tar.gz, then .zip), else a wheel (pure
// Python "none-any" first); yanked files only when the version is pinned.
func pickPyFile(fs []pyFile, pinned bool) (pyFile, error) {
	rank := func(f pyFile) int {
		n := strings.ToLower(f.Filename)
		switch {
		case strings.HasSuffix(n, ".tar.gz"):
			return 0
		case strings.HasSuffix(n, ".zip"):
			return 1
		case strings.HasSuffix(n, ".tar.bz2"):
			return 2
		case strings.HasSuffix(n, "-none-any.whl"):
			return 3
		case strings.HasSuffix(n, ".whl"):
			return 4
		}
		return 99
	}
	var c []pyFile
	for _, f := range fs {
		if rank(f) < 99 && (!f.Yanked || pinned) {
			c = append(c, f)
		}
	}
	sort.SliceStable(c, func(i, j int) bool {
		if rank(c[i]) != rank(c[j]) {
			return rank(c[i]) < rank(c[j])
		}
		if c[i].Index != c[j].Index {
			return c[i].Index < c[j].Index
		}
		return c[i].Filename < c[j].Filename
	})
	if len(c) == 0 {
		return pyFile{}, errors.New("no sdist or wheel is published")
	}
	for _, f := range c {
		if len(f.SHA256) == 64 {
			return f, nil
		}
	}
	return pyFile{}, fmt.Errorf("the index publishes no sha256 for %s, so it cannot be verified; refusing it", c[0].Filename)
}

// pyFileVersion extracts the version from a distribution file name of the
// (normalized) project, or "" when the name is not one of its files.
func pyFileVersion(filename, norm string) string {
	n := filename
	low := strings.ToLower(n)
	if strings.HasSuffix(low, ".whl") {
		parts := strings.Split(n[:len(n)-4], "-")
		if len(parts) < 5 || normalizePyName(parts[0]) != norm {
			return ""
		}
		return parts[1]
	}
	for _, ext := range []string{".tar.gz", ".zip", ".tar.bz2", ".tgz"} {
		if strings.HasSuffix(low, ext) {
			stem := n[:len(n)-len(ext)]
			for i := len(stem) - 1; i > 0; i-- {
				if stem[i] == '-' && normalizePyName(stem[:i]) == norm {
					if _, err := parsePyVersion(stem[i+1:]); err == nil {
						return stem[i+1:]
					}
				}
			}
			return ""
		}
	}
	return ""
}

// pyListFiles lists every file of a project on one index.
func (r *resolver) pyListFiles(ctx context.Context, ix pyIndex, norm string, netrc *netrcFile) ([]pyFile, error) {
	auth := sameHostAuth(ix.url, netrc)
	base := stripUserinfo(ix.url)
	// The JSON API lives beside /simple/ on pypi.org and on mirrors that
	// implement it.
	if root, ok := strings.CutSuffix(strings.TrimSuffix(ix.url, "/"), "/simple"); ok {
		u := root + "/pypi/" + norm + "/json"
		body, _, err := r.http.getBytes(ctx, u, auth(u), "application/json", 64<<20)
		if err == nil {
			if fs, err := parsePyPIJSON(body, u); err == nil {
				return fs, nil
			}
		} else if !isStatus(err, 404, 406) {
			return nil, err
		}
	}
	u := ix.url + norm + "/"
	body, hdr, err := r.http.getBytes(ctx, u, auth(u), "application/vnd.pypi.simple.v1+json, text/html;q=0.1", 64<<20)
	if err != nil {
		return nil, err
	}
	pageURL := base + norm + "/"
	if strings.Contains(hdr.Get("Content-Type"), "json") {
		return parseSimpleJSON(body, pageURL)
	}
	return parseSimpleHTML(body, pageURL), nil
}

func parsePyPIJSON(body []byte, src string) ([]pyFile, error) {
	var doc struct {
		Releases map[string][]struct {
			Filename string            `json:"filename"`
			URL      string            `json:"url"`
			Digests  map[string]string `json:"digests"`
			Yanked   bool              `json:"yanked"`
		} `json:"releases"`
		URLs []struct {
			Filename string            `json:"filename"`
			URL      string            `json:"url"`
			Digests  map[string]string `json:"digests"`
			Yanked   bool              `json:"yanked"`
		} `json:"urls"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, fmt.Errorf("%s: invalid JSON: %v", redactString(src), err)
	}
	if doc.Releases == nil && doc.URLs == nil {
		return nil, fmt.Errorf("%s: not a PyPI JSON API document", redactString(src))
	}
	var out []pyFile
	for _, fs := range doc.Releases {
		for _, f := range fs {
			out = append(out, pyFile{Filename: f.Filename, URL: f.URL, SHA256: strings.ToLower(f.Digests["sha256"]), Yanked: f.Yanked})
		}
	}
	if len(doc.Releases) == 0 {
		for _, f := range doc.URLs {
			out = append(out, pyFile{Filename: f.Filename, URL: f.URL, SHA256: strings.ToLower(f.Digests["sha256"]), Yanked: f.Yanked})
		}
	}
	return out, nil
}

func parseSimpleJSON(body []byte, pageURL string) ([]pyFile, error) {
	var doc struct {
		Files []struct {
			Filename string            `json:"filename"`
			URL      string            `json:"url"`
			Hashes   map[string]string `json:"hashes"`
			Yanked   json.RawMessage   `json:"yanked"`
		} `json:"files"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, fmt.Errorf("%s: invalid Simple API JSON: %v", redactString(pageURL), err)
	}
	base, _ := url.Parse(pageURL)
	var out []pyFile
	for _, f := range doc.Files {
		y := strings.TrimSpace(string(f.Yanked))
		out = append(out, pyFile{Filename: f.Filename, URL: resolveRef(base, f.URL), SHA256: strings.ToLower(f.Hashes["sha256"]),
			Yanked: y != "" && y != "false" && y != "null"})
	}
	return out, nil
}

var (
	anchorRe   = regexp.MustCompile(`(?is)<a\s([^>]*)>(.*?)</a>`)
	hrefRe     = regexp.MustCompile(`(?is)\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	yankedAtRe = regexp.MustCompile(`(?is)\bdata-yanked\b`)
)

// parseSimpleHTML reads a PEP 503 project page: one anchor per file, the
// sha256 in the URL fragment.
func parseSimpleHTML(body []byte, pageURL string) []pyFile {
	base, _ := url.Parse(pageURL)
	var out []pyFile
	for _, m := range anchorRe.FindAllSubmatch(body, -1) {
		attrs := m[1]
		h := hrefRe.FindSubmatch(attrs)
		if h == nil {
			continue
		}
		href := html.UnescapeString(string(h[1]) + string(h[2]))
		text := strings.TrimSpace(html.UnescapeString(string(m[2])))
		f := pyFile{Filename: text, Yanked: yankedAtRe.Match(attrs)}
		if i := strings.Index(href, "#"); i >= 0 {
			frag := href[i+1:]
			href = href[:i]
			for _, kv := range strings.Split(frag, "&") {
				if v, ok := strings.CutPrefix(kv, "sha256="); ok {
					f.SHA256 = strings.ToLower(v)
				}
			}
		}
		f.URL = resolveRef(base, href)
		if f.Filename == "" {
			f.Filename = filepath.Base(strings.SplitN(href, "?", 2)[0])
		}
		out = append(out, f)
	}
	return out
}

func resolveRef(base *url.URL, ref string) string {
	u, err := url.Parse(ref)
	if err != nil || base == nil {
		return ref
	}
	return base.ResolveReference(u).String()
}
