package source

import (
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeNPM speaks the npm registry protocol: GET /<name> (scoped names as
// @scope%2fname) returns a packument, GET /<name>/-/<file>.tgz a tarball.
type fakeNPM struct {
	srv      *httptest.Server
	token    string // when set, every request needs "Bearer <token>"
	mu       sync.Mutex
	pkgs     map[string]*fakeNPMPkg
	tarballs map[string][]byte
	seenAuth []string
}

type fakeNPMPkg struct {
	tags       map[string]string
	versions   map[string][]byte // version → tarball
	deprecated map[string]bool
	badSum     map[string]bool // publish a wrong integrity
}

func newFakeNPM(t *testing.T) *fakeNPM {
	f := &fakeNPM{pkgs: map[string]*fakeNPMPkg{}, tarballs: map[string][]byte{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeNPM) add(name string, tags map[string]string, versions ...string) *fakeNPMPkg {
	p := &fakeNPMPkg{tags: tags, versions: map[string][]byte{}, deprecated: map[string]bool{}, badSum: map[string]bool{}}
	for _, v := range versions {
		p.versions[v] = nil
	}
	f.pkgs[name] = p
	return p
}

func npmTarball(t testing.TB, name, ver string) []byte {
	return makeTgz(t, []tarEnt{
		{name: "package/package.json", body: fmt.Sprintf(`{"name":%q,"version":%q}`, name, ver)},
		{name: "package/index.js", body: "// " + name + "@" + ver},
	})
}

func (f *fakeNPM) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seenAuth = append(f.seenAuth, r.Header.Get("Authorization"))
	if f.token != "" && r.Header.Get("Authorization") != "Bearer "+f.token {
		http.Error(w, `{"error":"unauthorized"}`, http.StatusUnauthorized)
		return
	}
	p := r.URL.EscapedPath()
	if i := strings.Index(p, "/-/"); i >= 0 {
		b, ok := f.tarballs[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
		return
	}
	name, _ := url.PathUnescape(strings.TrimPrefix(p, "/"))
	if strings.HasPrefix(name, "@") && !strings.Contains(p, "%2f") && !strings.Contains(p, "%2F") {
		http.Error(w, "scoped names must be escaped", http.StatusBadRequest)
		return
	}
	pkg, ok := f.pkgs[name]
	if !ok {
		http.Error(w, `{"error":"Not found"}`, http.StatusNotFound)
		return
	}
	doc := map[string]any{"name": name, "dist-tags": pkg.tags}
	vers := map[string]any{}
	for v := range pkg.versions {
		tb := npmTarball(nil2(), name, v)
		base := name[strings.LastIndex(name, "/")+1:]
		path := "/" + strings.Replace(name, "/", "%2f", 1) + "/-/" + base + "-" + v + ".tgz"
		f.tarballs[path] = tb
		sum := sha512.Sum512(tb)
		if pkg.badSum[v] {
			sum = sha512.Sum512([]byte("something else"))
		}
		dist := map[string]any{"tarball": f.srv.URL + path, "integrity": "sha512-" + base64.StdEncoding.EncodeToString(sum[:])}
		m := map[string]any{"name": name, "version": v, "dist": dist}
		if pkg.deprecated[v] {
			m["deprecated"] = "do not use"
		}
		vers[v] = m
	}
	doc["versions"] = vers
	w.Header().Set("Content-Type", "application/vnd.npm.install-v1+json")
	json.NewEncoder(w).Encode(doc)
}

// nil2 gives makeTgz a testing.TB that is never used for failures of
// well-formed fixtures.
func nil2() testing.TB { return &testing.T{} }

func TestNPMResolve(t *testing.T) {
	reg := newFakeNPM(t)
	reg.add("srv", map[string]string{"latest": "1.1.0", "beta": "1.2.0-beta.1"}, "1.0.0", "1.1.0", "1.2.0-beta.1", "2.0.0", "2.1.0")
	reg.pkgs["srv"].deprecated["2.1.0"] = true
	reg.add("@acme/tool", map[string]string{"latest": "0.3.0"}, "0.3.0")
	te := newTestEnv(t)
	te.opts.NPMRegistry = reg.srv.URL
	for ref, want := range map[string]string{
		"npm:srv":                   "1.1.0",
		"srv@^1.0.0":                "1.1.0",
		"srv@^2":                    "2.0.0", // 2.1.0 is deprecated
		"npm:srv@beta":              "1.2.0-beta.1",
		"npm:srv@1.0.0":             "1.0.0",
		"npm:srv@>=1.2.0-beta.0 <2": "1.2.0-beta.1",
		"@acme/tool":                "0.3.0",
		"pkg:npm/%40acme/tool@0.3":  "0.3.0",
	} {
		tg := te.resolveOne(ref)
		name := strings.TrimPrefix(strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(ref, "pkg:npm/"), "npm:"), "@", 2)[0], "")
		if strings.HasPrefix(ref, "@") || strings.Contains(ref, "acme") {
			name = "@acme/tool"
		}
		if tg.Kind != KindNPM || tg.Resolved != name+"@"+want || !strings.HasPrefix(tg.Digest, "sha512-") {
			t.Errorf("%s: target %+v, want %s@%s", ref, tg, name, want)
			continue
		}
		if got := readFile(t, filepath.Join(tg.Dir, "index.js")); got != "// "+name+"@"+want {
			t.Errorf("%s: index.js = %q", ref, got)
		}
	}
	for ref, want := range map[string]string{
		"npm:srv@~3":     "no published version matches",
		"npm:srv@nope":   "neither a dist-tag",
		"npm:srv@9.9.9":  "not published",
		"npm:missing":    "was not found",
		"npm:srv@^1.0.0": "",
	} {
		_, err := te.resolve(ref)
		if want == "" {
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", ref, err, want)
		}
	}
	if !strings.Contains(te.progress.String(), "fetched srv@1.1.0") {
		t.Errorf("progress = %q", te.progress.String())
	}
}

func TestNPMIntegrityMismatch(t *testing.T) {
	reg := newFakeNPM(t)
	reg.add("evil", map[string]string{"latest": "1.0.0"}, "1.0.0")
	reg.pkgs["evil"].badSum["1.0.0"] = true
	te := newTestEnv(t)
	te.opts.NPMRegistry = reg.srv.URL
	_, err := te.resolve("npm:evil")
	if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "integrity") {
		t.Fatalf("error = %v, want a checksum error", err)
	}
	te.assertClean()
}

func TestNPMPrivateRegistryAuth(t *testing.T) {
	const secret = "npm_TOPSECRET_token_123"
	private := newFakeNPM(t)
	private.token = secret
	private.add("@corp/server", map[string]string{"latest": "1.0.0"}, "1.0.0")
	private.add("plain", map[string]string{"latest": "3.0.0"}, "3.0.0")
	public := newFakeNPM(t)
	public.add("@other/pub", map[string]string{"latest": "1.0.0"}, "1.0.0")

	te := newTestEnv(t)
	te.opts.NPMRegistry = "" // use .npmrc
	pu, _ := url.Parse(private.srv.URL)
	writeFile(t, filepath.Join(te.opts.HomeDir, ".npmrc"), []byte(strings.Join([]string{
		"; user config",
		"registry=" + public.srv.URL + "/",
		"@corp:registry=" + private.srv.URL + "/",
		"//" + pu.Host + "/:_authToken=${NPM_TOKEN}",
	}, "\n")))

	// Without the token: a clear 401 error that says what to configure.
	_, err := te.resolve("@corp/server")
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "_authToken") {
		t.Fatalf("no token: %v", err)
	}

	// With a wrong token: refused, and the wrong token is not echoed.
	te.env["NPM_TOKEN"] = "wrong_TOPSECRET_value"
	_, err = te.resolve("@corp/server")
	assertNoSecret(t, "wrong_TOPSECRET_value", errText(err), te.progress.String())

	te.env["NPM_TOKEN"] = secret
	tg := te.resolveOne("@corp/server")
	if tg.Resolved != "@corp/server@1.0.0" {
		t.Fatalf("resolved %s", tg.Resolved)
	}
	// The scope's registry got the token; the public registry never did.
	pub := te.resolveOne("@other/pub")
	if pub.Resolved != "@other/pub@1.0.0" {
		t.Fatal(pub.Resolved)
	}
	for _, a := range public.seenAuth {
		if a != "" {
			t.Errorf("public registry received credentials %q", a)
		}
	}
	// A failure after auth still never shows the token.
	_, err = te.resolve("@corp/server@9")
	assertNoSecret(t, secret, errText(err), te.progress.String(), tg.Dir, tg.Resolved, tg.Digest)
	filepath.Walk(te.opts.CacheDir, func(p string, fi os.FileInfo, err error) error {
		if strings.Contains(p, secret) {
			t.Errorf("secret in cache path %s", p)
		}
		if err == nil && !fi.IsDir() && fi.Size() < 1<<20 {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), secret) {
				t.Errorf("secret stored in cache file %s", p)
			}
		}
		return nil
	})

	// NPM_CONFIG_REGISTRY in the environment beats .npmrc.
	te.env["NPM_CONFIG_REGISTRY"] = private.srv.URL
	writeFile(t, filepath.Join(te.opts.HomeDir, ".npmrc"), []byte("//"+pu.Host+"/:_authToken="+secret+"\n"))
	if got := te.resolveOne("plain"); got.Resolved != "plain@3.0.0" {
		t.Fatal(got.Resolved)
	}
}

