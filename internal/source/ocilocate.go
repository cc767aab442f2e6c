package source

import (
	"bytes"
	"path"
	"regexp"
	"sort"
	"strings"

	v1 "github.com/google/go-containerregistry/pkg/v1"
)

// Finding the server's code in an image. The image's own metadata says
// how the server starts, so that comes first: each word of ENTRYPOINT +
// CMD that names a file (relative words against WORKDIR, bare commands
// along the image's PATH, symbolic links followed inside the image) is a
// lead. A JavaScript, TypeScript or Python file leads to the nearest folder
// above it with a project manifest; a console script in a bin folder (as
// pip and npm install them) leads, through its "from X import" line or its
// link into node_modules, to the installed package in site-packages or
// node_modules; "python -m X" leads to package X in site-packages. Without
// a lead, WORKDIR is used, then conventional application folders; the
// whole file system (minus OS trees) is the last resort. No name of any
// particular server is known here.

var (
	manifestNames = []string{"package.json", "pyproject.toml", "setup.py", "setup.cfg", "go.mod", "requirements.txt"}
	sourceExts    = []string{".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".py", ".go"}
	pyImportRe    = regexp.MustCompile(`(?m)^\s*from\s+([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_.]+)?\s+import\s`)
	conventional  = []string{"app", "usr/src/app", "opt/app", "srv/app", "home/node/app", "home/app", "code", "workspace", "src", "srv", "opt"}
)

// resolve follows symbolic links inside the image (at most 40 hops, like
// the kernel), returning the final cleaned path.
func (idx imageIndex) resolve(p string) (string, bool) {
	for hops := 0; hops < 40; hops++ {
		// Resolve links in parent folders first.
		parts := strings.Split(p, "/")
		changed := false
		for i := 1; i <= len(parts); i++ {
			pre := strings.Join(parts[:i], "/")
			n, ok := idx[pre]
			if !ok || n.typ != entSymlink {
				continue
			}
			var t string
			if strings.HasPrefix(n.link, "/") {
				t = strings.TrimPrefix(path.Clean(n.link), "/")
			} else {
				t = strings.TrimPrefix(path.Join(path.Dir(pre), n.link), "/")
			}
			if strings.HasPrefix(t, "..") {
				t = ""
			}
			p = path.Join(append([]string{t}, parts[i:]...)...)
			changed = true
			break
		}
		if !changed {
			_, ok := idx[p]
			return p, ok
		}
	}
	return "", false
}

func (idx imageIndex) isDir(p string) bool {
	if p == "" {
		return true
	}
	n, ok := idx[p]
	return ok && n.typ == entDir || idx.hasChildren(p)
}

func (idx imageIndex) hasChildren(p string) bool {
	prefix := p + "/"
	for k := range idx {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

func isSourceFile(p string) bool {
	for _, e := range sourceExts {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}

// projectRoot walks up from a file to the nearest folder with a manifest.
func (idx imageIndex) projectRoot(file string) string {
	d := path.Dir(file)
	for d != "." && d != "/" && d != "" {
		for _, m := range manifestNames {
			if _, ok := idx[d+"/"+m]; ok {
				return d
			}
		}
		d = path.Dir(d)
	}
	return path.Dir(file)
}

// pythonPackage finds an installed top-level module in site-packages or
// dist-packages (a package folder or a single .py file).
func (idx imageIndex) pythonPackage(mod string) string {
	// Layers need not list folders, so a package is recognized by the
	// paths of its files.
	hits := map[string]bool{}
	for k, n := range idx {
		parts := strings.Split(k, "/")
		for i := 0; i+1 < len(parts); i++ {
			if parts[i] != "site-packages" && parts[i] != "dist-packages" {
				continue
			}
			switch {
			case parts[i+1] == mod && (i+2 < len(parts) || n.typ == entDir):
				hits[strings.Join(parts[:i+2], "/")] = true
			case parts[i+1] == mod+".py" && i+2 == len(parts):
				hits[k] = true
			}
		}
	}
	if len(hits) == 0 {
		return ""
	}
	list := make([]string, 0, len(hits))
	for h := range hits {
		list = append(list, h)
	}
	sort.Strings(list)
	return list[0]
}

func locateServer(idx imageIndex, cfg *v1.Config) (root, reason string) {
	wd := strings.Trim(path.Clean("/"+cfg.WorkingDir), "/")
	pathDirs := []string{"usr/local/sbin", "usr/local/bin", "usr/sbin", "usr/bin", "sbin", "bin"}
	for _, e := range cfg.Env {
		if v, ok := strings.CutPrefix(e, "PATH="); ok {
			pathDirs = nil
			for _, d := range strings.Split(v, ":") {
				if d = strings.Trim(path.Clean("/"+d), "/"); d != "" {
					pathDirs = append(pathDirs, d)
				}
			}
		}
	}
	args := append(append([]string{}, cfg.Entrypoint...), cfg.Cmd...)
	// A shell form ("/bin/sh -c 'node server.js'") is split into words.
	var words []string
	for _, a := range args {
		words = append(words, strings.Fields(a)...)
	}
	for i, w := range words {
		if w == "-m" && i+1 < len(words) {
			mod, _, _ := strings.Cut(words[i+1], ".")
			if p := idx.pythonPackage(mod); p != "" {
				return p, "the image runs `python -m " + words[i+1] + "`"
			}
		}
	}
	for _, w := range words {
		w = strings.Trim(w, `"'`)
		if w == "" || strings.HasPrefix(w, "-") || strings.ContainsAny(w, "=$;&|") {
			continue
		}
		var cands []string
		switch {
		case strings.HasPrefix(w, "/"):
			cands = []string{strings.TrimPrefix(path.Clean(w), "/")}
		case strings.Contains(w, "/") || isSourceFile(w):
			cands = []string{strings.TrimPrefix(path.Join(wd, w), "/")}
		default:
			for _, d := range pathDirs {
				cands = append(cands, d+"/"+w)
			}
			if wd != "" {
				cands = append(cands, wd+"/"+w)
			}
		}
		for _, c := range cands {
			real, ok := idx.resolve(c)
			if !ok {
				continue
			}
			n := idx[real]
			if n.typ == entDir {
				if idx.hasSource(real) {
					return real, "the image's command names this folder"
				}
				continue
			}
			if n.typ != entFile {
				continue
			}
			if isSourceFile(real) {
				return idx.projectRoot(real), "the image's command runs /" + real
			}
			if bytes.HasPrefix(n.head, []byte("#!")) && bytes.Contains(firstLine(n.head), []byte("python")) {
				if m := pyImportRe.FindSubmatch(n.head); m != nil {
					if p := idx.pythonPackage(string(m[1])); p != "" {
						return p, "the image's command /" + c + " is a console script of the installed Python package " + string(m[1])
					}
				}
			}
			if bytes.HasPrefix(n.head, []byte("#!")) && bytes.Contains(firstLine(n.head), []byte("node")) {
				return idx.projectRoot(real), "the image's command runs /" + real
			}
			break // a binary or a shell script: look at the next word
		}
	}
	if wd != "" && idx.isDir(wd) && idx.hasSource(wd) {
		return wd, "the image's WORKDIR"
	}
	for _, c := range conventional {
		if idx.isDir(c) && idx.hasSource(c) {
			return c, "a conventional application folder"
		}
	}
	return "", "could not tell where the server's code is in this image; scanned its whole file system (without OS folders)"
}

func (idx imageIndex) hasSource(dir string) bool {
	prefix := dir + "/"
	for k, n := range idx {
		if n.typ == entFile && strings.HasPrefix(k, prefix) && (isSourceFile(k) || isManifest(k)) {
			return true
		}
	}
	return false
}

func isManifest(p string) bool {
	b := path.Base(p)
	for _, m := range manifestNames {
		if b == m {
			return true
		}
	}
	return false
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}
