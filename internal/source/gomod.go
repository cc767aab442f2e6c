package source

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb/dirhash"
	modzip "golang.org/x/mod/zip"
)

// Go modules through the module proxy protocol (GOPROXY): @v/list,
// @v/<query>.info, @v/<version>.zip; the zip is checked for a valid module
// layout and its h1: hash against the checksum database (GOSUMDB, through
// the proxy when it mirrors it), unless GONOSUMDB/GOPRIVATE/GONOSUMCHECK
// or GOSUMDB=off say otherwise. Nothing is built: no go command runs.
//
// GOFLAGS carries no setting that changes how a module is downloaded (the
// old -insecure flag is gone), so it is not consulted.

type goProxyEntry struct {
	url        string // "direct", "off" or a base URL
	anyErrNext bool   // "|" separator: fall through on any error, not only 404/410
}

func parseGoProxy(list string) []goProxyEntry {
	var out []goProxyEntry
	for list != "" {
		i := strings.IndexAny(list, ",|")
		item, sep := list, byte(0)
		if i >= 0 {
			item, sep, list = list[:i], list[i], list[i+1:]
		} else {
			list = ""
		}
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		out = append(out, goProxyEntry{url: item, anyErrNext: sep == '|'})
	}
	return out
}

type goResolved struct {
	Version string `json:"version"`
	H1      string `json:"h1"`
}

func (r *resolver) resolveGo(ctx context.Context, path, query string) (*Target, error) {
	genv := r.goEnv()
	proxyList := firstNonEmpty(r.opts.GoProxy, genv("GOPROXY"), DefaultGoProxy+",direct")
	private := genv("GOPRIVATE")
	noProxy := firstNonEmpty(genv("GONOPROXY"), private)
	noSum := firstNonEmpty(genv("GONOSUMDB"), private)
	if v := genv("GONOSUMCHECK"); v != "" {
		noSum = strings.Trim(noSum+","+v, ",")
	}
	proxies := parseGoProxy(proxyList)
	for _, p := range proxies {
		if pu, err := url.Parse(p.url); err == nil && pu.User != nil {
			r.red.add(pu.User.Username())
			if pw, ok := pu.User.Password(); ok {
				r.red.add(pw)
			}
		}
	}
	if module.MatchPrefixPatterns(noProxy, path) {
		proxies = []goProxyEntry{{url: "direct"}}
	}
	esc, err := module.EscapePath(path)
	if err != nil {
		return nil, fmt.Errorf("Go module %s: %v", path, err)
	}
	netrc := r.loadNetrc()

	// Resolve the query to a version.
	qKey := cacheKey("go-query", path, query)
	var ver string
	if r.cache.offline {
		var rec goResolved
		if semver.IsValid(query) && semver.Canonical(query) == query {
			ver = query
		} else if r.cache.readMeta(qKey, &rec) {
			ver = rec.Version
		} else {
			return nil, r.cache.missing("Go module " + path + "@" + query)
		}
	} else {
		r.prog.printf("resolving go:%s@%s\n", path, query)
		ver, err = r.goProxyTry(ctx, proxies, path, func(base string) (string, error) {
			return r.goQuery(ctx, base, esc, path, query, netrc)
		})
		if err != nil {
			return nil, err
		}
		r.cache.writeMeta(qKey, goResolved{Version: ver})
	}
	mv := module.Version{Path: path, Version: ver}
	t := &Target{Kind: KindGo, Resolved: path + "@" + ver}

	// A version already fetched is found by its recorded h1: hash.
	vKey := cacheKey("go-version", path, ver)
	var rec goResolved
	if r.cache.readMeta(vKey, &rec) && rec.H1 != "" {
		if dir, ok := r.cache.lookupTree(cacheKey("go", rec.H1)); ok {
			t.Digest, t.Dir = rec.H1, dir
			return t, nil
		}
	}
	if r.cache.offline {
		return nil, r.cache.missing("Go module " + path + "@" + ver)
	}
	escVer, err := module.EscapeVersion(ver)
	if err != nil {
		return nil, fmt.Errorf("Go module %s: invalid version %q: %v", path, ver, err)
	}
	tmp, err := r.cache.stagingDir()
	if err != nil {
		return nil, err
	}
	defer removeTree(tmp)
	zipFile := filepath.Join(tmp, "module.zip")
	_, err = r.goProxyTry(ctx, proxies, path, func(base string) (string, error) {
		u := joinURL(base, esc, "@v", escVer+".zip")
		_, err := r.http.download(ctx, u, zipFile, netrcAuth(netrc, u), path+"@"+ver)
		return "", err
	})
	if err != nil {
		return nil, err
	}
	if _, err := modzip.CheckZip(mv, zipFile); err != nil {
		return nil, fmt.Errorf("Go module %s@%s: the proxy sent an invalid module zip: %v", path, ver, err)
	}
	h1, err := dirhash.HashZip(zipFile, dirhash.Hash1)
	if err != nil {
		return nil, fmt.Errorf("Go module %s@%s: %v", path, ver, err)
	}
	note, err := r.goCheckSum(ctx, genv, proxies, netrc, path, ver, h1, noSum)
	if err != nil {
		return nil, err
	}
	if note != "" {
		t.Notes = append(t.Notes, note)
	}
	dir, cleanup, err := r.cache.materialize(cacheKey("go", h1), "Go module "+path+"@"+ver, func(dst string) error {
		w := newWriter(dst, r.limits())
		w.strip = strings.Count(path+"@"+ver, "/") + 1
		return extractZipFile(ctx, zipFile, w)
	})
	if err != nil {
		return nil, fmt.Errorf("Go module %s@%s: %w", path, ver, err)
	}
	r.cache.writeMeta(vKey, goResolved{Version: ver, H1: h1})
	t.Digest, t.Dir, t.cleanup = h1, dir, cleanup
	return t, nil
}