func TestNPMOfflineAndNoCache(t *testing.T) {
	reg := newFakeNPM(t)
	reg.add("srv", map[string]string{"latest": "1.1.0"}, "1.0.0", "1.1.0")
	te := newTestEnv(t)
	te.opts.NPMRegistry = reg.srv.URL
	first := te.resolveOne("srv@^1")
	reg.srv.Close()

	te.opts.Offline = true
	again := te.resolveOne("srv@^1")
	if again.Dir != first.Dir || again.Resolved != "srv@1.1.0" {
		t.Fatalf("offline = %+v", again)
	}
	if got := te.resolveOne("srv@1.1.0"); got.Dir != first.Dir {
		t.Fatal("offline exact version not served from cache")
	}
	_, err := te.resolve("srv@1.0.0") // packument cached, tarball not
	if !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), "srv@1.0.0") || !strings.Contains(err.Error(), "without --offline") {
		t.Fatalf("offline miss = %v", err)
	}
	_, err = te.resolve("npm:other")
	var nc *NotCachedError
	if !errors.As(err, &nc) || !strings.Contains(err.Error(), "npm package other") {
		t.Fatalf("offline unknown = %v", err)
	}

	reg2 := newFakeNPM(t)
	reg2.add("srv", map[string]string{"latest": "1.1.0"}, "1.1.0")
	te2 := newTestEnv(t)
	te2.opts.NPMRegistry = reg2.srv.URL
	te2.opts.NoCache = true
	ts, err := Resolve(t.Context(), "srv", te2.opts)
	if err != nil {
		t.Fatal(err)
	}
	dir := ts[0].Dir
	if strings.HasPrefix(dir, te2.opts.CacheDir) {
		t.Fatalf("--no-cache tree in the cache: %s", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.js")); err != nil {
		t.Fatal(err)
	}
	if err := ts[0].Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("--no-cache tree survives Close: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Join(te2.opts.CacheDir, "meta")); len(ents) > 0 {
		t.Fatal("--no-cache wrote resolution records")
	}
	te2.opts.Offline = true
	if _, err := te2.resolve("srv"); err == nil || !strings.Contains(err.Error(), "--no-cache") {
		t.Fatalf("offline+no-cache = %v", err)
	}
}

