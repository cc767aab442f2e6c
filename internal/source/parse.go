package source

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/google/go-containerregistry/pkg/name"
	"golang.org/x/mod/module"
)

// Spec is a parsed target reference: what kind of thing it names and how to
// ask for it. Parse produces it without touching the network.
type Spec struct {
	Kind string // one of the Kind* constants
	Ref  string // the reference as given
	// Name is the local path (absolute), package name, Go module path,
	// git URL, full image reference, remote archive URL or registry ID.
	Name string
	// Version is the version, range, dist-tag, PEP 440 specifier, Go version
	// query or git ref asked for; empty means the latest / default branch.
	Version string
}

// String is the explicit, unambiguous spelling of the spec; it is what an
// ambiguity error offers the user to type.
func (s Spec) String() string {
	at := func(sep string) string {
		if s.Version == "" {
			return ""
		}
		return sep + s.Version
	}
	switch s.Kind {
	case KindDir, KindFile, KindArchive:
		return s.Name
	case KindNPM:
		return "npm:" + s.Name + at("@")
	case KindPyPI:
		v := s.Version
		if v != "" && !strings.ContainsAny(v[:1], "=<>!~") {
			v = "==" + v
		}
		return "pypi:" + s.Name + v
	case KindGo:
		return "go:" + s.Name + at("@")
	case KindGit:
		return "git:" + s.Name + at("@")
	case KindOCI:
		return "docker:" + s.Name
	case KindMCPRegistry:
		return "mcp:" + s.Name + at("@")
	}
	return s.Ref
}

// AmbiguousError reports a reference with more than one reading. Readings
// are explicit spellings the user can pass instead.
type AmbiguousError struct {
	Ref      string
	Readings []Reading
}

// Reading is one interpretation of an ambiguous reference.
type Reading struct {
	Spelling string // what to type to mean this
	Meaning  string // what it would scan
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "target %q is ambiguous; it could mean:", e.Ref)
	for _, r := range e.Readings {
		fmt.Fprintf(&b, "\n  %-40s %s", r.Spelling, r.Meaning)
	}
	b.WriteString("\nwrite one of these instead to choose")
	return b.String()
}

var (
	npmNameRe  = regexp.MustCompile(`^(?:@[a-zA-Z0-9~-][a-zA-Z0-9._~-]*/)?[a-zA-Z0-9~-][a-zA-Z0-9._~-]*$`)
	pypiNameRe = regexp.MustCompile(`^(?i:[a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$`)
	// mcpIDRe is the server name pattern of the MCP registry's server.json
	// schema, with a reverse-DNS namespace (it must contain a dot).
	mcpIDRe = regexp.MustCompile(`^[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+/[a-zA-Z0-9._-]+$`)
	// GitHub owners are letters, digits and dashes; repositories add . and _.
	ghShortRe = regexp.MustCompile(`^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,38})/[a-zA-Z0-9._-]+$`)
	// scpLikeRe is git's user@host:path form.
	scpLikeRe = regexp.MustCompile(`^[a-zA-Z0-9._~-]+@[a-zA-Z0-9.-]+:[^/].*$|^[a-zA-Z0-9._~-]+@[a-zA-Z0-9.-]+:/.+$`)
	pypiOpRe  = regexp.MustCompile(`(===|==|!=|~=|>=|<=|>|<)`)
)

var archiveExts = []string{".tar.gz", ".tgz", ".zip", ".whl", ".tar", ".mcpb"}

