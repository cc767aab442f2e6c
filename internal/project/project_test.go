package project

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func paths(p *Project) []string {
	var out []string
	for _, f := range p.Sources {
		out = append(out, f.Path)
	}
	for _, f := range p.Manifests {
		out = append(out, f.Path)
	}
	sort.Strings(out)
	return out
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"server.py":                 "x",
		"pkg/tools.ts":              "x",
		"pkg/view.tsx":              "x",
		"pkg/types.d.ts":            "x",
		"dist/index.js":             "x",
		"build/lib/m.py":            "x",
		"node_modules/dep/index.js": "x",
		"vendor/dep/dep.go":         "x",
		".venv/lib/x.py":            "x",
		"env2/pyvenv.cfg":           "home = /usr",
		"env2/lib/site.py":          "x",
		"__pycache__/m.py":          "x",
		".git/hooks/pre-commit.py":  "x",
		"tests/test_server.py":      "x",
		"src/__tests__/a.js":        "x",
		"src/a.test.ts":             "x",
		"src/a.spec.js":             "x",
		"src/test_util.py":          "x",
		"src/util_test.py":          "x",
		"main_test.go":              "x",
		"main.go":                   "x",
		"README.md":                 "x",
		"package.json":              "{}",
		"requirements-dev.txt":      "mcp",
		"go.mod":                    "module x",
		".gitignore":                "ignored/\n*.gen.py\n!keep.gen.py\n",
		"ignored/a.py":              "x",
		"x.gen.py":                  "x",
		"keep.gen.py":               "x",
		"sub/.gitignore":            "local.py\n",
		"sub/local.py":              "x",
		"local.py":                  "x",
		"big.py":                    strings.Repeat("x", 2000),
	})
	p, err := Walk(root, Options{MaxFileSize: 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"build/lib/m.py", "dist/index.js", "go.mod", "keep.gen.py", "local.py", "main.go", "package.json",
		"pkg/tools.ts", "pkg/view.tsx", "requirements-dev.txt", "server.py"}
	if got := paths(p); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("files:\n got %v\nwant %v", got, want)
	}
	if p.Skipped != 1 || len(p.Diagnostics) != 1 || p.Diagnostics[0].File != "big.py" || !strings.Contains(p.Diagnostics[0].Message, "--max-file-size") {
		t.Errorf("size cap: skipped=%d diagnostics=%v", p.Skipped, p.Diagnostics)
	}

	p, err = Walk(root, Options{MaxFileSize: 1 << 20, IncludeTests: true, Excludes: []string{"pkg/", "*.go"}})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(paths(p), " ")
	for _, w := range []string{"tests/test_server.py", "src/__tests__/a.js", "src/a.test.ts", "src/a.spec.js", "src/test_util.py", "src/util_test.py", "big.py"} {
		if !strings.Contains(got, w) {
			t.Errorf("--include-tests: %s missing from %s", w, got)
		}
	}
	for _, w := range []string{"pkg/tools.ts", "main.go", "main_test.go"} {
		if strings.Contains(got, w) {
			t.Errorf("--exclude: %s still listed", w)
		}
	}
}

func TestWalkSymlinks(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write(t, root, map[string]string{"real.py": "x"})
	write(t, outside, map[string]string{"secret.py": "x"})
	if err := os.Symlink(filepath.Join(outside, "secret.py"), filepath.Join(root, "escape.py")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "escapedir")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "real.py"), filepath.Join(root, "alias.py")); err != nil {
		t.Fatal(err)
	}
	p, err := Walk(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(paths(p), " "); got != "real.py" {
		t.Errorf("files = %s, want only real.py", got)
	}
	outsideDiags := 0
	for _, d := range p.Diagnostics {
		if strings.Contains(d.Message, "outside the target") {
			outsideDiags++
		}
	}
	if outsideDiags != 2 {
		t.Errorf("want 2 diagnostics for links out of the target, got %v", p.Diagnostics)
	}
}

func TestWalkSingleFileAndErrors(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"a/server.py": "x"})
	p, err := Walk(filepath.Join(root, "a", "server.py"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sources) != 1 || p.Sources[0].Path != "server.py" {
		t.Errorf("single file: %+v", p.Sources)
	}
	if _, err := Walk(filepath.Join(root, "nope"), Options{}); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing target: %v", err)
	}
}

func TestIgnorer(t *testing.T) {
	ig := &Ignorer{}
	ig.AddGitignore("", "# comment\n*.log\n/root-only.py\nbuild/\ndocs/**/gen\n!important.log\na[0-9].py\n\\#hash.py\nweird[\n")
	ig.AddGitignore("sub", "*.tmp.py\n/anchored.py\n")
	cases := []struct {
		path string
		dir  bool
		want bool
	}{
		{"x.log", false, true}, {"deep/x.log", false, true}, {"important.log", false, false},
		{"root-only.py", false, true}, {"sub/root-only.py", false, false},
		{"build", true, true}, {"build", false, false}, {"x/build", true, true},
		{"docs/gen", false, true}, {"docs/a/b/gen", false, true},
		{"a1.py", false, true}, {"ab.py", false, false}, {"#hash.py", false, true},
		{"sub/x.tmp.py", false, true}, {"other/x.tmp.py", false, false},
		{"sub/anchored.py", false, true}, {"sub/deeper/anchored.py", false, false},
		{"weird[", false, true},
	}
	for _, c := range cases {
		if got := ig.Ignored(c.path, c.dir); got != c.want {
			t.Errorf("Ignored(%q, dir=%v) = %v, want %v", c.path, c.dir, got, c.want)
		}
	}
}

func TestIsTestFile(t *testing.T) {
	for name, want := range map[string]bool{
		"a_test.go": true, "test_a.py": true, "a_test.py": true, "a.test.ts": true, "a.spec.js": true, "a.test.tsx": true,
		"test.ts": false, "tests.py": false, "attest.py": false, "contest.go": false, "a.ts": false, "latest.js": false, "noext": false,
	} {
		if got := IsTestFile(name); got != want {
			t.Errorf("IsTestFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCheckContent(t *testing.T) {
	long := strings.Repeat("a", 3000)
	cases := []struct {
		name, data, want string
	}{
		{"ok.py", "print('héllo')\n", ""},
		{"bin.py", "ab\x00cd", "binary"},
		{"latin1.py", "caf\xe9\n", "not valid UTF-8 (first invalid byte on line 1)"},
		{"bundle.js", long + "\n" + long + "\nshort\n", "minified"},
		{"app.min.js", "x", "minified"},
		{"small-long-line.js", strings.Repeat("b", 3000), ""},
	}
	for _, c := range cases {
		got := CheckContent(c.name, []byte(c.data))
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("CheckContent(%s) = %q, want %q", c.name, got, c.want)
		}
	}
}