func TestNPMPick(t *testing.T) {
	vs := []string{"0.0.3", "0.0.4", "0.2.3", "0.2.9", "0.3.0", "1.0.0", "1.2.3", "1.2.4-beta.1", "1.2.4", "1.3.0-rc.1", "2.0.0-alpha"}
	tags := map[string]string{"latest": "1.2.4", "next": "2.0.0-alpha"}
	for want, exp := range map[string]string{
		"":                   "1.2.4",
		"latest":             "1.2.4",
		"next":               "2.0.0-alpha",
		"^0.0.3":             "0.0.3",
		"^0.2.3":             "0.2.9",
		"~1.2":               "1.2.4",
		"1.x":                "1.2.4",
		"*":                  "1.2.4",
		"<1.2.4":             "1.2.3",
		"1.2.3 - 1.2.4":      "1.2.4",
		"^1.3.0-rc.0":        "1.3.0-rc.1",
		">=1.2.4-beta.0 <=2": "1.2.4",
		"0.0.4 || 0.3.0":     "1.2.4", // latest does not match: highest of them
		"=1.2.3":             "1.2.3",
		"v1.2.3":             "1.2.3",
	} {
		if want == "0.0.4 || 0.3.0" {
			exp = "0.3.0"
		}
		got, err := npmPick(vs, tags, nil, want)
		if err != nil || got != exp {
			t.Errorf("npmPick(%q) = %q, %v; want %s", want, got, err, exp)
		}
	}
	// Prereleases of other tuples never match a range (node-semver rule).
	if got, err := npmPick([]string{"1.0.0", "1.0.1-alpha"}, nil, nil, ">=1.0.0-beta.1"); err != nil || got != "1.0.0" {
		t.Errorf("prerelease tuple rule: %q, %v", got, err)
	}
	if _, err := npmPick([]string{"1.0.0"}, map[string]string{"latest": "9.9.9"}, nil, ""); err == nil {
		t.Error("dangling dist-tag accepted")
	}
}

func TestDownloadLimitsAndTimeouts(t *testing.T) {
	big := npmTarball(t, "big", "1.0.0")
	slow := make(chan struct{})
	t.Cleanup(func() { close(slow) })
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/hang"):
			select {
			case <-slow:
			case <-r.Context().Done():
			}
		case strings.HasSuffix(r.URL.Path, ".tgz"):
			w.Write(big)
		default:
			sum := sha512.Sum512(big)
			fmt.Fprintf(w, `{"name":"big","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"dist":{"tarball":"%s/big/-/big-1.0.0.tgz","integrity":"sha512-%s"}}}}`,
				"http://"+r.Host, base64.StdEncoding.EncodeToString(sum[:]))
		}
	}))
	t.Cleanup(srv.Close)

	te := newTestEnv(t)
	te.opts.NPMRegistry = srv.URL
	te.opts.MaxDownload = int64(len(big) - 1)
	if _, err := te.resolve("npm:big"); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "download limit") {
		t.Fatalf("download limit: %v", err)
	}
	te.assertClean()

	te2 := newTestEnv(t)
	te2.opts.NPMRegistry = srv.URL + "/hang"
	te2.opts.Timeout = 300 * time.Millisecond
	r, _ := newResolver(te2.opts)
	r.http.retries = 0
	start := time.Now()
	_, err := r.resolveNPM(t.Context(), "x", "", "")
	if err == nil || !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 10*time.Second {
		t.Fatalf("hanging registry: %v after %v", err, time.Since(start))
	}
}
