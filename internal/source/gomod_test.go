package source

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb"
	"golang.org/x/mod/sumdb/dirhash"
	"golang.org/x/mod/sumdb/note"
	modzip "golang.org/x/mod/zip"
)

// fakeGoProxy speaks the module proxy protocol and mirrors a checksum
// database (x/mod's in-memory test server) at /sumdb/<name>/.
type fakeGoProxy struct {
	srv        *httptest.Server
	user, pass string
	mu         sync.Mutex
	mods       map[string]map[string][]byte // path → version → zip served
	sums       map[string]map[string]string // path → version → h1 known to the sumdb
	gomods     map[string]map[string][]byte
	aliases    map[string]string // query (branch) → version
	vkey       string            // GOSUMDB value
	sumdbName  string
}

func newFakeGoProxy(t *testing.T) *fakeGoProxy {
	f := &fakeGoProxy{mods: map[string]map[string][]byte{}, sums: map[string]map[string]string{}, gomods: map[string]map[string][]byte{}, aliases: map[string]string{}, sumdbName: "sum.test"}
	skey, vkey, err := note.GenerateKey(rand.Reader, f.sumdbName)
	if err != nil {
		t.Fatal(err)
	}
	f.vkey = vkey
	ts := sumdb.NewTestServer(skey, func(path, vers string) ([]byte, error) {
		f.mu.Lock()
		defer f.mu.Unlock()
		h1, ok := f.sums[path][vers]
		if !ok {
			return nil, &os.PathError{Op: "lookup", Path: path + "@" + vers, Err: os.ErrNotExist}
		}
		gm := f.gomods[path][vers]
		gmh, _ := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(gm)), nil })
		return []byte(fmt.Sprintf("%s %s %s\n%s %s/go.mod %s\n", path, vers, h1, path, vers, gmh)), nil
	})
	sdb := sumdb.NewServer(ts)
	mux := http.NewServeMux()
	mux.Handle("/sumdb/"+f.sumdbName+"/supported", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	mux.Handle("/sumdb/"+f.sumdbName+"/", http.StripPrefix("/sumdb/"+f.sumdbName, sdb))
	mux.HandleFunc("/", f.serve)
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.user != "" {
			u, p, ok := r.BasicAuth()
			if !ok || u != f.user || p != f.pass {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// addModule builds a real module zip; the sumdb learns its hash unless
// tamper is set, in which case the proxy serves different code.
func (f *fakeGoProxy) addModule(t *testing.T, path, ver string, tamper bool) {
	dir := t.TempDir()
	gomod := []byte("module " + path + "\n\ngo 1.22\n")
	writeFile(t, filepath.Join(dir, "go.mod"), gomod)
	writeFile(t, filepath.Join(dir, "main.go"), []byte("package main\n\n// "+path+"@"+ver+"\nfunc main() {}\n"))
	mk := func() []byte {
		var buf bytes.Buffer
		if err := modzip.CreateFromDir(&buf, module.Version{Path: path, Version: ver}, dir); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	z := mk()
	zf := writeFile(t, filepath.Join(t.TempDir(), "m.zip"), z)
	h1, err := dirhash.HashZip(zf, dirhash.Hash1)
	if err != nil {
		t.Fatal(err)
	}
	if tamper {
		writeFile(t, filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { /* backdoor */ }\n"))
		z = mk()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.mods[path] == nil {
		f.mods[path], f.sums[path], f.gomods[path] = map[string][]byte{}, map[string]string{}, map[string][]byte{}
	}
	f.mods[path][ver], f.sums[path][ver], f.gomods[path][ver] = z, h1, gomod
}

func (f *fakeGoProxy) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := strings.TrimPrefix(r.URL.Path, "/")
	var esc, rest string
	if i := strings.Index(p, "/@v/"); i >= 0 {
		esc, rest = p[:i], p[i+len("/@v/"):]
	} else if e, ok := strings.CutSuffix(p, "/@latest"); ok {
		esc, rest = e, "@latest"
	} else {
		http.NotFound(w, r)
		return
	}
	path, err := module.UnescapePath(esc)
	vers := f.mods[path]
	if err != nil || vers == nil {
		http.Error(w, "not found: module unknown", http.StatusNotFound)
		return
	}
	info := func(v string) {
		json.NewEncoder(w).Encode(map[string]string{"Version": v, "Time": "2025-01-01T00:00:00Z"})
	}
	switch {
	case rest == "list":
		for v := range vers {
			fmt.Fprintln(w, v)
		}
	case rest == "@latest":
		info("v1.2.0")
	case strings.HasSuffix(rest, ".info"):
		q, _ := module.UnescapeVersion(strings.TrimSuffix(rest, ".info"))
		if v, ok := f.aliases[q]; ok {
			info(v)
		} else if _, ok := vers[q]; ok {
			info(q)
		} else {
			http.Error(w, "not found: unknown revision", http.StatusNotFound)
		}
	case strings.HasSuffix(rest, ".zip"):
		v, _ := module.UnescapeVersion(strings.TrimSuffix(rest, ".zip"))
		z, ok := vers[v]
		if !ok {
			http.Error(w, "not found", http.StatusGone)
			return
		}
		w.Write(z)
	default:
		http.NotFound(w, r)
	}
}

func goTestEnv(t *testing.T, p *fakeGoProxy) *testEnv {
	te := newTestEnv(t)
	te.opts.GoProxy = ""
	te.opts.GoSumDB = ""
	te.env["GOPROXY"] = p.srv.URL
	te.env["GOSUMDB"] = p.vkey
	return te
}

func TestGoModuleResolve(t *testing.T) {
	p := newFakeGoProxy(t)
	const mod = "example.com/mcp/Server"
	for _, v := range []string{"v1.0.0", "v1.1.0", "v1.1.3", "v1.2.0", "v1.3.0-pre"} {
		p.addModule(t, mod, v, false)
	}
	p.aliases["main"] = "v1.2.0"
	te := goTestEnv(t, p)
	for ref, want := range map[string]string{
		"go:" + mod + "@v1.1.0":  "v1.1.0",
		"go:" + mod:              "v1.2.0",
		"go:" + mod + "@latest":  "v1.2.0",
		"go:" + mod + "@v1.1":    "v1.1.3",
		"go:" + mod + "@main":    "v1.2.0",
		"go:" + mod + "@<v1.1.0": "v1.0.0",
	} {
		tg := te.resolveOne(ref)
		if tg.Kind != KindGo || tg.Resolved != mod+"@"+want || !strings.HasPrefix(tg.Digest, "h1:") {
			t.Errorf("%s: %+v, want %s", ref, tg, want)
			continue
		}
		if got := readFile(t, filepath.Join(tg.Dir, "main.go")); !strings.Contains(got, mod+"@"+want) {
			t.Errorf("%s: main.go = %q", ref, got)
		}
		if len(tg.Notes) != 0 {
			t.Errorf("%s: unexpected notes %v (the checksum must have been verified)", ref, tg.Notes)
		}
	}
	if _, err := te.resolve("go:" + mod + "@v9.0.0"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("missing version: %v", err)
	}
	if _, err := te.resolve("go:example.com/nope@latest"); err == nil || !strings.Contains(err.Error(), "check the module path") {
		t.Errorf("missing module: %v", err)
	}

	// Offline: the query record and the tree are in the cache.
	te.opts.Offline = true
	if tg := te.resolveOne("go:" + mod + "@v1.1"); tg.Resolved != mod+"@v1.1.3" {
		t.Errorf("offline: %s", tg.Resolved)
	}
	if _, err := te.resolve("go:" + mod + "@v1.0.1"); !errors.Is(err, ErrNotCached) || !strings.Contains(err.Error(), mod+"@v1.0.1") {
		t.Errorf("offline miss: %v", err)
	}
}

func TestGoModuleChecksum(t *testing.T) {
	p := newFakeGoProxy(t)
	p.addModule(t, "example.com/evil", "v1.0.0", true)
	te := goTestEnv(t, p)
	_, err := te.resolve("go:example.com/evil@v1.0.0")
	if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "checksum database") {
		t.Fatalf("tampered module: %v", err)
	}
	te.assertClean()

	// GONOSUMDB skips the database, and says so.
	te.env["GONOSUMDB"] = "example.com/evil"
	tg := te.resolveOne("go:example.com/evil@v1.0.0")
	if len(tg.Notes) == 0 || !strings.Contains(tg.Notes[0], "GONOSUMDB") {
		t.Fatalf("notes = %v", tg.Notes)
	}

	// A version the database does not know is refused.
	p.addModule(t, "example.com/unknown", "v1.0.0", false)
	delete(p.sums["example.com/unknown"], "v1.0.0")
	if _, err := te.resolve("go:example.com/unknown@v1.0.0"); err == nil || !strings.Contains(err.Error(), "GOPRIVATE") {
		t.Fatalf("unknown to sumdb: %v", err)
	}
}

func TestGoModuleProxyAuthAndConfig(t *testing.T) {
	const pass = "goproxy-HIDDEN-pass"
	p := newFakeGoProxy(t)
	p.user, p.pass = "bot", pass
	p.addModule(t, "corp.example/mcp", "v0.1.0", false)
	te := goTestEnv(t, p)
	u, _ := url.Parse(p.srv.URL)
	te.env["GOPROXY"] = "http://bot:" + pass + "@" + u.Host
	tg := te.resolveOne("go:corp.example/mcp@v0.1.0")
	if tg.Resolved != "corp.example/mcp@v0.1.0" {
		t.Fatal(tg.Resolved)
	}
	te.env["GOPROXY"] = "http://bot:wrong-HIDDEN@" + u.Host
	_, err := te.resolve("go:corp.example/mcp@v0.1.1")
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "GOPROXY") {
		t.Fatalf("wrong password: %v", err)
	}
	assertNoSecret(t, "wrong-HIDDEN", err.Error(), te.progress.String())
	assertNoSecret(t, pass, err.Error(), te.progress.String(), tg.Resolved)

	// ~/.netrc supplies proxy credentials too; GOPROXY from `go env -w`'s file.
	te.env = map[string]string{}
	writeFile(t, filepath.Join(te.opts.HomeDir, ".netrc"), []byte("machine 127.0.0.1\n  login bot\n  password "+pass+"\n"))
	writeFile(t, filepath.Join(te.opts.HomeDir, ".config", "go", "env"), []byte("GOPROXY="+p.srv.URL+"\nGOSUMDB="+p.vkey+"\n"))
	te.opts.NoCache = true
	if tg := te.resolveOne("go:corp.example/mcp@v0.1.0"); tg.Digest == "" {
		t.Fatal("no digest")
	}

	// "," falls through only on 404/410; "|" on any error.
	te.opts.NoCache = false
	te.env["GOPROXY"] = p.srv.URL + "/nothing-here," + "http://bot:" + pass + "@" + u.Host
	if tg := te.resolveOne("go:corp.example/mcp@v0.1.0"); tg.Resolved != "corp.example/mcp@v0.1.0" {
		t.Fatal(tg.Resolved)
	}
	te.env["GOPROXY"] = "http://127.0.0.1:1|http://bot:" + pass + "@" + u.Host
	if tg := te.resolveOne("go:corp.example/mcp@v0.1.0"); tg.Resolved != "corp.example/mcp@v0.1.0" {
		t.Fatal(tg.Resolved)
	}

	// GOPRIVATE modules are fetched directly by the go command; we say
	// what to do instead.
	te.env["GOPRIVATE"] = "corp.example"
	_, err = te.resolve("go:corp.example/mcp@v0.2.0")
	if err == nil || !strings.Contains(err.Error(), "git:https://corp.example/mcp") {
		t.Fatalf("GOPRIVATE: %v", err)
	}
	te.env["GOPRIVATE"] = ""
	te.env["GOPROXY"] = "off"
	if _, err := te.resolve("go:corp.example/mcp@v0.2.0"); err == nil || !strings.Contains(err.Error(), "GOPROXY=off") {
		t.Fatalf("GOPROXY=off: %v", err)
	}
}
