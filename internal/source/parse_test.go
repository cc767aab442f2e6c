package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	te := newTestEnv(t)
	wd := te.opts.WorkDir
	writeFile(t, filepath.Join(wd, "local", "x.py"), []byte("x"))
	writeFile(t, filepath.Join(wd, "pkg.tgz"), []byte("x"))
	writeFile(t, filepath.Join(wd, "one.py"), []byte("x"))
	cases := []struct {
		ref, kind, name, version string
	}{
		{"./local", KindDir, filepath.Join(wd, "local"), ""},
		{"./one.py", KindFile, filepath.Join(wd, "one.py"), ""},
		{"pkg.tgz", KindArchive, filepath.Join(wd, "pkg.tgz"), ""},
		{"~/", KindDir, te.opts.HomeDir, ""},
		{"file:./local", KindDir, filepath.Join(wd, "local"), ""},
		{"https://example.com/dl/server-1.0.tgz", KindArchive, "https://example.com/dl/server-1.0.tgz", ""},
		// npm
		{"express", KindNPM, "express", ""},
		{"left-pad@1.3.0", KindNPM, "left-pad", "1.3.0"},
		{"@modelcontextprotocol/server-everything", KindNPM, "@modelcontextprotocol/server-everything", ""},
		{"@scope/name@^2.1", KindNPM, "@scope/name", "^2.1"},
		{"npm:foo@beta", KindNPM, "foo", "beta"},
		{"npm:foo@>=1.0.0 <2", KindNPM, "foo", ">=1.0.0 <2"},
		{"npm:@s/n", KindNPM, "@s/n", ""},
		{"pkg:npm/%40scope/name@1.2.3", KindNPM, "@scope/name", "1.2.3"},
		// PyPI
		{"pypi:requests", KindPyPI, "requests", ""},
		{"mcp-server-fetch==2025.1.1", KindPyPI, "mcp-server-fetch", "==2025.1.1"},
		{"pypi:mcp>=1.0", KindPyPI, "mcp", ">=1.0"},
		{"pypi:mcp[cli]>=1.0,<2", KindPyPI, "mcp", ">=1.0,<2"},
		{"pypi:foo@1.0", KindPyPI, "foo", "==1.0"},
		{"pkg:pypi/django@4.2", KindPyPI, "django", "==4.2"},
		// Go
		{"go:github.com/mark3labs/mcp-go@v0.41.1", KindGo, "github.com/mark3labs/mcp-go", "v0.41.1"},
		{"go:golang.org/x/mod", KindGo, "golang.org/x/mod", "latest"},
		{"pkg:golang/github.com/a/b@v1.0.0", KindGo, "github.com/a/b", "v1.0.0"},
		// git
		{"owner/repo", KindGit, "https://github.com/owner/repo.git", ""},
		{"owner/repo@v1.2.0", KindGit, "https://github.com/owner/repo.git", "v1.2.0"},
		{"github:owner/repo.git@main", KindGit, "https://github.com/owner/repo.git", "main"},
		{"git:owner/repo", KindGit, "https://github.com/owner/repo.git", ""},
		{"https://gitlab.com/g/sub/repo.git@feature/x", KindGit, "https://gitlab.com/g/sub/repo.git", "feature/x"},
		{"https://user@host.example/r.git", KindGit, "https://user@host.example/r.git", ""},
		{"ssh://git@host.example:2222/o/r.git@0123456789abcdef0123456789abcdef01234567", KindGit, "ssh://git@host.example:2222/o/r.git", "0123456789abcdef0123456789abcdef01234567"},
		{"git@github.com:owner/repo.git@v2", KindGit, "git@github.com:owner/repo.git", "v2"},
		{"git@github.com:owner/repo.git", KindGit, "git@github.com:owner/repo.git", ""},
		{"git+https://host.example/r.git", KindGit, "https://host.example/r.git", ""},
		{"git:https://host.example/r@abc1234", KindGit, "https://host.example/r", "abc1234"},
		{"pkg:github/owner/repo@v1", KindGit, "https://github.com/owner/repo.git", "v1"},
		// OCI
		{"docker:nginx", KindOCI, "nginx", ""},
		{"docker:ghcr.io/o/img:1.2", KindOCI, "ghcr.io/o/img:1.2", ""},
		{"docker://mcp/fetch@sha256:" + strings.Repeat("a", 64), KindOCI, "mcp/fetch@sha256:" + strings.Repeat("a", 64), ""},
		{"oci:localhost:5000/x/y:t", KindOCI, "localhost:5000/x/y:t", ""},
		{"pkg:docker/library/nginx@1.25", KindOCI, "library/nginx:1.25", ""},
		// MCP registry
		{"io.github.owner/server", KindMCPRegistry, "io.github.owner/server", ""},
		{"com.example/weather@1.0.2", KindMCPRegistry, "com.example/weather", "1.0.2"},
		{"mcp:io.github.x/y", KindMCPRegistry, "io.github.x/y", ""},
	}
	for _, c := range cases {
		s, err := Parse(c.ref, te.opts)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.ref, err)
			continue
		}
		if s.Kind != c.kind || s.Name != c.name || s.Version != c.version || s.Ref != c.ref {
			t.Errorf("Parse(%q) = %+v, want kind %s name %s version %q", c.ref, s, c.kind, c.name, c.version)
		}
	}
}

