package deps

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// describe renders a dependency compactly for golden comparisons:
// "name version|constraint Lline flags" with flags D direct, d dev,
// o optional, and alias/source/replace when set.
func describe(d Dependency) string {
	s := fmt.Sprintf("%s v=%s c=%s L%d", d.Name, d.Version, d.Constraint, d.Line)
	flags := ""
	if d.Direct {
		flags += "D"
	}
	if d.Dev {
		flags += "d"
	}
	if d.Optional {
		flags += "o"
	}
	if flags != "" {
		s += " " + flags
	}
	if d.Alias != "" {
		s += " alias=" + d.Alias
	}
	if d.Source != "" {
		s += " src=" + d.Source
	}
	if d.Replace != "" {
		s += " repl=" + d.Replace
	}
	return s
}

func parseFixture(t *testing.T, path string) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	r := Parse(path, data)
	if r == nil {
		t.Fatalf("%s: not supported", path)
	}
	return r
}

func TestFixtures(t *testing.T) {
	cases := []struct {
		file     string
		eco      string
		lock     bool
		project  string
		projLine int
		deps     []string
		diags    []string // substrings, in order
	}{
		{"npm-v3/package.json", NPM, false, "weather-mcp-server", 2, []string{
			"@modelcontextprotocol/sdk v= c=^1.20.0 L10 D",
			"zod v=3.23.8 c=3.23.8 L11 D",
			"mcp-remote v=0.1.15 c=0.1.15 L12 D",
			"left-pad v=1.3.0 c=1.3.0 L13 D alias=left-pad-alias",
			"helper v= c= L14 D src=github:acme/helper#v1.0.0",
			"local-lib v= c= L15 D src=file:../local-lib",
			"express v= c=latest L16 D",
			"typescript v= c=~5.4.0 L19 Dd",
			"@modelcontextprotocol/inspector v=0.13.0 c=0.13.0 L20 Dd",
			"react v= c=>=18 L23 Do",
			"fsevents v=2.3.3 c=2.3.3 L26 Do",
		}, nil},
		{"npm-v3/package-lock.json", NPM, true, "weather-mcp-server", 2, []string{
			"@modelcontextprotocol/sdk v=1.23.0 c= L19 D",
			"left-pad v=1.3.0 c= L27 D alias=left-pad-alias",
			"typescript v=5.4.5 c= L32 Dd",
			"zod v=3.23.8 c= L37 D",
			"raw-body v=3.0.0 c= L41",
			"helper v=1.0.0 c= L45 src=git+ssh://git@github.com/acme/helper.git#0123456789abcdef0123456789abcdef01234567",
			"mcp-remote v=0.1.15 c= L56 D",
		}, nil},
		{"npm-v2/package-lock.json", NPM, true, "files-mcp", 2, []string{
			"@modelcontextprotocol/server-filesystem v=2025.3.28 c= L17 D",
			"vitest v=1.6.0 c= L21 Dd",
			"tinypool v=0.8.4 c= L25 do",
		}, nil},
		{"npm-v1/package-lock.json", NPM, true, "legacy-mcp", 2, []string{
			"@modelcontextprotocol/sdk v=1.9.0 c= L7",
			"raw-body v=3.0.0 c= L15",
			"mocha v=10.4.0 c= L21 d",
			"left-pad v=1.3.0 c= L25 alias=pad",
			"forked v= c= L28 src=github:acme/forked#abcdef0",
		}, nil},
		{"pnpm-v5/pnpm-lock.yaml", NPM, true, "", 0, []string{
			"@modelcontextprotocol/sdk v=1.0.4 c= L17 D",
			"raw-body v=3.0.0 c= L23",
			"string_decoder v=1.3.0 c= L27 D",
			"typescript v=5.0.4 c= L31 Dd",
			"@typescript-eslint/parser v=5.0.0 c= L37 d",
			"helper v=1.0.0 c= L43 src=https://codeload.github.com/acme/helper/tar.gz/0123456789abcdef",
		}, nil},
		{"pnpm-v6/pnpm-lock.yaml", NPM, true, "", 0, []string{
			"@modelcontextprotocol/sdk v=1.24.1 c= L22 D",
			"mcp-remote v=0.1.14 c= L30 Dd",
			"zod v=3.23.8 c= L35 D",
		}, nil},
		{"pnpm-v9/pnpm-lock.yaml", NPM, true, "", 0, []string{
			"@modelcontextprotocol/sdk v=1.25.1 c= L30 D",
			"content-type v=1.0.5 c= L36",
			"tinybench v=2.9.0 c= L39 d",
			"vitest v=2.1.8 c= L42 Dd",
			"zod v=3.24.1 c= L46 D",
		}, nil},
		{"yarn-classic/yarn.lock", NPM, true, "", 0, []string{
			"@modelcontextprotocol/sdk v=1.12.3 c= L5",
			"content-type v=1.0.5 c= L13",
			"left-pad v=1.3.0 c= L18 alias=pad",
			"helper v=1.0.0 c= L22 src=git+https://github.com/acme/helper.git#0123456789abcdef0123456789abcdef01234567",
		}, nil},
		{"yarn-berry/yarn.lock", NPM, true, "", 0, []string{
			"@modelcontextprotocol/sdk v=1.25.3 c= L8",
			"content-type v=1.0.5 c= L17",
			"left-pad v=1.3.0 c= L24 alias=pad",
		}, nil},
		{"pep621/pyproject.toml", PyPI, false, "Weather_MCP.Server", 6, []string{
			"mcp v= c=>=1.2.0,<2 L10 D",
			"httpx v= c=>= 0.27 L11 D",
			"fastmcp v=2.12.4 c===2.12.4 L12 D",
			"pydantic v= c= L13 D",
			"internal-tools v= c= L14 D src=https://example.invalid/internal_tools-1.0-py3-none-any.whl",
			"uvicorn v= c=~=0.30 L20 Do",
			"pytest v= c=>=8 L25 Dd",
			"ruff v=0.6.9 c===0.6.9 L28 Dd",
			"mypy v= c=>=1.10 L31 Dd",
		}, []string{"L15: project.dependencies: \"not a requirement!!\""}},
		{"poetry/pyproject.toml", PyPI, false, "git-helper-mcp", 2, []string{
			"mcp v= c=^1.9.0 L8 D",
			"mcp-server-git v=2025.9.1 c=2025.9.1 L9 Do",
			"requests v= c=^2.31 L10 D",
			"requests v= c=^2.28 L10 D",
			"helper v= c= L14 D src=https://github.com/acme/helper.git@v1.2",
			"pytest v= c=* L17 Dd",
			"black v=24.4.2 c=24.4.2 L20 Dd",
		}, nil},
		{"poetry/poetry.lock", PyPI, true, "", 0, []string{
			"mcp v=1.9.0 c= L4",
			"mcp-server-git v=2025.9.1 c= L17 o",
			"pytest v=8.2.0 c= L25 d",
			"helper v=1.2.0 c= L33 src=https://github.com/acme/helper.git@0123456789abcdef",
		}, nil},
		{"uv/uv.lock", PyPI, true, "weather-server", 40, []string{
			"anyio v=4.6.2 c= L6",
			"fastmcp v=2.13.0 c= L11 D",
			"mcp v=1.22.0 c= L19",
			"pytest v=8.3.3 c= L27 Dd",
			"pluggy v=1.5.0 c= L35 d",
		}, nil},
		{"pipenv/Pipfile", PyPI, false, "", 0, []string{
			"mcp v= c=* L7 D",
			"mcp-server-fetch v=2025.4.7 c===2025.4.7 L8 D",
			"requests v= c=>=2.31 L9 D",
			"helper v= c= L10 D src=https://github.com/acme/helper.git@main",
			"pytest v= c=>=8 L13 Dd",
		}, nil},
		{"pipenv/Pipfile.lock", PyPI, true, "", 0, []string{
			"mcp v=1.22.0 c= L9",
			"mcp-server-fetch v=2025.4.7 c= L14",
			"helper v= c= L18 src=https://github.com/acme/helper.git@0123456789abcdef",
			"pytest v=8.3.3 c= L24 d",
		}, nil},
		{"requirements/requirements.txt", PyPI, false, "", 0, []string{
			"mcp v=1.9.0 c===1.9.0 L7 D",
			"fastmcp v= c=>=2.10,<3 L10 D",
			"mcp-server-git v= c=~= 2025.9 L11 D",
			"httpx v= c= L12 D",
			"requests v= c=>=2.31 L13 D",
			"acme-helper v= c= L14 D src=git+https://github.com/acme/helper.git@v1.0#egg=acme-helper",
			"uvicorn v=0.30.1 c= L16 D src=./wheels/uvicorn-0.30.1-py3-none-any.whl",
			"anyio v=4.6.2 c= L17 D src=https://example.invalid/pkgs/anyio-4.6.2.tar.gz",
			"acme-other v= c= L18 D src=git+https://github.com/acme/other.git#egg=acme_other",
		}, []string{"L3: includes ../../outside.txt, outside the project", "L19: unrecognised requirement"}},
		{"requirements/requirements-dev.txt", PyPI, false, "", 0, []string{
			"pytest v= c=>=8 L1 Dd",
			"ruff v=0.6.9 c===0.6.9 L2 Dd",
		}, nil},
		{"gomod/go.mod", Go, false, "github.com/acme/weather-mcp", 1, []string{
			"github.com/mark3labs/mcp-go v=v0.55.0 c= L8 D",
			"github.com/modelcontextprotocol/go-sdk v=v1.4.1 c= L9 D",
			"github.com/acme/fork-target v=v1.0.0 c= L10 D repl=github.com/someone/fork-target v1.0.1",
			"golang.org/x/sync v=v0.10.0 c= L11",
			"github.com/docker/mcp-gateway v=v0.27.0 c= L14 D repl=../mcp-gateway",
		}, nil},
		{"gomod/go.sum", Go, true, "", 0, []string{
			"github.com/mark3labs/mcp-go v=v0.55.0 c= L3",
			"github.com/modelcontextprotocol/go-sdk v=v1.4.1 c= L5",
		}, []string{"L8: malformed go.sum line"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := parseFixture(t, c.file)
			if r.Ecosystem != c.eco || r.Lockfile != c.lock || r.Project != c.project || r.ProjectLine != c.projLine {
				t.Errorf("header: eco=%s lock=%v project=%q@%d", r.Ecosystem, r.Lockfile, r.Project, r.ProjectLine)
			}
			var got []string
			for _, d := range r.Dependencies {
				if d.File != c.file || d.Ecosystem != c.eco {
					t.Errorf("%s: file %q ecosystem %q", d.Name, d.File, d.Ecosystem)
				}
				got = append(got, describe(d))
			}
			if strings.Join(got, "\n") != strings.Join(c.deps, "\n") {
				t.Errorf("dependencies:\n got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.deps, "\n  "))
			}
			if len(r.Diagnostics) != len(c.diags) {
				t.Errorf("diagnostics: %+v, want %d", r.Diagnostics, len(c.diags))
			}
			for i, want := range c.diags {
				if i < len(r.Diagnostics) {
					d := r.Diagnostics[i]
					if s := fmt.Sprintf("L%d: %s", d.Line, d.Message); !strings.Contains(s, want) || d.File != c.file {
						t.Errorf("diagnostic %q does not contain %q", s, want)
					}
				}
			}
		})
	}
}

func TestPackageJSONScripts(t *testing.T) {
	r := parseFixture(t, "npm-v3/package.json")
	want := []Script{{"build", "tsc", 6}, {"postinstall", "node scripts/fetch-model.js", 7}}
	if fmt.Sprint(r.Scripts) != fmt.Sprint(want) {
		t.Errorf("scripts = %v", r.Scripts)
	}
}

func TestRequirementIncludes(t *testing.T) {
	data := []byte("-r base.txt\n--requirement=../../outside.txt\n-c sub/constraints.txt\n-r /etc/req.txt\n-r https://example.invalid/r.txt\n-rshort.txt\n-r\n")
	r := Parse("app/requirements.txt", data)
	want := []Include{
		{Path: "app/base.txt", Line: 1},
		{Path: "../outside.txt", Line: 2, Outside: true},
		{Path: "app/sub/constraints.txt", Line: 3, Constraints: true},
		{Path: "/etc/req.txt", Line: 4, Outside: true},
		{Path: "https://example.invalid/r.txt", Line: 5, Outside: true},
		{Path: "app/short.txt", Line: 6},
	}
	if fmt.Sprint(r.Includes) != fmt.Sprint(want) {
		t.Errorf("includes:\n got %v\nwant %v", r.Includes, want)
	}
	// Three outside includes and one -r without a file.
	if len(r.Diagnostics) != 4 {
		t.Errorf("diagnostics: %v", r.Diagnostics)
	}
}

func TestRequirementContinuationsAndComments(t *testing.T) {
	data := []byte("# comment\nmcp\\\n==1.9.0 # trailing\nfoo#bar==1.0\n  \n\\\n")
	r := Parse("requirements.txt", data)
	var got []string
	for _, d := range r.Dependencies {
		got = append(got, describe(d))
	}
	// "foo#bar==1.0": a "#" not after whitespace starts no comment, and a
	// name cannot hold it, so the line is reported, not guessed at.
	if strings.Join(got, "|") != "mcp v=1.9.0 c===1.9.0 L2 D" || len(r.Diagnostics) != 1 || r.Diagnostics[0].Line != 4 {
		t.Errorf("got %v, diagnostics %v", got, r.Diagnostics)
	}
}

func TestClassify(t *testing.T) {
	for path, want := range map[string]bool{
		"package.json": true, "a/b/package-lock.json": true, "npm-shrinkwrap.json": true, "pnpm-lock.yaml": true,
		"yarn.lock": true, "pyproject.toml": true, "poetry.lock": true, "uv.lock": true, "Pipfile": true,
		"Pipfile.lock": true, "go.mod": true, "go.sum": true, "requirements.txt": true, "requirements-dev.txt": true,
		"dev-requirements.txt": true, "requirements/base.txt": true, "requirements.in": true, `sub\requirements.txt`: true,
		"README.md": false, "package.json5": false, "go.work": false, "notes.txt": false, "bun.lockb": false,
	} {
		if Supported(path) != want {
			t.Errorf("Supported(%q) = %v", path, !want)
		}
	}
	if Parse("README.md", nil) != nil {
		t.Error("Parse of an unsupported file must be nil")
	}
}

func TestLockfileFor(t *testing.T) {
	files := map[string]bool{
		"package-lock.json":           true,
		"packages/app/package.json":   true,
		"py/uv.lock":                  true,
		"py/pyproject.toml":           true,
		"other/pyproject.toml":        true,
		"pipenv/Pipfile":              true,
		"pipenv/Pipfile.lock":         true,
		"svc/go.mod":                  true,
		"standalone/x/package.json":   true,
		"standalone/x/pnpm-lock.yaml": true,
	}
	exists := func(p string) bool { return files[p] }
	cases := map[string]string{
		"packages/app/package.json": "package-lock.json", // workspace root lockfile
		"standalone/x/package.json": "standalone/x/pnpm-lock.yaml",
		"py/pyproject.toml":         "py/uv.lock",
		"other/pyproject.toml":      "",
		"pipenv/Pipfile":            "pipenv/Pipfile.lock",
		"svc/go.mod":                "svc/go.mod",
		"requirements.txt":          "",
	}
	for m, want := range cases {
		got, ok := LockfileFor(m, exists)
		if got != want || ok != (want != "") {
			t.Errorf("LockfileFor(%q) = %q, %v; want %q", m, got, ok, want)
		}
	}
}

func TestNormalizePyPI(t *testing.T) {
	for in, want := range map[string]string{"Mcp_Server.Git": "mcp-server-git", "FASTMCP": "fastmcp", "a--_.b": "a-b", " mcp ": "mcp"} {
		if got := NormalizePyPI(in); got != want {
			t.Errorf("NormalizePyPI(%q) = %q", in, got)
		}
	}
}

// TestHostile feeds each parser inputs a scanner meets in the wild: empty
// files, binary data, truncated documents, wrong shapes, deep nesting and
// oversize files. Each must give a diagnostic or nothing, never panic.
func TestHostile(t *testing.T) {
	deepJSON := strings.Repeat(`{"a":`, 2000) + "1" + strings.Repeat("}", 2000)
	deepArray := strings.Repeat("[", 100000)
	inputs := map[string]string{
		"empty":         "",
		"binary":        "\x00\x01\x02\xff\xfe\xfd",
		"invalid utf8":  "name = \"\xff\xfe\"\n",
		"truncated":     `{"dependencies": {"a": "1.0.0"`,
		"wrong shape":   `["not", "an", "object"]`,
		"scalar deps":   `{"dependencies": "oops", "packages": 5, "default": []}`,
		"deep json":     deepJSON,
		"deep array":    deepArray,
		"yaml bomb":     "a: &a [\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\npackages: {}\n",
		"toml garbage":  "[[package]\nname = \n",
		"long line":     strings.Repeat("a", 2<<20),
		"nul in lines":  "mcp==1.0\x00\nfoo\n",
		"trailing data": `{"lockfileVersion": 3} {}`,
	}
	names := []string{"package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "pyproject.toml", "poetry.lock",
		"uv.lock", "Pipfile", "Pipfile.lock", "go.mod", "go.sum", "requirements.txt"}
	for _, name := range names {
		for label, in := range inputs {
			r := Parse(name, []byte(in))
			if r == nil {
				t.Fatalf("%s: nil result", name)
			}
			for _, d := range r.Diagnostics {
				if strings.Contains(d.Message, "internal error") {
					t.Errorf("%s / %s: parser panicked: %s", name, label, d.Message)
				}
			}
		}
	}
	big := make([]byte, MaxFileSize+1)
	if r := Parse("package-lock.json", big); len(r.Diagnostics) != 1 || len(r.Dependencies) != 0 {
		t.Errorf("oversize file: %+v", r.Diagnostics)
	}
	if r := Parse("package.json", []byte(deepJSON)); len(r.Diagnostics) == 0 {
		t.Error("deep JSON should be rejected with a diagnostic")
	}
}

// fuzzParsers runs one parser on arbitrary input with the fixtures as seeds.
func fuzzParsers(f *testing.F, name string, seeds ...string) {
	for _, s := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", s))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Parse(name, data)
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "internal error") {
				t.Fatalf("panic: %s", d.Message)
			}
		}
		for _, d := range r.Dependencies {
			if d.Line < 0 || d.File != name {
				t.Fatalf("bad dependency %+v", d)
			}
		}
	})
}