func hasArchiveExt(p string) bool {
	l := strings.ToLower(p)
	for _, e := range archiveExts {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// Parse reads a target reference without touching the network. It does look
// at the local file system, because a bare word such as "server" may be both
// a folder here and an npm package: such a reference is an *AmbiguousError
// that lists the explicit spellings.
//
// Forms (see the README): a path; an archive (.tgz .tar.gz .tar .zip .whl
// .mcpb, local or https); npm names (name, @scope/name, name@range,
// npm:name@version|range|tag); PyPI (pypi:name, name==1.2.3,
// pypi:name>=1.0); Go (go:module@version); git (owner/repo, git:…,
// github:owner/repo, https://, ssh://, git@host:path, each with @ref);
// images (docker:image[:tag|@digest], oci:…); MCP registry IDs
// (io.github.owner/name, mcp:ID[@version]); and package URLs (pkg:npm/…,
// pkg:pypi/…, pkg:golang/…, pkg:github/…, pkg:docker/…).
func Parse(ref string, opts Options) (Spec, error) {
	s, err := parse(ref, opts)
	s.Ref = ref
	return s, err
}

func parse(ref string, opts Options) (Spec, error) {
	r := strings.TrimSpace(ref)
	if r == "" {
		return Spec{}, errors.New("empty target: give a folder, file, archive, package name, repository, image or MCP registry ID")
	}
	if strings.ContainsFunc(r, func(c rune) bool { return c < 0x20 || c == 0x7f }) {
		return Spec{}, fmt.Errorf("target %q contains control characters", redactString(r))
	}
	if len(r) > 4096 {
		return Spec{}, errors.New("target is longer than 4096 characters")
	}
	lower := strings.ToLower(r)

	// Package URLs and explicit prefixes say what they are.
	if strings.HasPrefix(lower, "pkg:") {
		return parsePURL(r)
	}
	for _, p := range []struct {
		prefix string
		fn     func(string) (Spec, error)
	}{
		{"npm:", parseNPM},
		{"pypi:", parsePyPI},
		{"go:", parseGo},
		{"github:", func(s string) (Spec, error) { return parseGitShorthand(s, true) }},
		{"docker://", parseOCI},
		{"docker:", parseOCI},
		{"oci:", parseOCI},
		{"mcp:", parseMCP},
	} {
		if strings.HasPrefix(lower, p.prefix) {
			return p.fn(r[len(p.prefix):])
		}
	}
	if strings.HasPrefix(lower, "git:") && !strings.HasPrefix(lower, "git://") {
		rest := r[len("git:"):]
		if ghShortRe.MatchString(stripRef(rest)) {
			return parseGitShorthand(rest, true)
		}
		return parseGitURL(rest)
	}
	if strings.HasPrefix(lower, "file://") {
		return parseLocal(r[len("file://"):], opts, true)
	}
	if strings.HasPrefix(lower, "file:") {
		return parseLocal(r[len("file:"):], opts, true)
	}

	// URLs.
	if i := strings.Index(r, "://"); i > 0 {
		scheme := lower[:i]
		switch scheme {
		case "https", "http":
			u, err := url.Parse(r)
			if err != nil || u.Host == "" {
				return Spec{}, fmt.Errorf("target %q is not a valid URL", redactString(r))
			}
			if hasArchiveExt(u.Path) {
				return Spec{Kind: KindArchive, Name: r}, nil
			}
			return parseGitURL(r)
		case "ssh", "git", "git+https", "git+ssh", "git+http":
			return parseGitURL(r)
		}
		return Spec{}, fmt.Errorf("target %q uses the unsupported URL scheme %q: use https://, ssh:// or git:// for repositories", redactString(r), scheme)
	}
	if scpLikeRe.MatchString(r) {
		return parseGitURL(r)
	}

	// Explicit paths.
	if r == "." || r == ".." || strings.HasPrefix(r, "/") || strings.HasPrefix(r, "./") ||
		strings.HasPrefix(r, "../") || strings.HasPrefix(r, "~/") || r == "~" {
		return parseLocal(r, opts, true)
	}

	// Everything else is a bare word: collect the readings.
	var readings []Spec
	if local, err := parseLocal(r, opts, false); err == nil {
		readings = append(readings, local)
	}
	var firstErr error
	add := func(s Spec, err error) {
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return
		}
		readings = append(readings, s)
	}
	switch {
	case hasArchiveExt(r):
		// Nobody names a package "x.tgz": an archive name is a path.
		if len(readings) == 0 {
			return Spec{}, fmt.Errorf("archive %s not found: check the path", r)
		}
		return readings[0], nil
	case strings.Contains(r, "=="), strings.Contains(r, "~="), strings.Contains(r, ">="), strings.Contains(r, "<="):
		add(parsePyPI(r))
	case strings.HasPrefix(r, "@"):
		add(parseNPM(r))
	case strings.Contains(stripRef(r), "/"):
		base := stripRef(r)
		first := base[:strings.Index(base, "/")]
		slashes := strings.Count(base, "/")
		switch {
		case strings.Contains(first, ".") && slashes == 1 && mcpIDRe.MatchString(base):
			add(parseMCP(r))
		case strings.Contains(first, ".") && slashes >= 2:
			// host/owner/repo: a Go module path or a repository without scheme.
			add(parseGo(r))
			add(parseGitURL("https://" + r))
		case ghShortRe.MatchString(base):
			add(parseGitShorthand(r, false))
		}
	default:
		if s, err := parseNPM(r); err == nil {
			readings = append(readings, s)
		}
	}
	if len(readings) == 0 && firstErr != nil {
		return Spec{}, firstErr
	}
	switch len(readings) {
	case 0:
		return Spec{}, fmt.Errorf("target %q is not a path that exists, nor a package, repository, image or registry ID this tool knows how to read; "+
			"prefix it to say what it is: npm:, pypi:, go:, git:, docker: or mcp:", redactString(r))
	case 1:
		return readings[0], nil
	}
	amb := &AmbiguousError{Ref: r}
	for _, s := range readings {
		amb.Readings = append(amb.Readings, Reading{Spelling: spelling(s, r), Meaning: meaning(s)})
	}
	return Spec{}, amb
}

func spelling(s Spec, raw string) string {
	if s.Kind == KindDir || s.Kind == KindFile || s.Kind == KindArchive {
		return "./" + strings.TrimPrefix(raw, "./")
	}
	return s.String()
}

func meaning(s Spec) string {
	switch s.Kind {
	case KindDir:
		return "the local folder"
	case KindFile:
		return "the local file"
	case KindArchive:
		return "the local archive"
	case KindNPM:
		return "the npm package"
	case KindPyPI:
		return "the PyPI package"
	case KindGo:
		return "the Go module"
	case KindGit:
		return "the git repository " + redactString(s.Name)
	case KindOCI:
		return "the container image"
	case KindMCPRegistry:
		return "the MCP registry entry"
	}
	return s.Kind
}

// stripRef removes a trailing @ref (not a leading @scope).
func stripRef(s string) string {
	if i := strings.LastIndex(s, "@"); i > 0 {
		return s[:i]
	}
	return s
}

// parseLocal reads a path. With must set, a missing path is an error;
// otherwise a missing path simply is not a reading.
func parseLocal(p string, opts Options, must bool) (Spec, error) {
	orig := p
	if p == "~" || strings.HasPrefix(p, "~/") {
		home := opts.HomeDir
		if home == "" {
			home, _ = os.UserHomeDir()
		}
		p = filepath.Join(home, strings.TrimPrefix(p, "~"))
	}
	if !filepath.IsAbs(p) {
		wd := opts.WorkDir
		if wd == "" {
			wd, _ = os.Getwd()
		}
		p = filepath.Join(wd, p)
	}
	fi, err := os.Stat(p)
	if err != nil {
		if must {
			if errors.Is(err, os.ErrNotExist) {
				return Spec{}, fmt.Errorf("%s does not exist: check the path", orig)
			}
			return Spec{}, fmt.Errorf("cannot read %s: %v", orig, errors.Unwrap(err))
		}
		return Spec{}, err
	}
	switch {
	case fi.IsDir():
		return Spec{Kind: KindDir, Name: p}, nil
	case hasArchiveExt(p):
		return Spec{Kind: KindArchive, Name: p}, nil
	case fi.Mode().IsRegular():
		return Spec{Kind: KindFile, Name: p}, nil
	}
	return Spec{}, fmt.Errorf("%s is neither a folder nor a regular file", orig)
}

func parseNPM(s string) (Spec, error) {
	nm, ver := s, ""
	if i := strings.LastIndex(s, "@"); i > 0 {
		nm, ver = s[:i], strings.TrimSpace(s[i+1:])
	}
	if len(nm) > 214 || !npmNameRe.MatchString(nm) {
		return Spec{}, fmt.Errorf("%q is not a valid npm package name", nm)
	}
	return Spec{Kind: KindNPM, Name: nm, Version: ver}, nil
}

func parsePyPI(s string) (Spec, error) {
	s = strings.TrimSpace(s)
	nm, ver := s, ""
	if loc := pypiOpRe.FindStringIndex(s); loc != nil {
		nm, ver = strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[0]:])
	} else if i := strings.LastIndex(s, "@"); i > 0 {
		nm, ver = s[:i], "=="+strings.TrimSpace(s[i+1:])
	}
	// Extras ("name[cli]") do not change what is downloaded.
	if i := strings.Index(nm, "["); i > 0 && strings.HasSuffix(nm, "]") {
		nm = nm[:i]
	}
	if !pypiNameRe.MatchString(nm) {
		return Spec{}, fmt.Errorf("%q is not a valid PyPI project name", nm)
	}
	if ver != "" {
		if _, err := parseSpecifierSet(ver); err != nil {
			return Spec{}, fmt.Errorf("pypi:%s: %v", nm, err)
		}
	}
	return Spec{Kind: KindPyPI, Name: nm, Version: ver}, nil
}