func netrcAuth(n *netrcFile, raw string) authFunc {
	u, err := url.Parse(raw)
	if err != nil || u.User != nil {
		return nil
	}
	return n.authFor(u)
}

// goProxyTry walks the GOPROXY list like the go command: after a 404 or
// 410 the next entry is tried; after another error only if the separator
// before it was "|".
func (r *resolver) goProxyTry(ctx context.Context, proxies []goProxyEntry, path string, fn func(base string) (string, error)) (string, error) {
	var errs []error
	for _, p := range proxies {
		switch p.url {
		case "off":
			errs = append(errs, fmt.Errorf("GOPROXY=off forbids downloading Go module %s", path))
			return "", errors.Join(errs...)
		case "direct":
			errs = append(errs, fmt.Errorf("Go module %s would be fetched directly from its version control repository (GOPROXY direct, or GOPRIVATE/GONOPROXY), which mcpsafe does not do; "+
				"scan the repository instead, e.g. git:https://%s@<tag>, or use a module proxy that serves it", path, path))
			return "", errors.Join(errs...)
		}
		v, err := fn(p.url)
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		errs = append(errs, err)
		if !p.anyErrNext && !isStatus(err, 404, 410) {
			break
		}
	}
	if len(errs) == 0 {
		return "", fmt.Errorf("GOPROXY lists no proxy to fetch Go module %s from", path)
	}
	err := errors.Join(errs...)
	if isStatus(err, 401, 403) {
		return "", fmt.Errorf("Go module %s: %w; put the proxy's credentials in GOPROXY (https://user:token@host) or ~/.netrc", path, err)
	}
	if isStatus(err, 404, 410) {
		return "", fmt.Errorf("Go module %s was not found: %w; check the module path and version", path, err)
	}
	return "", fmt.Errorf("Go module %s: %w", path, err)
}

// goQuery turns a version query into a version using one proxy:
// a canonical version is itself; latest/upgrade/patch is the highest
// release in @v/list (or @latest); v1 / v1.2 prefixes and <, <=, >, >=
// comparisons pick from @v/list; anything else (a branch, a commit) is
// asked of @v/<query>.info.
func (r *resolver) goQuery(ctx context.Context, base, esc, path, query string, netrc *netrcFile) (string, error) {
	if semver.IsValid(query) && semver.Canonical(query) == query {
		return query, nil
	}
	list := func() ([]string, error) {
		u := joinURL(base, esc, "@v", "list")
		b, _, err := r.http.getBytes(ctx, u, netrcAuth(netrc, u), "", 8<<20)
		if err != nil {
			return nil, err
		}
		var vs []string
		for _, l := range strings.Split(string(b), "\n") {
			if f := strings.Fields(l); len(f) > 0 && semver.IsValid(f[0]) {
				vs = append(vs, f[0])
			}
		}
		return vs, nil
	}
	info := func(q string) (string, error) {
		eq, err := module.EscapeVersion(q)
		if err != nil {
			return "", fmt.Errorf("invalid version query %q", q)
		}
		u := joinURL(base, esc, "@v", eq+".info")
		if q == "latest" {
			u = joinURL(base, esc, "@latest")
		}
		b, _, err := r.http.getBytes(ctx, u, netrcAuth(netrc, u), "", 1<<20)
		if err != nil {
			return "", err
		}
		var in struct{ Version string }
		if err := json.Unmarshal(b, &in); err != nil || !semver.IsValid(in.Version) {
			return "", fmt.Errorf("proxy sent invalid version info for %s@%s", path, q)
		}
		return in.Version, nil
	}
	var match func(string) bool
	switch {
	case query == "latest" || query == "upgrade" || query == "patch":
		match = func(string) bool { return true }
	case semver.IsValid(query): // v1, v1.2
		match = func(v string) bool {
			return strings.HasPrefix(v, query+".") || v == query
		}
	case strings.HasPrefix(query, "<") || strings.HasPrefix(query, ">"):
		op := strings.TrimRight(query[:2], "v0123456789.")
		bound := query[len(op):]
		if !semver.IsValid(bound) {
			return "", fmt.Errorf("invalid version query %q", query)
		}
		match = func(v string) bool {
			c := semver.Compare(v, bound)
			switch op {
			case "<":
				return c < 0
			case "<=":
				return c <= 0
			case ">":
				return c > 0
			case ">=":
				return c >= 0
			}
			return false
		}
	default:
		return info(query)
	}
	vs, err := list()
	if err != nil {
		return "", err
	}
	var rel, pre []string
	for _, v := range vs {
		if !match(v) {
			continue
		}
		if semver.Prerelease(v) == "" {
			rel = append(rel, v)
		} else {
			pre = append(pre, v)
		}
	}
	pick := rel
	if len(pick) == 0 {
		pick = pre
	}
	if len(pick) == 0 {
		if query == "latest" || query == "upgrade" || query == "patch" {
			return info("latest") // modules without tags have a pseudo-version
		}
		return "", fmt.Errorf("no version of %s matches %q", path, query)
	}
	sort.Slice(pick, func(i, j int) bool { return semver.Compare(pick[i], pick[j]) > 0 })
	return pick[0], nil
}
