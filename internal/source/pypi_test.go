package source

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// fakePyPI speaks the PyPI JSON API (GET /pypi/<name>/json) and, with
// simpleOnly, only the Simple API (PEP 503 HTML at /simple/<name>/), as
// most private indexes do. Files live under /files/.
type fakePyPI struct {
	srv        *httptest.Server
	simpleOnly bool
	user, pass string // basic auth required when set
	mu         sync.Mutex
	projects   map[string]map[string][]fakePyFile // name → version → files
	files      map[string][]byte
}

type fakePyFile struct {
	name   string
	data   []byte
	badSum bool
	yanked bool
}

func newFakePyPI(t *testing.T) *fakePyPI {
	f := &fakePyPI{projects: map[string]map[string][]fakePyFile{}, files: map[string][]byte{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func sdist(t testing.TB, name, ver string) fakePyFile {
	dir := name + "-" + ver
	return fakePyFile{name: dir + ".tar.gz", data: makeTgz(t, []tarEnt{
		{name: dir + "/pyproject.toml", body: "[project]\nname = \"" + name + "\"\n"},
		{name: dir + "/src/server.py", body: "# sdist " + ver},
	})}
}

func wheel(t testing.TB, name, ver, tag string) fakePyFile {
	mod := strings.ReplaceAll(name, "-", "_")
	return fakePyFile{name: mod + "-" + ver + "-" + tag + ".whl", data: makeZip(t, []zipEnt{
		{name: mod + "/__init__.py", body: "# wheel " + ver + " " + tag},
		{name: mod + "-" + ver + ".dist-info/METADATA", body: "Name: " + name},
	})}
}

func (f *fakePyPI) add(name, ver string, files ...fakePyFile) {
	if f.projects[name] == nil {
		f.projects[name] = map[string][]fakePyFile{}
	}
	f.projects[name][ver] = append(f.projects[name][ver], files...)
	for _, x := range files {
		f.files["/files/"+x.name] = x.data
	}
}

func (f *fakePyPI) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.user != "" {
		u, p, ok := r.BasicAuth()
		if !ok || u != f.user || p != f.pass {
			w.Header().Set("WWW-Authenticate", `Basic realm="index"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
	}
	sum := func(x fakePyFile) string {
		s := sha256.Sum256(x.data)
		if x.badSum {
			s = sha256.Sum256([]byte("other"))
		}
		return hex.EncodeToString(s[:])
	}
	switch {
	case strings.HasPrefix(r.URL.Path, "/files/"):
		b, ok := f.files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
	case strings.HasPrefix(r.URL.Path, "/pypi/") && strings.HasSuffix(r.URL.Path, "/json") && !f.simpleOnly:
		name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/pypi/"), "/json")
		p, ok := f.projects[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		rel := map[string]any{}
		for v, fs := range p {
			var list []any
			for _, x := range fs {
				pt := "sdist"
				if strings.HasSuffix(x.name, ".whl") {
					pt = "bdist_wheel"
				}
				list = append(list, map[string]any{"filename": x.name, "url": f.srv.URL + "/files/" + x.name, "packagetype": pt,
					"digests": map[string]string{"sha256": sum(x), "md5": "x"}, "yanked": x.yanked})
			}
			rel[v] = list
		}
		json.NewEncoder(w).Encode(map[string]any{"info": map[string]string{"name": name}, "releases": rel})
	case strings.HasPrefix(r.URL.Path, "/simple/"):
		name := strings.Trim(strings.TrimPrefix(r.URL.Path, "/simple/"), "/")
		p, ok := f.projects[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<!DOCTYPE html><html><body><h1>Links for %s</h1>\n", html.EscapeString(name))
		for _, fs := range p {
			for _, x := range fs {
				y := ""
				if x.yanked {
					y = ` data-yanked=""`
				}
				fmt.Fprintf(w, "<a href=\"../../files/%s#sha256=%s\"%s>%s</a><br/>\n", x.name, sum(x), y, x.name)
			}
		}
		fmt.Fprint(w, "</body></html>")
	default:
		http.NotFound(w, r)
	}
}

func TestPyPIResolve(t *testing.T) {
	idx := newFakePyPI(t)
	idx.add("mcp-server-demo", "1.0.0", sdist(t, "mcp-server-demo", "1.0.0"), wheel(t, "mcp-server-demo", "1.0.0", "py3-none-any"))
	idx.add("mcp-server-demo", "1.2.0", sdist(t, "mcp-server-demo", "1.2.0"))
	idx.add("mcp-server-demo", "2.0.0rc1", sdist(t, "mcp-server-demo", "2.0.0rc1"))
	idx.add("mcp-server-demo", "1.3.0", fakePyFile{name: "mcp_server_demo-1.3.0.tar.gz", data: sdist(t, "mcp_server_demo", "1.3.0").data, yanked: true})
	idx.add("wheelonly", "0.1", wheel(t, "wheelonly", "0.1", "cp312-cp312-manylinux_2_17_x86_64"), wheel(t, "wheelonly", "0.1", "py3-none-any"))
	te := newTestEnv(t)
	te.opts.PyPIIndex = idx.srv.URL + "/simple/"
	for ref, want := range map[string]string{
		"pypi:mcp-server-demo":             "1.2.0", // 2.0.0rc1 is a pre-release, 1.3.0 is yanked
		"pypi:MCP_Server.Demo":             "1.2.0", // PEP 503 normalization
		"mcp-server-demo==1.0.0":           "1.0.0",
		"pypi:mcp-server-demo>=1.0,<1.2":   "1.0.0",
		"pypi:mcp-server-demo~=1.0":        "1.2.0",
		"pypi:mcp-server-demo>=2.0.0rc1":   "2.0.0rc1",
		"pypi:mcp-server-demo==1.3.0":      "1.3.0", // pinned: yanked allowed
		"pkg:pypi/mcp-server-demo@1.0.0":   "1.0.0",
		"pypi:mcp-server-demo[cli]==1.2.0": "1.2.0",
	} {
		tg := te.resolveOne(ref)
		if tg.Kind != KindPyPI || tg.Resolved != "mcp-server-demo=="+want || !strings.HasPrefix(tg.Digest, "sha256:") {
			t.Errorf("%s: %+v, want version %s", ref, tg, want)
			continue
		}
		if got := readFile(t, filepath.Join(tg.Dir, "src", "server.py")); got != "# sdist "+want {
			t.Errorf("%s: sdist content %q (sdist must be preferred)", ref, got)
		}
	}
	w := te.resolveOne("pypi:wheelonly")
	if got := readFile(t, filepath.Join(w.Dir, "wheelonly", "__init__.py")); got != "# wheel 0.1 py3-none-any" {
		t.Errorf("wheel choice: %q (pure-Python wheel first)", got)
	}
	if len(w.Notes) == 0 || !strings.Contains(w.Notes[0], "no sdist") {
		t.Errorf("wheel note missing: %v", w.Notes)
	}
	for ref, want := range map[string]string{
		"pypi:mcp-server-demo>=3": "no release matches",
		"pypi:nothere":            "not found",
		"pypi:mcp-server-demo==9": "no release matches",
	} {
		if _, err := te.resolve(ref); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", ref, err, want)
		}
	}
}

func TestPyPIChecksumMismatch(t *testing.T) {
	idx := newFakePyPI(t)
	f := sdist(t, "bad", "1.0")
	f.badSum = true
	idx.add("bad", "1.0", f)
	te := newTestEnv(t)
	te.opts.PyPIIndex = idx.srv.URL + "/simple/"
	_, err := te.resolve("pypi:bad")
	if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "sha256") {
		t.Fatalf("error = %v", err)
	}
	te.assertClean()
}

func TestPyPIPrivateIndexAuth(t *testing.T) {
	const pass = "pypi-SUPERSECRET-pass"
	priv := newFakePyPI(t)
	priv.simpleOnly = true
	priv.user, priv.pass = "ci-bot", pass
	priv.add("corp-mcp", "0.9.0", sdist(t, "corp-mcp", "0.9.0"))
	pub := newFakePyPI(t)
	pub.add("public-dep", "1.0", sdist(t, "public-dep", "1.0"))

	te := newTestEnv(t)
	te.opts.PyPIIndex = ""
	u, _ := url.Parse(priv.srv.URL)
	te.env["PIP_INDEX_URL"] = "http://ci-bot:" + pass + "@" + u.Host + "/simple/"
	te.env["PIP_EXTRA_INDEX_URL"] = pub.srv.URL + "/simple/"
	tg := te.resolveOne("pypi:corp-mcp")
	if tg.Resolved != "corp-mcp==0.9.0" {
		t.Fatal(tg.Resolved)
	}
	// Extra indexes are consulted too, as pip does.
	if got := te.resolveOne("pypi:public-dep"); got.Resolved != "public-dep==1.0" {
		t.Fatal(got.Resolved)
	}
	// A wrong password is refused and never shown.
	te.env["PIP_INDEX_URL"] = "http://ci-bot:wrong-SUPERSECRET@" + u.Host + "/simple/"
	te.env["PIP_EXTRA_INDEX_URL"] = ""
	_, err := te.resolve("pypi:corp-mcp")
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "PIP_INDEX_URL") {
		t.Fatalf("wrong password: %v", err)
	}
	assertNoSecret(t, "wrong-SUPERSECRET", err.Error(), te.progress.String())
	assertNoSecret(t, pass, err.Error(), te.progress.String(), tg.Resolved)

	// pip.conf works too, and so does ~/.netrc for the credentials.
	te.env["PIP_INDEX_URL"] = ""
	writeFile(t, filepath.Join(te.opts.HomeDir, ".config", "pip", "pip.conf"), []byte("[global]\nindex-url = "+priv.srv.URL+"/simple/\n"))
	writeFile(t, filepath.Join(te.opts.HomeDir, ".netrc"), []byte("machine 127.0.0.1 login ci-bot password "+pass+"\n"))
	te.opts.NoCache = true
	tg2 := te.resolveOne("pypi:corp-mcp")
	if tg2.Resolved != "corp-mcp==0.9.0" {
		t.Fatal(tg2.Resolved)
	}
	assertNoSecret(t, pass, te.progress.String())
}

func TestPEP440(t *testing.T) {
	order := []string{"1.0.dev1", "1.0a1", "1.0a2.dev1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0+local.1", "1.0.post1.dev1", "1.0.post1", "1.1", "1!0.1"}
	for i := 1; i < len(order); i++ {
		a, err1 := parsePyVersion(order[i-1])
		b, err2 := parsePyVersion(order[i])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if a.compare(b, false) >= 0 {
			t.Errorf("%s should sort before %s", order[i-1], order[i])
		}
	}
	if v, _ := parsePyVersion("1.0-ALPHA.2"); v.String() != "1.0a2" {
		t.Errorf("normalize = %s", v)
	}
	vs := []string{"0.9", "1.0", "1.0.1", "1.1", "1.4.5", "2.0", "2.0.post1", "2.1a1", "3.0.dev0"}
	for spec, want := range map[string]string{
		"":              "2.0.post1",
		"==1.0":         "1.0",
		"==1.*":         "1.4.5",
		"!=2.0.post1":   "2.0",
		"~=1.0":         "1.4.5",
		"~=1.0.0":       "1.0.1",
		"<2.0":          "1.4.5",
		">2.0":          "3.0.dev0", // no final release is >2.0 (2.0.post1 excluded): pre-releases count
		">=2.1a1":       "3.0.dev0", // the specifier names a pre-release: they count
		"<=1.1,>=1.0.1": "1.1",
		"===1.4.5":      "1.4.5",
		"<3.0.dev0":     "2.1a1",
		"<2.1":          "2.0.post1",
	} {
		got, err := pyPick(vs, spec)
		if err != nil || got != want {
			t.Errorf("pyPick(%q) = %q, %v; want %s", spec, got, err, want)
		}
	}
	for _, bad := range []string{"=>1", "~=1", ">=1.*", "==abc"} {
		if _, err := parseSpecifierSet(bad); err == nil {
			t.Errorf("specifier %q accepted", bad)
		}
	}
	for f, want := range map[string]string{
		"mcp_server_fetch-2025.1.1.tar.gz":            "2025.1.1",
		"mcp-server-fetch-1.0.zip":                    "1.0",
		"mcp_server_fetch-1.0-py3-none-any.whl":       "1.0",
		"mcp_server_fetch-1.0-1-py3-none-any.whl":     "1.0",
		"other-1.0.tar.gz":                            "",
		"mcp_server_fetch_extra-1.0-py3-none-any.whl": "",
	} {
		if got := pyFileVersion(f, "mcp-server-fetch"); got != want {
			t.Errorf("pyFileVersion(%s) = %q, want %q", f, got, want)
		}
	}
}