func parseGo(s string) (Spec, error) {
	mod, ver := s, ""
	if i := strings.LastIndex(s, "@"); i > 0 {
		mod, ver = s[:i], s[i+1:]
	}
	if err := module.CheckPath(mod); err != nil {
		return Spec{}, fmt.Errorf("%q is not a valid Go module path: %v", mod, err)
	}
	if ver == "" {
		ver = "latest"
	}
	if strings.ContainsAny(ver, " \t/\\") {
		return Spec{}, fmt.Errorf("%q is not a valid Go version query", ver)
	}
	return Spec{Kind: KindGo, Name: mod, Version: ver}, nil
}

func parseGitShorthand(s string, explicit bool) (Spec, error) {
	base, ref := s, ""
	if i := strings.LastIndex(s, "@"); i > 0 {
		base, ref = s[:i], s[i+1:]
	}
	if !ghShortRe.MatchString(base) {
		return Spec{}, fmt.Errorf("%q is not a GitHub owner/repo", base)
	}
	if err := checkGitRef(ref); err != nil {
		return Spec{}, err
	}
	return Spec{Kind: KindGit, Name: "https://github.com/" + strings.TrimSuffix(base, ".git") + ".git", Version: ref}, nil
}

// parseGitURL splits URL[@ref]. The ref is the last @ in the path part, so
// user@ in the authority (ssh://git@host/…, git@host:…) is kept.
func parseGitURL(s string) (Spec, error) {
	pathStart := 0
	if i := strings.Index(s, "://"); i >= 0 {
		rest := s[i+3:]
		j := strings.Index(rest, "/")
		if j < 0 {
			return Spec{}, fmt.Errorf("repository URL %q has no path", redactString(s))
		}
		pathStart = i + 3 + j
	} else if scpLikeRe.MatchString(s) {
		pathStart = strings.Index(s, ":")
	}
	u, ref := s, ""
	if i := strings.LastIndex(s[pathStart:], "@"); i >= 0 {
		u, ref = s[:pathStart+i], s[pathStart+i+1:]
	}
	u = strings.TrimPrefix(u, "git+")
	if strings.Contains(u, "://") {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			return Spec{}, fmt.Errorf("repository URL %q is not valid", redactString(s))
		}
		if pu.RawQuery != "" || pu.Fragment != "" {
			return Spec{}, fmt.Errorf("repository URL %q: remove the query or fragment; use @ref to pick a branch, tag or commit", redactString(s))
		}
	}
	if strings.HasPrefix(u, "-") || strings.ContainsAny(u, " \t") {
		return Spec{}, fmt.Errorf("repository URL %q is not valid", redactString(s))
	}
	if err := checkGitRef(ref); err != nil {
		return Spec{}, err
	}
	return Spec{Kind: KindGit, Name: u, Version: ref}, nil
}