func TestParseAmbiguous(t *testing.T) {
	te := newTestEnv(t)
	wd := te.opts.WorkDir
	os.MkdirAll(filepath.Join(wd, "express"), 0o755)
	os.MkdirAll(filepath.Join(wd, "owner", "repo"), 0o755)
	os.MkdirAll(filepath.Join(wd, "io.github.a", "b"), 0o755)
	cases := map[string][]string{
		"express":                   {"./express", "npm:express"},
		"owner/repo":                {"./owner/repo", "git:https://github.com/owner/repo.git"},
		"io.github.a/b":             {"./io.github.a/b", "mcp:io.github.a/b"},
		"github.com/owner/repo":     {"go:github.com/owner/repo@latest", "git:https://github.com/owner/repo"},
		"github.com/owner/repo@v1":  {"go:github.com/owner/repo@v1", "git:https://github.com/owner/repo@v1"},
		"gitlab.com/g/sub/proj@dev": {"go:gitlab.com/g/sub/proj@dev", "git:https://gitlab.com/g/sub/proj@dev"},
	}
	for ref, want := range cases {
		_, err := Parse(ref, te.opts)
		var amb *AmbiguousError
		if !errors.As(err, &amb) {
			t.Errorf("Parse(%q) = %v, want an AmbiguousError", ref, err)
			continue
		}
		var got []string
		for _, r := range amb.Readings {
			got = append(got, r.Spelling)
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("Parse(%q) readings = %v, want %v", ref, got, want)
		}
		for _, w := range want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error for %q does not list %q:\n%s", ref, w, err)
			}
		}
		// Each reading, typed as offered, is unambiguous.
		for _, w := range want {
			if _, err := Parse(w, te.opts); err != nil {
				t.Errorf("reading %q of %q does not parse: %v", w, ref, err)
			}
		}
	}
	// Through Resolve the error keeps its type.
	_, err := te.resolve("express")
	var amb *AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("Resolve ambiguity = %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	te := newTestEnv(t)
	for ref, want := range map[string]string{
		"":                         "empty target",
		"   ":                      "empty target",
		"a\x00b":                   "control characters",
		"ftp://x/y":                "unsupported URL scheme",
		"missing.tgz":              "not found",
		"./nope":                   "does not exist",
		"npm:Bad Name":             "not a valid npm package name",
		"pypi:bad name":            "not a valid PyPI project name",
		"pypi:x>=":                 "not a PEP 440 version",
		"go:not a module":          "not a valid Go module path",
		"docker:UPPER/case":        "not a valid image reference",
		"mcp:nodot/x":              "not an MCP registry server name",
		"owner/repo@--upload-pack": "not a valid git branch",
		"https://h.example/r@-x":   "not a valid git branch",
		"https://h.example/r?x=1":  "remove the query",
		"pkg:cargo/serde@1":        "not supported",
		"a/b/c":                    "prefix it",
		"x:y":                      "prefix it",
	} {
		_, err := Parse(ref, te.opts)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want error containing %q", ref, err, want)
		}
	}
}

func TestReadTargetsFile(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "targets.txt"), []byte("\ufeff# servers to check\n\nnpm:a@1  # pinned\n  ./local\t# tab comment\npypi:b==2\n#git:x/y\n"))
	got, err := ReadTargetsFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "npm:a@1,./local,pypi:b==2" {
		t.Fatalf("targets = %q", got)
	}
	empty := writeFile(t, filepath.Join(dir, "empty.txt"), []byte("# nothing\n\n"))
	if _, err := ReadTargetsFile(empty); err == nil || !strings.Contains(err.Error(), "no targets") {
		t.Fatalf("empty file: %v", err)
	}
	if _, err := ReadTargetsFile(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("missing file accepted")
	}
}

func TestRedact(t *testing.T) {
	r := newRedactor()
	r.add("s3cr3t-token")
	in := `GET "https://alice:pa55@host/x?token=abc&sig=zzz&ok=1" failed with s3cr3t-token; ssh://git@h/r`
	out := r.str(in)
	for _, bad := range []string{"pa55", "alice", "abc", "zzz", "s3cr3t-token"} {
		if strings.Contains(out, bad) {
			t.Errorf("redacted %q still has %q", out, bad)
		}
	}
	if !strings.Contains(out, "ok=1") || !strings.Contains(out, "https://***@host/x") {
		t.Errorf("redaction removed too much: %s", out)
	}
}
