package deps

import (
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/npm"
)

// npmSections are the package.json dependency tables, in the order npm
// documents them.
var npmSections = []struct {
	key           string
	dev, optional bool
}{
	{"dependencies", false, false},
	{"devDependencies", true, false},
	{"peerDependencies", false, true},
	{"optionalDependencies", false, true},
}

func parsePackageJSON(r *Result, data []byte) {
	root, err := parseJSON(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	if root.kind != 'o' {
		r.diag(root.line, "not a package.json: the top level is not an object")
		return
	}
	if m, ok := root.memberOf("name"); ok && m.val.kind == 's' {
		r.Project, r.ProjectLine = m.val.str, m.line
	}
	for _, sec := range npmSections {
		tbl := root.get(sec.key)
		if tbl == nil {
			continue
		}
		if tbl.kind != 'o' {
			r.diag(tbl.line, "%s is not an object; ignored", sec.key)
			continue
		}
		for _, m := range tbl.members {
			spec := ""
			if m.val.kind == 's' {
				spec = m.val.str
			} else {
				r.diag(m.line, "%s.%s: the version is not a string; ignored", sec.key, m.key)
				continue
			}
			d := npmDeclared(m.key, spec)
			d.Line, d.Direct, d.Dev, d.Optional = m.line, true, sec.dev, sec.optional
			r.add(d)
		}
	}
	if scripts := root.get("scripts"); scripts != nil && scripts.kind == 'o' {
		for _, m := range scripts.members {
			if m.val.kind == 's' {
				r.Scripts = append(r.Scripts, Script{Name: m.key, Command: m.val.str, Line: m.line})
			}
		}
	}
}

// memberOf returns the member for key with its line.
func (n *jnode) memberOf(key string) (jmember, bool) {
	if n == nil || n.kind != 'o' {
		return jmember{}, false
	}
	for i := len(n.members) - 1; i >= 0; i-- {
		if n.members[i].key == key {
			return n.members[i], true
		}
	}
	return jmember{}, false
}

// npmDeclared reads a package.json value the way npm-package-arg does:
// "npm:" aliases, git and tarball URLs, GitHub shorthands, local paths and
// workspace/catalog protocols are sources; anything else is a range or a
// dist-tag, kept as the constraint.
func npmDeclared(key, spec string) Dependency {
	d := Dependency{Ecosystem: NPM, Name: key}
	spec = strings.TrimSpace(spec)
	if rest, ok := strings.CutPrefix(spec, "npm:"); ok {
		name, rng := splitNameAt(rest)
		if name != "" && name != key {
			d.Name, d.Alias = name, key
		}
		spec = rng
	}
	if src := npmSource(spec); src {
		d.Source = spec
		return d
	}
	d.Constraint = spec
	if rg, err := npm.ParseRange(spec); err == nil {
		if v, ok := rg.Exact(); ok {
			d.Version = v.String()
		}
	}
	return d
}

// npmSource reports whether a spec names a non-registry source.
func npmSource(spec string) bool {
	for _, p := range []string{"git+", "git://", "github:", "gitlab:", "bitbucket:", "gist:",
		"http://", "https://", "file:", "link:", "workspace:", "catalog:", "portal:", "patch:",
		"exec:", "jsr:", "./", "../", "/", "~/"} {
		if strings.HasPrefix(spec, p) {
			return true
		}
	}
	// "user/repo" and "user/repo#ref" are GitHub shorthands; no range has a
	// slash.
	return strings.Contains(spec, "/")
}

// splitNameAt splits "name@range" or "@scope/name@range" at the version "@".
func splitNameAt(s string) (string, string) {
	i := strings.LastIndex(s, "@")
	if i <= 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func parsePackageLock(r *Result, data []byte) {
	root, err := parseJSON(data)
	if err != nil {
		r.diag(0, "%v", err)
		return
	}
	if root.kind != 'o' {
		r.diag(root.line, "not a package-lock.json: the top level is not an object")
		return
	}
	if m, ok := root.memberOf("name"); ok && m.val.kind == 's' {
		r.Project, r.ProjectLine = m.val.str, m.line
	}
	if pkgs := root.get("packages"); pkgs != nil && pkgs.kind == 'o' {
		lockPackages(r, pkgs)
		return
	}
	if deps := root.get("dependencies"); deps != nil && deps.kind == 'o' {
		lockV1(r, deps, 0)
		return
	}
	if root.get("lockfileVersion") == nil {
		r.diag(root.line, "not a package-lock.json: no lockfileVersion, packages or dependencies")
	}
}

// lockPackages reads the "packages" map of lockfile v2 and v3: keys are
// install paths ("node_modules/a/node_modules/b"), "" is the root project
// and keys without node_modules are workspace folders.
func lockPackages(r *Result, pkgs *jnode) {
	direct := map[string]map[string]bool{}
	for _, m := range pkgs.members {
		if strings.Contains(m.key, "node_modules/") || m.val.kind != 'o' {
			continue
		}
		names := map[string]bool{}
		for _, sec := range npmSections {
			if t := m.val.get(sec.key); t != nil && t.kind == 'o' {
				for _, dm := range t.members {
					names[dm.key] = true
				}
			}
		}
		direct[strings.TrimSuffix(m.key, "/")] = names
	}
	for _, m := range pkgs.members {
		idx := strings.LastIndex(m.key, "node_modules/")
		if idx < 0 || m.val.kind != 'o' {
			continue
		}
		e := m.val
		if e.getBool("link") {
			// A symlink to a workspace folder: the project's own code.
			continue
		}
		installed := m.key[idx+len("node_modules/"):]
		d := Dependency{Ecosystem: NPM, Name: installed, Line: m.line}
		if real := e.getStr("name"); real != "" && real != installed {
			d.Name, d.Alias = real, installed
		}
		ver := e.getStr("version")
		if _, err := npm.Parse(ver); err == nil {
			d.Version = ver
		} else if ver != "" {
			d.Source = ver
		}
		if res := e.getStr("resolved"); res != "" && !isRegistryTarball(res) {
			d.Source = res
		}
		// Direct: installed straight under the root or a workspace folder,
		// and declared by it.
		if owner := strings.TrimSuffix(m.key[:idx], "/"); !strings.Contains(owner, "node_modules") {
			d.Direct = direct[owner][installed]
		}
		d.Dev = e.getBool("dev")
		d.Optional = e.getBool("optional") || e.getBool("peer") || e.getBool("devOptional")
		r.add(d)
	}
}

// isRegistryTarball reports whether a resolved URL is a registry tarball
// (".../-/name-1.0.0.tgz"), as opposed to a git or file source.
func isRegistryTarball(u string) bool {
	return (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && strings.Contains(u, "/-/")
}

// lockV1 reads lockfile v1's nested "dependencies" tree. v1 does not record
// which packages the project declares, so Direct stays false.
func lockV1(r *Result, deps *jnode, depth int) {
	if depth > 64 {
		r.diag(deps.line, "dependencies nested deeper than 64 levels; the rest are ignored")
		return
	}
	for _, m := range deps.members {
		if m.val.kind != 'o' {
			continue
		}
		e := m.val
		d := Dependency{Ecosystem: NPM, Name: m.key, Line: m.line, Dev: e.getBool("dev"), Optional: e.getBool("optional")}
		ver := e.getStr("version")
		if rest, ok := strings.CutPrefix(ver, "npm:"); ok {
			real, v := splitNameAt(rest)
			d.Name, d.Alias, ver = real, m.key, v
		}
		if _, err := npm.Parse(ver); err == nil {
			d.Version = ver
		} else if ver != "" {
			d.Source = ver
		}
		if res := e.getStr("resolved"); res != "" && !isRegistryTarball(res) {
			d.Source = res
		}
		r.add(d)
		if nested := e.get("dependencies"); nested != nil && nested.kind == 'o' {
			lockV1(r, nested, depth+1)
		}
	}
}
