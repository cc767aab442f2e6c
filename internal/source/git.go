package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Git targets are fetched with the git binary, because it already speaks
// every transport and credential mechanism users have configured (the
// credential helper, GIT_ASKPASS, SSH agent keys, url.insteadOf). What
// git could be made to run is taken away:
//
//   - hooks: core.hooksPath=/dev/null and an empty template dir;
//   - fsmonitor (runs a command): core.fsmonitor=false;
//   - transports: only https, http, ssh and git; file:// and ext:: (which
//     runs a command) are refused;
//   - submodules are never fetched;
//   - there is no checkout, so no smudge/clean filters, no .gitattributes
//     and no symlinks followed: the commit's tree is listed with ls-tree and
//     its blobs streamed with cat-file into the same safe writer that
//     extracts archives;
//   - git always runs in a folder of ours, never in the user's current
//     directory, whose repository config could name commands;
//   - without a terminal (new session) and with GIT_TERMINAL_PROMPT=0, a
//     missing credential fails instead of hanging.
//
// A token for https can come from MCPSAFE_GIT_TOKEN (any host), or
// GH_TOKEN/GITHUB_TOKEN for github.com and GITLAB_TOKEN for gitlab.com, the
// variables those hosts' own CLIs read. It is passed to git as an
// http.extraHeader through GIT_CONFIG_* variables, never on the command
// line or in a URL.

var gitConfigArgs = []string{
	"-c", "core.hooksPath=/dev/null",
	"-c", "core.fsmonitor=false",
	"-c", "init.templateDir=",
	"-c", "protocol.allow=never",
	"-c", "protocol.https.allow=always",
	"-c", "protocol.http.allow=always",
	"-c", "protocol.ssh.allow=always",
	"-c", "protocol.git.allow=always",
	"-c", "protocol.file.allow=never",
	"-c", "protocol.ext.allow=never",
	"-c", "submodule.recurse=false",
	"-c", "fetch.recurseSubmodules=false",
	"-c", "gc.auto=0",
	"-c", "maintenance.auto=false",
	"-c", "credential.interactive=false",
}

// gitPassEnv are variables read through Options.Getenv and handed to git
// (tests inject them; normally they are the process's own).
var gitPassEnv = []string{
	"GIT_ASKPASS", "SSH_ASKPASS", "SSH_AUTH_SOCK", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_SSH_VARIANT",
	"GIT_CONFIG_GLOBAL", "XDG_CONFIG_HOME", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy",
	"GIT_SSL_CAINFO", "GIT_SSL_NO_VERIFY", "SSL_CERT_FILE", "SSL_CERT_DIR",
}

// gitDropEnv are variables never inherited: they would point git at
// another repository, object store or config than ours.
var gitDropEnv = []string{
	"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
	"GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES",
	"GIT_EXEC_PATH", "GIT_TEMPLATE_DIR", "GIT_EXTERNAL_DIFF", "GIT_PAGER", "GIT_EDITOR", "GIT_TRACE", "GIT_TRACE_CURL",
	"GIT_TRACE_PACKET", "GIT_TRACE2", "GIT_TRACE2_EVENT", "GIT_CURL_VERBOSE", "GIT_TERMINAL_PROMPT", "HOME",
}

type gitRunner struct {
	r   *resolver
	env []string
	dir string // our own folder to run in
}

func (r *resolver) newGitRunner(repoURL, dir string) *gitRunner {
	drop := map[string]bool{}
	for _, k := range append(append([]string{}, gitDropEnv...), gitPassEnv...) {
		drop[k] = true
	}
	for i := 0; i < 10; i++ {
		drop["GIT_CONFIG_KEY_"+strconv.Itoa(i)] = true
		drop["GIT_CONFIG_VALUE_"+strconv.Itoa(i)] = true
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !drop[k] {
			env = append(env, kv)
		}
	}
	for _, k := range gitPassEnv {
		if v := r.opts.Getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	if r.opts.HomeDir != "" {
		env = append(env, "HOME="+r.opts.HomeDir)
	}
	env = append(env, "GIT_TERMINAL_PROMPT=0", "GIT_CEILING_DIRECTORIES="+filepath.Dir(dir), "LC_ALL=C")
	if hdr := r.gitTokenHeader(repoURL); hdr != "" {
		u, _ := url.Parse(repoURL)
		env = append(env, "GIT_CONFIG_COUNT=1",
			"GIT_CONFIG_KEY_0=http."+u.Scheme+"://"+u.Host+"/.extraHeader",
			"GIT_CONFIG_VALUE_0="+hdr)
	}
	return &gitRunner{r: r, env: env, dir: dir}
}

// gitTokenHeader returns an Authorization header for an https repository
// URL from a token in the environment, or "".
func (r *resolver) gitTokenHeader(repoURL string) string {
	u, err := url.Parse(repoURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	tok, user := r.opts.Getenv("MCPSAFE_GIT_TOKEN"), "x-access-token"
	if tok == "" {
		switch host {
		case "github.com":
			tok = firstNonEmpty(r.opts.Getenv("GH_TOKEN"), r.opts.Getenv("GITHUB_TOKEN"))
		case "gitlab.com":
			tok, user = r.opts.Getenv("GITLAB_TOKEN"), "oauth2"
		}
	}
	if tok == "" {
		return ""
	}
	r.red.add(tok)
	b64 := base64.StdEncoding.EncodeToString([]byte(user + ":" + tok))
	r.red.add(b64)
	return "Authorization: Basic " + b64
}

// run executes git with the safety configuration; stdout is returned,
// stderr summarized into the error.
func (g *gitRunner) run(ctx context.Context, stdin io.Reader, stdout io.Writer, args ...string) error {
	cmd := exec.CommandContext(ctx, g.r.opts.GitPath, append(append([]string{}, gitConfigArgs...), args...)...)
	cmd.Dir = g.dir
	cmd.Env = g.env
	cmd.Stdin = stdin
	cmd.Stdout = stdout
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{b: &stderr, max: 8 << 10}
	detach(cmd)
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return errors.New("the git program is needed to fetch repositories and was not found on PATH; install git")
		}
		if ctx.Err() != nil {
			return fmt.Errorf("git %s: %w", args[0], ctx.Err())
		}
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 1000 {
			msg = msg[len(msg)-1000:]
		}
		return fmt.Errorf("git %s failed: %s", args[0], g.r.red.str(msg))
	}
	return nil
}

