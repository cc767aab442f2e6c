package source

import (
	"archive/tar"
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// fakeOCI is go-containerregistry's in-memory registry (the OCI
// distribution protocol), optionally behind basic auth.
type fakeOCI struct {
	srv        *httptest.Server
	host       string
	user, pass string
}

func newFakeOCI(t *testing.T) *fakeOCI {
	f := &fakeOCI{}
	reg := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.user != "" {
			u, p, ok := r.BasicAuth()
			if !ok || u != f.user || p != f.pass {
				w.Header().Set("WWW-Authenticate", `Basic realm="registry"`)
				http.Error(w, `{"errors":[{"code":"UNAUTHORIZED"}]}`, http.StatusUnauthorized)
				return
			}
		}
		reg.ServeHTTP(w, r)
	}))
	t.Cleanup(f.srv.Close)
	f.host = strings.TrimPrefix(f.srv.URL, "http://")
	return f
}

func (f *fakeOCI) pushOpts() []remote.Option {
	if f.user == "" {
		return nil
	}
	return []remote.Option{remote.WithAuth(&authn.Basic{Username: f.user, Password: f.pass})}
}

func layer(t *testing.T, ents []tarEnt) v1.Layer {
	data := makeTar(t, ents)
	l, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil })
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func image(t *testing.T, cfg v1.Config, layers ...v1.Layer) v1.Image {
	img, err := mutate.AppendLayers(empty.Image, layers...)
	if err != nil {
		t.Fatal(err)
	}
	img, err = mutate.Config(img, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func (f *fakeOCI) push(t *testing.T, ref string, img v1.Image) {
	r, err := name.ParseReference(f.host + "/" + ref)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Write(r, img, f.pushOpts()...); err != nil {
		t.Fatal(err)
	}
}

func (f *fakeOCI) pushIndex(t *testing.T, ref string, imgs map[string]v1.Image) {
	var adds []mutate.IndexAddendum
	for plat, img := range imgs {
		p, _ := v1.ParsePlatform(plat)
		adds = append(adds, mutate.IndexAddendum{Add: img, Descriptor: v1.Descriptor{Platform: p}})
	}
	idx := mutate.AppendManifests(empty.Index, adds...)
	r, _ := name.ParseReference(f.host + "/" + ref)
	if err := remote.WriteIndex(r, idx, f.pushOpts()...); err != nil {
		t.Fatal(err)
	}
}

func nodeAppImage(t *testing.T) v1.Image {
	base := layer(t, []tarEnt{
		{name: "etc/passwd", body: "root:x:0:0::/root:/bin/sh"},
		{name: "usr/local/bin/node", body: "\x7fELF binary"},
		{name: "dev/null", typ: tar.TypeChar},
		{name: "bin/sh", typ: tar.TypeSymlink, link: "/usr/bin/dash"},
		{name: "app/", typ: tar.TypeDir},
		{name: "app/old.js", body: "// removed later"},
		{name: "app/lib/stale.js", body: "// hidden by an opaque whiteout"},
	})
	app := layer(t, []tarEnt{
		{name: "app/package.json", body: `{"name":"srv","dependencies":{"@modelcontextprotocol/sdk":"1"}}`},
		{name: "app/server.js", body: "// server"},
		{name: "app/.wh.old.js"},
		{name: "app/lib/.wh..wh..opq"},
		{name: "app/lib/fresh.js", body: "// fresh"},
		{name: "app/abs-link", typ: tar.TypeSymlink, link: "/etc/passwd"},
		{name: "app/rel-link", typ: tar.TypeSymlink, link: "server.js"},
		{name: "app/../../evil", body: "x"},
	})
	return image(t, v1.Config{WorkingDir: "/app", Entrypoint: []string{"docker-entrypoint.sh"}, Cmd: []string{"node", "server.js"},
		Env: []string{"PATH=/usr/local/bin:/usr/bin:/bin"}}, base, app)
}

func TestOCIResolve(t *testing.T) {
	reg := newFakeOCI(t)
	reg.push(t, "acme/node-srv:1.0", nodeAppImage(t))
	te := newTestEnv(t)
	tg := te.resolveOne("docker:" + reg.host + "/acme/node-srv:1.0")
	if tg.Kind != KindOCI || !strings.HasPrefix(tg.Digest, "sha256:") || tg.Resolved != reg.host+"/acme/node-srv@"+tg.Digest {
		t.Fatalf("target = %+v", tg)
	}
	for f, want := range map[string]string{"server.js": "// server", "lib/fresh.js": "// fresh"} {
		if got := readFile(t, filepath.Join(tg.Dir, f)); got != want {
			t.Errorf("%s = %q", f, got)
		}
	}
	for _, gone := range []string{"old.js", "lib/stale.js", "abs-link", "etc", "passwd"} {
		if _, err := os.Lstat(filepath.Join(tg.Dir, gone)); err == nil {
			t.Errorf("%s should not be in the scanned tree", gone)
		}
	}
	if l, err := os.Readlink(filepath.Join(tg.Dir, "rel-link")); err != nil || l != "server.js" {
		t.Errorf("rel-link = %q %v", l, err)
	}
	if len(tg.Notes) == 0 || !strings.Contains(tg.Notes[0], "/app") {
		t.Errorf("notes = %v", tg.Notes)
	}
	te.assertNothingOutside()

	// Offline: the tag was recorded; another tag was not.
	te.opts.Offline = true
	if again := te.resolveOne("docker:" + reg.host + "/acme/node-srv:1.0"); again.Dir != tg.Dir {
		t.Errorf("offline Dir %s != %s", again.Dir, tg.Dir)
	}
	if _, err := te.resolve("docker:" + reg.host + "/acme/node-srv:2.0"); !errors.Is(err, ErrNotCached) {
		t.Errorf("offline miss: %v", err)
	}
	te.opts.Offline = false
	if _, err := te.resolve("docker:" + reg.host + "/acme/nothing:1"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("missing image: %v", err)
	}
}

func TestOCILocate(t *testing.T) {
	reg := newFakeOCI(t)
	pyImg := image(t, v1.Config{Entrypoint: []string{"mcp-demo"}, Env: []string{"PATH=/usr/local/bin:/usr/bin"}},
		layer(t, []tarEnt{
			{name: "usr/local/bin/python3", body: "\x7fELF"},
			{name: "usr/local/lib/python3.12/os.py", body: "# stdlib"},
			{name: "usr/local/lib/python3.12/site-packages/mcp/__init__.py", body: "# sdk"},
		}),
		layer(t, []tarEnt{
			{name: "usr/local/bin/mcp-demo", body: "#!/usr/local/bin/python3\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom mcp_demo.cli import main\nif __name__ == '__main__':\n    sys.exit(main())\n"},
			{name: "usr/local/lib/python3.12/site-packages/mcp_demo/__init__.py", body: "# demo amd64"},
			{name: "usr/local/lib/python3.12/site-packages/mcp_demo/cli.py", body: "def main(): pass"},
		}))
	armImg := image(t, v1.Config{WorkingDir: "/app"}, layer(t, []tarEnt{{name: "app/server.py", body: "# arm"}}))
	reg.pushIndex(t, "acme/py:latest", map[string]v1.Image{"linux/arm64": armImg, "linux/amd64": pyImg})

	npmImg := image(t, v1.Config{Entrypoint: []string{"/bin/sh", "-c", "exec acme-srv --stdio"}},
		layer(t, []tarEnt{
			{name: "usr/local/bin/acme-srv", typ: tar.TypeSymlink, link: "../lib/node_modules/@acme/srv/dist/index.js"},
			{name: "usr/local/lib/node_modules/@acme/srv/package.json", body: `{"name":"@acme/srv"}`},
			{name: "usr/local/lib/node_modules/@acme/srv/dist/index.js", body: "#!/usr/bin/env node\n// srv"},
			{name: "usr/local/lib/node_modules/npm/package.json", body: "{}"},
		}))
	reg.push(t, "acme/npm:1", npmImg)

	modImg := image(t, v1.Config{Cmd: []string{"python", "-m", "weather_srv.server"}},
		layer(t, []tarEnt{{name: "opt/venv/lib/python3.11/site-packages/weather_srv/server.py", body: "# weather"}}))
	reg.push(t, "acme/mod:1", modImg)
	bareImg := image(t, v1.Config{}, layer(t, []tarEnt{{name: "srv/app/main.go", body: "package main"}, {name: "usr/share/doc/x", body: "doc"}}))
	reg.push(t, "acme/bare:1", bareImg)
	onlyArm := image(t, v1.Config{}, layer(t, []tarEnt{{name: "a.py", body: ""}}))
	reg.pushIndex(t, "acme/arm:1", map[string]v1.Image{"linux/arm64": onlyArm, "linux/arm/v7": onlyArm})

	te := newTestEnv(t)
	py := te.resolveOne("docker:" + reg.host + "/acme/py")
	if got := readFile(t, filepath.Join(py.Dir, "__init__.py")); got != "# demo amd64" {
		t.Errorf("python console script: %q (Dir %s, notes %v)", got, py.Dir, py.Notes)
	}
	npm := te.resolveOne("docker:" + reg.host + "/acme/npm:1")
	if got := readFile(t, filepath.Join(npm.Dir, "dist", "index.js")); !strings.Contains(got, "// srv") {
		t.Errorf("npm global bin: %q (notes %v)", got, npm.Notes)
	}
	mod := te.resolveOne("oci:" + reg.host + "/acme/mod:1")
	if got := readFile(t, filepath.Join(mod.Dir, "server.py")); got != "# weather" {
		t.Errorf("python -m: %q (notes %v)", got, mod.Notes)
	}
	bare := te.resolveOne("docker:" + reg.host + "/acme/bare:1")
	if got := readFile(t, filepath.Join(bare.Dir, "main.go")); got != "package main" {
		t.Errorf("conventional folder: %q (notes %v)", got, bare.Notes)
	}
	_, err := te.resolve("docker:" + reg.host + "/acme/arm:1")
	if err == nil || !strings.Contains(err.Error(), "linux/arm64") || !strings.Contains(err.Error(), "no linux/amd64") {
		t.Errorf("platform error: %v", err)
	}
	te.opts.Platform = "linux/arm64"
	if arm := te.resolveOne("docker:" + reg.host + "/acme/py"); readFile(t, filepath.Join(arm.Dir, "server.py")) != "# arm" {
		t.Error("--platform linux/arm64 not honored")
	}
}

func TestOCIDockerConfigAuth(t *testing.T) {
	const pass = "dckr_pat_REGISTRYSECRET"
	reg := newFakeOCI(t)
	reg.user, reg.pass = "robot", pass
	reg.push(t, "corp/mcp:1", nodeAppImage(t))
	ref := "docker:" + reg.host + "/corp/mcp:1"

	te := newTestEnv(t)
	_, err := te.resolve(ref)
	if err == nil || !strings.Contains(err.Error(), "docker login") {
		t.Fatalf("no credentials: %v", err)
	}
	writeFile(t, filepath.Join(te.opts.HomeDir, ".docker", "config.json"),
		[]byte(`{"auths":{"`+reg.host+`":{"auth":"`+base64.StdEncoding.EncodeToString([]byte("robot:wrong_REGISTRYSECRET"))+`"}}}`))
	_, err = te.resolve(ref)
	if err == nil {
		t.Fatal("wrong password accepted")
	}
	assertNoSecret(t, "wrong_REGISTRYSECRET", err.Error(), te.progress.String())

	cfgDir := filepath.Join(te.parent, "home", "dockercfg")
	writeFile(t, filepath.Join(cfgDir, "config.json"),
		[]byte(`{"auths":{"http://`+reg.host+`":{"username":"robot","password":"`+pass+`"}}}`))
	te.env["DOCKER_CONFIG"] = cfgDir
	tg := te.resolveOne(ref)
	if readFile(t, filepath.Join(tg.Dir, "server.js")) != "// server" {
		t.Fatal("private image content")
	}
	assertNoSecret(t, pass, te.progress.String(), tg.Resolved, strings.Join(tg.Notes, " "))
}