// checkGitRef rejects refs that git would read as options or that no git
// ref can spell.
func checkGitRef(ref string) error {
	if ref == "" {
		return nil
	}
	if strings.HasPrefix(ref, "-") || strings.ContainsAny(ref, " \t~^:?*[\\") || strings.Contains(ref, "..") {
		return fmt.Errorf("%q is not a valid git branch, tag or commit", ref)
	}
	return nil
}

func parseOCI(s string) (Spec, error) {
	s = strings.TrimPrefix(s, "//")
	if _, err := name.ParseReference(s); err != nil {
		return Spec{}, fmt.Errorf("%q is not a valid image reference: %v", s, err)
	}
	return Spec{Kind: KindOCI, Name: s}, nil
}

func parseMCP(s string) (Spec, error) {
	id, ver := s, ""
	if i := strings.LastIndex(s, "@"); i > 0 {
		id, ver = s[:i], s[i+1:]
	}
	if len(id) > 200 || !mcpIDRe.MatchString(id) {
		return Spec{}, fmt.Errorf("%q is not an MCP registry server name (reverse-DNS namespace/name, such as io.github.owner/server)", id)
	}
	return Spec{Kind: KindMCPRegistry, Name: id, Version: ver}, nil
}

// parsePURL reads a package URL (https://github.com/package-url/purl-spec):
// pkg:type/namespace/name@version?qualifiers#subpath.
func parsePURL(s string) (Spec, error) {
	rest := s[len("pkg:"):]
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimLeft(rest, "/")
	typ, path, ok := strings.Cut(rest, "/")
	if !ok {
		return Spec{}, fmt.Errorf("package URL %q has no name", s)
	}
	ver := ""
	if i := strings.LastIndex(path, "@"); i > 0 {
		path, ver = path[:i], path[i+1:]
	}
	dec := func(x string) (string, error) {
		out, err := url.PathUnescape(x)
		if err != nil {
			return "", fmt.Errorf("package URL %q: %v", s, err)
		}
		return out, nil
	}
	p, err := dec(path)
	if err != nil {
		return Spec{}, err
	}
	v, err := dec(ver)
	if err != nil {
		return Spec{}, err
	}
	switch strings.ToLower(typ) {
	case "npm":
		if v != "" {
			p += "@" + v
		}
		return parseNPM(p)
	case "pypi":
		if v != "" {
			p += "==" + v
		}
		return parsePyPI(p)
	case "golang":
		if v != "" {
			p += "@" + v
		}
		return parseGo(p)
	case "github":
		if v != "" {
			p += "@" + v
		}
		return parseGitShorthand(p, true)
	case "docker", "oci":
		if v != "" {
			if strings.Contains(v, ":") {
				p += "@" + v
			} else {
				p += ":" + v
			}
		}
		return parseOCI(p)
	}
	return Spec{}, fmt.Errorf("package URL type %q is not supported: use npm, pypi, golang, github or docker", typ)
}