func (g *gitRunner) output(ctx context.Context, args ...string) (string, error) {
	var out bytes.Buffer
	err := g.run(ctx, nil, &limitedBuffer{b: &out, max: 16 << 20}, args...)
	return out.String(), err
}

type limitedBuffer struct {
	b   *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

var hexRe = regexp.MustCompile(`^[0-9a-f]{7,64}$`)

func isFullHash(s string) bool { return hexRe.MatchString(s) && (len(s) == 40 || len(s) == 64) }

// gitPickRef chooses from ls-remote output the commit a ref names: HEAD
// for "", else a tag (peeled), a branch, or a full ref name.
func gitPickRef(lsRemote, ref string) string {
	refs := map[string]string{}
	for _, line := range strings.Split(lsRemote, "\n") {
		sha, name, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok {
			refs[name] = sha
		}
	}
	if ref == "" {
		return refs["HEAD"]
	}
	for _, n := range []string{"refs/tags/" + ref + "^{}", "refs/tags/" + ref, "refs/heads/" + ref, ref + "^{}", ref} {
		if s, ok := refs[n]; ok {
			return s
		}
	}
	return ""
}

func (r *resolver) resolveGit(ctx context.Context, repoURL, ref, subdir string) (*Target, error) {
	shown := redactString(repoURL)
	if u, err := url.Parse(repoURL); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			r.red.add(p)
		}
	}
	label := shown
	if ref != "" {
		label += "@" + ref
	}
	refKey := cacheKey("git-ref", shown, ref)
	var rec struct{ Commit string }
	var commit string
	switch {
	case isFullHash(ref):
		commit = ref
	case r.cache.offline:
		if !r.cache.readMeta(refKey, &rec) {
			return nil, r.cache.missing("git repository " + label)
		}
		commit = rec.Commit
	}
	finish := func(dir string, cleanup func() error) (*Target, error) {
		t := &Target{Kind: KindGit, Resolved: shown + "@" + commit, Digest: commit, Dir: dir, cleanup: cleanup}
		if subdir != "" {
			sd, err := cleanName(subdir)
			if err != nil {
				t.Close()
				return nil, fmt.Errorf("repository subfolder %q: %v", subdir, err)
			}
			t.Dir = filepath.Join(dir, filepath.FromSlash(sd))
			if fi, err := os.Stat(t.Dir); err != nil || !fi.IsDir() {
				t.Close()
				return nil, fmt.Errorf("repository %s has no folder %s at %s", shown, sd, commit)
			}
		}
		return t, nil
	}
	if commit != "" {
		if dir, ok := r.cache.lookupTree(cacheKey("git", commit)); ok {
			return finish(dir, nil)
		}
		if r.cache.offline {
			return nil, r.cache.missing("git repository " + shown + "@" + commit)
		}
	}

	work, err := r.cache.stagingDir()
	if err != nil {
		return nil, err
	}
	defer removeTree(work)
	g := r.newGitRunner(repoURL, work)
	ctx, cancel := r.ctxTimeout(ctx)
	defer cancel()
	r.prog.printf("fetching git %s\n", label)

	if commit == "" {
		pattern := ref
		if pattern == "" {
			pattern = "HEAD"
		}
		out, err := g.output(ctx, "ls-remote", "--", repoURL, pattern)
		if err != nil {
			return nil, gitHint(shown, err)
		}
		commit = gitPickRef(out, ref)
		if commit == "" && !hexRe.MatchString(ref) {
			if ref == "" {
				return nil, fmt.Errorf("git repository %s has no default branch (HEAD); name a branch, tag or commit with @ref", shown)
			}
			return nil, fmt.Errorf("git repository %s has no branch or tag %q", shown, ref)
		}
		if commit != "" {
			if dir, ok := r.cache.lookupTree(cacheKey("git", commit)); ok {
				r.cache.writeMeta(refKey, struct{ Commit string }{commit})
				return finish(dir, nil)
			}
		}
	}
	gitDir := filepath.Join(work, "repo.git")
	if _, err := g.output(ctx, "init", "--bare", "-q", gitDir); err != nil {
		return nil, err
	}
	gd := "--git-dir=" + gitDir
	want := commit
	if want == "" {
		want = ref // a short commit hash: needs the full history to expand
	}
	fetched := false
	if isFullHash(want) {
		_, err := g.output(ctx, gd, "fetch", "-q", "--depth=1", "--no-tags", "--no-recurse-submodules", "--", repoURL, want)
		fetched = err == nil
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
	}
	if !fetched {
		// The server does not serve commits by hash (or the hash is short):
		// fetch branches and tags, then find the commit among them.
		if _, err := g.output(ctx, gd, "fetch", "-q", "--no-recurse-submodules", "--", repoURL, "+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"); err != nil {
			return nil, gitHint(shown, err)
		}
	}
	full, err := g.output(ctx, gd, "rev-parse", "--verify", "--end-of-options", want+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("git repository %s has no commit %s", shown, want)
	}
	commit = strings.TrimSpace(full)
	r.cache.writeMeta(refKey, struct{ Commit string }{commit})
	var skipped []string
	dir, cleanup, err := r.cache.materialize(cacheKey("git", commit), "git repository "+shown+"@"+commit, func(dst string) error {
		// Lenient: a repository with one absolute symlink is still worth
		// scanning; the link is simply not created.
		w := newWriter(dst, r.limits())
		w.lenient = true
		err := g.writeTree(ctx, gd, commit, w)
		skipped = w.skipped
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("git repository %s@%s: %w", shown, commit, err)
	}
	t, err := finish(dir, cleanup)
	if t != nil && len(skipped) > 0 {
		t.Notes = append(t.Notes, "not written: "+strings.Join(skipped, "; "))
	}
	return t, err
}

