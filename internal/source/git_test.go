package source

import (
	"net/http"
	"net/http/cgi"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gitServer serves bare repositories over smart HTTP with git's own
// http-backend (CGI), optionally behind basic auth.
type gitServer struct {
	srv        *httptest.Server
	root       string
	user, pass string
}

func gitEnv(home string) []string {
	return append(os.Environ(), "HOME="+home, "GIT_CONFIG_NOSYSTEM=1", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_AUTHOR_DATE=2025-01-01T00:00:00Z", "GIT_COMMITTER_DATE=2025-01-01T00:00:00Z")
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = gitEnv(t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func newGitServer(t *testing.T) *gitServer {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	g := &gitServer{root: t.TempDir()}
	execPath := runGit(t, g.root, "--exec-path")
	h := &cgi.Handler{
		Path: filepath.Join(execPath, "git-http-backend"),
		Env:  []string{"GIT_PROJECT_ROOT=" + g.root, "GIT_HTTP_EXPORT_ALL=1", "HOME=" + g.root, "GIT_CONFIG_NOSYSTEM=1"},
	}
	g.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g.user != "" {
			u, p, ok := r.BasicAuth()
			if !ok || u == "" || p != g.pass {
				w.Header().Set("WWW-Authenticate", `Basic realm="git"`)
				http.Error(w, "auth required", http.StatusUnauthorized)
				return
			}
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(g.srv.Close)
	return g
}

// addRepo makes a repository with two commits (tag v1 on the first,
// branch dev on the second) and serves it as <name>.git.
func (g *gitServer) addRepo(t *testing.T, name string, allowSHA bool) (first, second string) {
	work := t.TempDir()
	runGit(t, work, "init", "-q", "-b", "main")
	writeFile(t, filepath.Join(work, "server.py"), []byte("# v1\n"))
	writeFile(t, filepath.Join(work, "pkg", "mod", "tool.py"), []byte("# tool\n"))
	if err := os.Symlink("server.py", filepath.Join(work, "alias.py")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(work, "escape")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(work, ".gitattributes"), []byte("*.py filter=evil\n* export-ignore\n"))
	runGit(t, work, "add", "-A")
	runGit(t, work, "commit", "-q", "-m", "one")
	runGit(t, work, "tag", "v1")
	first = runGit(t, work, "rev-parse", "HEAD")
	writeFile(t, filepath.Join(work, "server.py"), []byte("# v2\n"))
	runGit(t, work, "commit", "-q", "-am", "two")
	second = runGit(t, work, "rev-parse", "HEAD")
	runGit(t, work, "branch", "dev")
	writeFile(t, filepath.Join(work, "server.py"), []byte("# v3 main\n"))
	runGit(t, work, "commit", "-q", "-am", "three")
	bare := filepath.Join(g.root, name+".git")
	runGit(t, g.root, "clone", "-q", "--bare", work, bare)
	if allowSHA {
		runGit(t, bare, "config", "uploadpack.allowAnySHA1InWant", "true")
	}
	return first, second
}

func (g *gitServer) url(name string) string { return g.srv.URL + "/" + name + ".git" }

func TestGitResolve(t *testing.T) {
	g := newGitServer(t)
	first, second := g.addRepo(t, "srv", true)
	_, _ = g.addRepo(t, "nosha", false)
	te := newTestEnv(t)
	u := g.url("srv")
	cases := map[string]string{
		"git:" + u:                         "# v3 main\n",
		u + "@v1":                          "# v1\n",
		u + "@dev":                         "# v2\n",
		u + "@" + first:                    "# v1\n",
		"git:" + u + "@main":               "# v3 main\n",
		g.url("nosha") + "@" + second[:10]: "# v2\n", // short hash: full fetch
	}
	for ref, want := range cases {
		tg := te.resolveOne(ref)
		if tg.Kind != KindGit || len(tg.Digest) != 40 || !strings.HasSuffix(tg.Resolved, "@"+tg.Digest) {
			t.Errorf("%s: %+v", ref, tg)
			continue
		}
		if got := readFile(t, filepath.Join(tg.Dir, "server.py")); got != want {
			t.Errorf("%s: server.py = %q, want %q", ref, got, want)
		}
		// No filter ran, no export-ignore applied, links stay inside.
		if got := readFile(t, filepath.Join(tg.Dir, "pkg", "mod", "tool.py")); got != "# tool\n" {
			t.Errorf("%s: tool.py = %q", ref, got)
		}
		if l, err := os.Readlink(filepath.Join(tg.Dir, "alias.py")); err != nil || l != "server.py" {
			t.Errorf("%s: alias link = %q %v", ref, l, err)
		}
		if _, err := os.Lstat(filepath.Join(tg.Dir, "escape")); !os.IsNotExist(err) {
			t.Errorf("%s: escaping link was written", ref)
		}
		if _, err := os.Stat(filepath.Join(tg.Dir, ".git")); !os.IsNotExist(err) {
			t.Errorf("%s: .git folder in the scanned tree", ref)
		}
	}
	tg := te.resolveOne(u + "@v1")
	if tg.Digest != first {
		t.Errorf("v1 resolved to %s, want %s", tg.Digest, first)
	}
	for ref, want := range map[string]string{
		u + "@nope":                       "no branch or tag",
		g.url("missing"):                  "not found",
		u + "@" + strings.Repeat("0", 40): "no commit",
	} {
		if _, err := te.resolve(ref); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", ref, err, want)
		}
	}

	// Offline: refs were recorded.
	te.opts.Offline = true
	if got := te.resolveOne(u + "@dev"); got.Digest != second {
		t.Errorf("offline dev = %s", got.Digest)
	}
	if _, err := te.resolve(u + "@other"); err == nil || !strings.Contains(err.Error(), "not in the cache") {
		t.Errorf("offline miss: %v", err)
	}
}

func TestGitAuth(t *testing.T) {
	const token = "ghp_GITSECRET0123456789"
	g := newGitServer(t)
	g.user, g.pass = "anyone", token
	g.addRepo(t, "private", true)
	u := g.url("private")
	host := strings.TrimPrefix(g.srv.URL, "http://")

	// No credentials: a clear error, fast, no prompt.
	te := newTestEnv(t)
	start := time.Now()
	_, err := te.resolve(u)
	if err == nil || !strings.Contains(err.Error(), "access denied") {
		t.Fatalf("no credentials: %v", err)
	}
	if time.Since(start) > 20*time.Second {
		t.Fatal("git waited for a prompt")
	}

	// A wrong token in the environment is refused and not echoed.
	te.env["MCPSAFE_GIT_TOKEN"] = "ghp_WRONGSECRET99"
	_, err = te.resolve(u)
	if err == nil {
		t.Fatal("wrong token accepted")
	}
	assertNoSecret(t, "ghp_WRONGSECRET99", err.Error(), te.progress.String())

	// Token from the environment.
	te.env["MCPSAFE_GIT_TOKEN"] = token
	te.opts.NoCache = true
	if tg := te.resolveOne(u); len(tg.Digest) != 40 {
		t.Fatal(tg)
	}
	assertNoSecret(t, token, te.progress.String())

	// git's own credential helper (store), from the user's ~/.gitconfig.
	te2 := newTestEnv(t)
	te2.opts.NoCache = true
	writeFile(t, filepath.Join(te2.opts.HomeDir, ".gitconfig"), []byte("[credential]\n\thelper = store\n"))
	writeFile(t, filepath.Join(te2.opts.HomeDir, ".git-credentials"), []byte("http://anyone:"+url.QueryEscape(token)+"@"+host+"\n"))
	if tg := te2.resolveOne(u); len(tg.Digest) != 40 {
		t.Fatal(tg)
	}

	// GIT_ASKPASS.
	te3 := newTestEnv(t)
	te3.opts.NoCache = true
	askpass := writeFile(t, filepath.Join(te3.parent, "home", "askpass.sh"), []byte("#!/bin/sh\ncase \"$1\" in Username*) echo anyone;; *) echo "+token+";; esac\n"))
	os.Chmod(askpass, 0o755)
	te3.env["GIT_ASKPASS"] = askpass
	if tg := te3.resolveOne(u); len(tg.Digest) != 40 {
		t.Fatal(tg)
	}
	// URL credentials are used but never shown.
	te4 := newTestEnv(t)
	_, err = te4.resolve("http://anyone:ghp_WRONGURL123@" + host + "/private.git@nope")
	if err == nil {
		t.Fatal("wrong URL credentials accepted")
	}
	assertNoSecret(t, "ghp_WRONGURL123", err.Error(), te4.progress.String())
}

// Hooks configured by anyone, and transports that run commands, never run.
func TestGitRunsNothing(t *testing.T) {
	g := newGitServer(t)
	g.addRepo(t, "srv", true)
	te := newTestEnv(t)
	hooks := filepath.Join(te.opts.HomeDir, "hooks")
	pwned := filepath.Join(te.parent, "pwned")
	for _, h := range []string{"reference-transaction", "post-checkout", "post-merge", "pre-auto-gc", "fsmonitor-watchman"} {
		p := writeFile(t, filepath.Join(hooks, h), []byte("#!/bin/sh\ntouch "+pwned+"\n"))
		os.Chmod(p, 0o755)
	}
	writeFile(t, filepath.Join(te.opts.HomeDir, ".gitconfig"), []byte("[core]\n\thooksPath = "+hooks+"\n\tfsmonitor = "+filepath.Join(hooks, "fsmonitor-watchman")+"\n"))
	te.resolveOne(g.url("srv") + "@v1")
	if _, err := os.Stat(pwned); err == nil {
		t.Fatal("a hook ran")
	}
	r, _ := newResolver(te.opts)
	_, err := r.resolveGit(t.Context(), "ext::sh -c touch% "+pwned, "", "")
	if err == nil {
		t.Fatal("ext:: transport accepted")
	}
	if _, err := os.Stat(pwned); err == nil {
		t.Fatal("ext:: transport ran a command")
	}
	_, err = r.resolveGit(t.Context(), "file://"+g.root+"/srv.git", "", "")
	if err == nil {
		t.Fatal("file:// transport accepted")
	}
}
