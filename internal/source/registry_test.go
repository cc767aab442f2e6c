package source

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// fakeMCPRegistry speaks the MCP registry API: GET
// /v0.1/servers/{name}/versions/{version} with the name URL-encoded, and
// the same under /v0 for entries marked old (in the pre-2025-09 shape).
type fakeMCPRegistry struct {
	srv     *httptest.Server
	entries map[string]map[string]any // name → version ("latest" too) → response body
	old     map[string]bool
	paths   []string
}

func newFakeMCPRegistry(t *testing.T) *fakeMCPRegistry {
	f := &fakeMCPRegistry{entries: map[string]map[string]any{}, old: map[string]bool{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.EscapedPath()
		f.paths = append(f.paths, p)
		var api, rest string
		switch {
		case strings.HasPrefix(p, "/v0.1/servers/"):
			api, rest = "v0.1", strings.TrimPrefix(p, "/v0.1/servers/")
		case strings.HasPrefix(p, "/v0/servers/"):
			api, rest = "v0", strings.TrimPrefix(p, "/v0/servers/")
		default:
			http.NotFound(w, r)
			return
		}
		escName, ver, ok := strings.Cut(rest, "/versions/")
		if !ok || strings.Contains(escName, "/") {
			http.Error(w, `{"error":"server names must be URL-encoded"}`, http.StatusBadRequest)
			return
		}
		nm, _ := url.PathUnescape(escName)
		ver, _ = url.PathUnescape(ver)
		if f.old[nm] != (api == "v0") {
			http.Error(w, `{"error":"Server not found"}`, http.StatusNotFound)
			return
		}
		body, ok := f.entries[nm][ver]
		if !ok {
			http.Error(w, `{"error":"Server not found"}`, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(body)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeMCPRegistry) add(name, version string, server map[string]any, meta map[string]any) {
	server["name"], server["version"] = name, version
	resp := map[string]any{"server": server}
	if meta != nil {
		resp["_meta"] = meta
	}
	if f.entries[name] == nil {
		f.entries[name] = map[string]any{}
	}
	f.entries[name][version] = resp
	f.entries[name]["latest"] = resp
}

func TestMCPRegistry(t *testing.T) {
	npm := newFakeNPM(t)
	npm.add("@acme/tool", map[string]string{"latest": "0.3.0"}, "0.2.0", "0.3.0")
	pypi := newFakePyPI(t)
	pypi.add("mcp-server-demo", "1.0.0", sdist(t, "mcp-server-demo", "1.0.0"))
	g := newGitServer(t)
	g.addRepo(t, "mono", true)
	oci := newFakeOCI(t)
	oci.push(t, "acme/img:2.0", nodeAppImage(t))
	bundle := makeZip(t, []zipEnt{{name: "manifest.json", body: "{}"}, {name: "server/index.js", body: "// bundle"}})
	sum := sha256.Sum256(bundle)
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(bundle) }))
	t.Cleanup(files.Close)

	reg := newFakeMCPRegistry(t)
	reg.add("io.github.acme/multi", "0.3.0", map[string]any{
		"description": "demo",
		"repository":  map[string]any{"url": "https://github.com/acme/multi", "source": "github"},
		"packages": []any{
			map[string]any{"registryType": "npm", "registryBaseUrl": "https://registry.npmjs.org", "identifier": "@acme/tool", "version": "0.2.0", "transport": map[string]any{"type": "stdio"}},
			map[string]any{"registryType": "pypi", "identifier": "mcp-server-demo", "version": "1.0.0", "transport": map[string]any{"type": "stdio"}},
			map[string]any{"registryType": "nuget", "identifier": "Acme.Mcp", "version": "1.0.0", "transport": map[string]any{"type": "stdio"}},
		},
	}, map[string]any{"io.modelcontextprotocol.registry/official": map[string]any{"status": "deprecated", "isLatest": true}})
	reg.add("io.github.acme/mono", "1.0.0", map[string]any{
		"repository": map[string]any{"url": g.url("mono"), "source": "github", "subfolder": "pkg/mod"},
	}, nil)
	reg.add("com.example/remote", "1.0.0", map[string]any{"remotes": []any{map[string]any{"type": "streamable-http", "url": "https://mcp.example.com/mcp"}}}, nil)
	reg.add("com.example/bundle", "1.0.0", map[string]any{"packages": []any{map[string]any{"registryType": "mcpb", "identifier": files.URL + "/srv.mcpb", "fileSha256": hex.EncodeToString(sum[:])}}}, nil)
	reg.add("com.example/badbundle", "1.0.0", map[string]any{"packages": []any{map[string]any{"registryType": "mcpb", "identifier": files.URL + "/srv.mcpb", "fileSha256": strings.Repeat("ab", 32)}}}, nil)
	reg.add("com.example/image", "2.0", map[string]any{"packages": []any{map[string]any{"registryType": "oci", "identifier": oci.host + "/acme/img", "version": "2.0"}}}, nil)
	// An entry only the old /v0 API serves, in the old field names.
	reg.old["io.github.old/srv"] = true
	reg.entries["io.github.old/srv"] = map[string]any{"latest": map[string]any{
		"name": "io.github.old/srv", "version_detail": map[string]any{"version": "0.1.0"},
		"packages": []any{map[string]any{"registry_name": "npm", "name": "@acme/tool", "version": "0.3.0"}},
	}}

	te := newTestEnv(t)
	te.opts.MCPRegistry = reg.srv.URL
	te.opts.NPMRegistry = npm.srv.URL
	te.opts.PyPIIndex = pypi.srv.URL + "/simple/"

	ts, err := te.resolve("io.github.acme/multi")
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 {
		t.Fatalf("%d targets, want npm + pypi", len(ts))
	}
	if ts[0].Kind != KindMCPRegistry || ts[0].Package != KindNPM || ts[0].Resolved != "io.github.acme/multi@0.3.0 npm:@acme/tool@0.2.0" {
		t.Errorf("npm package target: %+v", ts[0])
	}
	if ts[1].Package != KindPyPI || ts[1].Resolved != "io.github.acme/multi@0.3.0 pypi:mcp-server-demo==1.0.0" || ts[1].Ref != "io.github.acme/multi" {
		t.Errorf("pypi package target: %+v", ts[1])
	}
	notes := strings.Join(ts[0].Notes, "|")
	if !strings.Contains(notes, "deprecated") || !strings.Contains(notes, "nuget") {
		t.Errorf("notes = %q", notes)
	}
	if !strings.Contains(strings.Join(reg.paths, " "), "/v0.1/servers/io.github.acme%2Fmulti/versions/latest") {
		t.Errorf("registry paths = %v", reg.paths)
	}

	mono := te.resolveOne("mcp:io.github.acme/mono@1.0.0")
	if mono.Package != KindGit || filepath.Base(mono.Dir) != "mod" || readFile(t, filepath.Join(mono.Dir, "tool.py")) != "# tool\n" {
		t.Errorf("repository entry: %+v", mono)
	}
	b := te.resolveOne("com.example/bundle")
	if b.Package != "mcpb" || readFile(t, filepath.Join(b.Dir, "server", "index.js")) != "// bundle" {
		t.Errorf("bundle: %+v", b)
	}
	img := te.resolveOne("com.example/image")
	if img.Package != KindOCI || readFile(t, filepath.Join(img.Dir, "server.js")) != "// server" {
		t.Errorf("image: %+v", img)
	}
	old := te.resolveOne("io.github.old/srv")
	if old.Resolved != "io.github.old/srv@0.1.0 npm:@acme/tool@0.3.0" {
		t.Errorf("old API: %+v", old)
	}

	for ref, want := range map[string]string{
		"com.example/remote":         "only remote endpoints",
		"io.github.acme/nope":        "has no server io.github.acme/nope",
		"mcp:io.github.acme/multi@9": "version 9",
	} {
		if _, err := te.resolve(ref); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", ref, err, want)
		}
	}
	te2 := newTestEnv(t)
	te2.opts.MCPRegistry = reg.srv.URL
	_, err = te2.resolve("com.example/badbundle")
	if !errors.Is(err, ErrChecksum) {
		t.Errorf("bad bundle: %v", err)
	}
	te2.assertClean()

	// Offline: the entry and its packages were cached.
	te.opts.Offline = true
	if ts, err := te.resolve("io.github.acme/multi"); err != nil || len(ts) != 2 {
		t.Errorf("offline registry entry: %v", err)
	}
}