func gitHint(shown string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Authentication failed"), strings.Contains(msg, "could not read Username"),
		strings.Contains(msg, "Permission denied"), strings.Contains(msg, "403"), strings.Contains(msg, "401"):
		return fmt.Errorf("git repository %s: access denied: %w; configure a git credential helper, GIT_ASKPASS, an SSH key in your agent, or MCPSAFE_GIT_TOKEN", shown, err)
	case strings.Contains(msg, "not found"), strings.Contains(msg, "does not exist"):
		return fmt.Errorf("git repository %s was not found (or is private): %w", shown, err)
	}
	return fmt.Errorf("git repository %s: %w", shown, err)
}

// writeTree streams the commit's tree into w: ls-tree lists paths and
// modes, cat-file --batch supplies blob contents. Submodules are skipped.
func (g *gitRunner) writeTree(ctx context.Context, gd, commit string, w *writer) error {
	list, err := g.output(ctx, gd, "ls-tree", "-r", "-z", "--full-tree", commit)
	if err != nil {
		return err
	}
	type item struct{ mode, oid, path string }
	var items []item
	for _, rec := range strings.Split(list, "\x00") {
		meta, p, ok := strings.Cut(rec, "\t")
		if !ok {
			continue
		}
		f := strings.Fields(meta)
		if len(f) != 3 {
			continue
		}
		if f[1] != "blob" { // "commit": a submodule, never fetched
			continue
		}
		items = append(items, item{f[0], f[2], p})
	}
	if len(items) == 0 {
		return w.finish()
	}
	var in bytes.Buffer
	for _, it := range items {
		in.WriteString(it.oid + "\n")
	}
	pr, pw := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		errc <- g.run(ctx, &in, pw, gd, "cat-file", "--batch")
		pw.Close()
	}()
	br := bufio.NewReaderSize(pr, 64<<10)
	var werr error
	for _, it := range items {
		hdr, err := br.ReadString('\n')
		if err != nil {
			werr = fmt.Errorf("reading git objects: %v", err)
			break
		}
		f := strings.Fields(hdr)
		if len(f) != 3 || f[0] != it.oid {
			werr = fmt.Errorf("unexpected git cat-file output %q", strings.TrimSpace(hdr))
			break
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil {
			werr = err
			break
		}
		body := io.LimitReader(br, size)
		switch it.mode {
		case "120000":
			target, _ := io.ReadAll(io.LimitReader(body, 4097))
			werr = w.add(entry{name: it.path, typ: entSymlink, link: string(target)}, nil)
		default:
			werr = w.add(entry{name: it.path, typ: entFile}, body)
		}
		if werr == nil {
			_, werr = io.Copy(io.Discard, body) // the rest of a skipped object
		}
		if werr == nil {
			_, werr = br.Discard(1) // the newline after each object
		}
		if werr != nil {
			break
		}
	}
	if werr != nil {
		pr.CloseWithError(werr)
		<-errc
		return werr
	}
	io.Copy(io.Discard, br)
	if err := <-errc; err != nil {
		return err
	}
	return w.finish()
}