func FuzzPackageLock(f *testing.F) {
	fuzzParsers(f, "package-lock.json", "npm-v1/package-lock.json", "npm-v2/package-lock.json", "npm-v3/package-lock.json")
}

func FuzzPnpmLock(f *testing.F) {
	fuzzParsers(f, "pnpm-lock.yaml", "pnpm-v5/pnpm-lock.yaml", "pnpm-v6/pnpm-lock.yaml", "pnpm-v9/pnpm-lock.yaml")
}

func FuzzYarnLock(f *testing.F) {
	fuzzParsers(f, "yarn.lock", "yarn-classic/yarn.lock", "yarn-berry/yarn.lock")
}

func FuzzPoetryLock(f *testing.F) { fuzzParsers(f, "poetry.lock", "poetry/poetry.lock") }

func FuzzUVLock(f *testing.F) { fuzzParsers(f, "uv.lock", "uv/uv.lock") }

func FuzzPipfileLock(f *testing.F) { fuzzParsers(f, "Pipfile.lock", "pipenv/Pipfile.lock") }

func FuzzGoSum(f *testing.F) { fuzzParsers(f, "go.sum", "gomod/go.sum") }

func FuzzRequirements(f *testing.F) {
	fuzzParsers(f, "requirements.txt", "requirements/requirements.txt", "requirements/requirements-dev.txt")
}

func FuzzPyproject(f *testing.F) {
	fuzzParsers(f, "pyproject.toml", "pep621/pyproject.toml", "poetry/pyproject.toml")
}

func TestLongLineDiagnostic(t *testing.T) {
	data := []byte("mcp==1.0\n" + strings.Repeat("x", 2<<20) + "\nfastmcp==2.0\n")
	r := Parse("requirements.txt", data)
	if len(r.Dependencies) != 1 || len(r.Diagnostics) != 1 {
		t.Errorf("deps %v diags %v", r.Dependencies, r.Diagnostics)
	}
}
