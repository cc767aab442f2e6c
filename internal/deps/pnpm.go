package deps

import (
	"strconv"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/npm"
	"go.yaml.in/yaml/v3"
)

// yamlPairs returns the key/value pairs of a mapping node (none for other
// kinds). Aliases are not followed: lockfiles do not use them, and a
// hostile file could use them to multiply work.
func yamlPairs(n *yaml.Node) [][2]*yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([][2]*yaml.Node, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, [2]*yaml.Node{n.Content[i], n.Content[i+1]})
	}
	return out
}

func yamlGet(n *yaml.Node, key string) *yaml.Node {
	for _, kv := range yamlPairs(n) {
		if kv[0].Value == key {
			return kv[1]
		}
	}
	return nil
}

func yamlStr(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

func parseYAML(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	return &doc, nil
}

// pnpmSections are the importer tables pnpm installs.
var pnpmSections = []struct {
	key           string
	dev, optional bool
}{
	{"dependencies", false, false},
	{"devDependencies", true, false},
	{"optionalDependencies", false, true},
}

type pnpmDirect struct{ prod, dev bool }

func parsePnpmLock(r *Result, data []byte) {
	doc, err := parseYAML(data)
	if err != nil {
		r.diag(0, "not valid YAML: %v", err)
		return
	}
	root := doc
	if len(yamlPairs(root)) == 0 {
		r.diag(0, "not a pnpm lockfile: the top level is not a mapping")
		return
	}
	lv := yamlStr(yamlGet(root, "lockfileVersion"))
	major, _ := strconv.Atoi(strings.SplitN(strings.Trim(lv, "'\""), ".", 2)[0])
	if lv == "" {
		r.diag(0, "pnpm-lock.yaml without lockfileVersion; read as the newest format")
		major = 9
	}
	// Direct dependencies, from every importer (workspace project); the
	// key is name@version with any peer suffix removed.
	direct := map[string]*pnpmDirect{}
	var prodRoots, devRoots []string
	importers := yamlPairs(yamlGet(root, "importers"))
	if importers == nil {
		importers = [][2]*yaml.Node{{&yaml.Node{Value: "."}, root}}
	}
	for _, imp := range importers {
		for _, sec := range pnpmSections {
			for _, kv := range yamlPairs(yamlGet(imp[1], sec.key)) {
				name := kv[0].Value
				ver := yamlStr(kv[1])
				if v := yamlGet(kv[1], "version"); v != nil {
					ver = yamlStr(v)
				}
				ver = stripPeers(ver, major)
				// An alias resolves to "real@version".
				if i := strings.LastIndex(ver, "@"); i > 0 && !strings.HasPrefix(ver, "link:") && !strings.HasPrefix(ver, "file:") {
					name, ver = ver[:i], ver[i+1:]
				}
				key := name + "@" + ver
				dd := direct[key]
				if dd == nil {
					dd = &pnpmDirect{}
					direct[key] = dd
				}
				if sec.dev {
					dd.dev = true
					devRoots = append(devRoots, key)
				} else {
					dd.prod = true
					prodRoots = append(prodRoots, key)
				}
			}
		}
	}
	// v9 keeps the graph in snapshots and has no dev flags: a package is
	// dev-only when only dev roots reach it.
	var prodReach, devReach map[string]bool
	if snaps := yamlGet(root, "snapshots"); snaps != nil {
		graph := map[string][]string{}
		for _, kv := range yamlPairs(snaps) {
			from := stripPeers(kv[0].Value, major)
			for _, field := range []string{"dependencies", "optionalDependencies"} {
				for _, dep := range yamlPairs(yamlGet(kv[1], field)) {
					graph[from] = append(graph[from], dep[0].Value+"@"+stripPeers(yamlStr(dep[1]), major))
				}
			}
		}
		prodReach, devReach = reach(graph, prodRoots), reach(graph, devRoots)
	}
	seen := map[string]bool{}
	for _, kv := range yamlPairs(yamlGet(root, "packages")) {
		key := kv[0].Value
		name, ver := pnpmKey(key, major)
		if n := yamlStr(yamlGet(kv[1], "name")); n != "" {
			name = n
		}
		if v := yamlStr(yamlGet(kv[1], "version")); v != "" {
			ver = v
		}
		if name == "" {
			r.diag(kv[0].Line, "unrecognised package key %q; ignored", key)
			continue
		}
		id := name + "@" + ver
		if seen[id] {
			continue // the same package with other peers
		}
		seen[id] = true
		d := Dependency{Ecosystem: NPM, Name: name, Line: kv[0].Line}
		if _, err := npm.Parse(ver); err == nil {
			d.Version = ver
		} else {
			d.Source = ver
			if !strings.HasPrefix(strings.TrimPrefix(key, "/"), name+"@") {
				d.Source = key
			}
		}
		if res := yamlGet(kv[1], "resolution"); res != nil {
			if t := yamlStr(yamlGet(res, "tarball")); t != "" && !isRegistryTarball(t) {
				d.Source = t
			}
			if repo := yamlStr(yamlGet(res, "repo")); repo != "" {
				d.Source = repo + "#" + yamlStr(yamlGet(res, "commit"))
			}
		}
		if dd := direct[id]; dd != nil {
			d.Direct = true
			d.Dev = dd.dev && !dd.prod
		}
		switch {
		case yamlGet(kv[1], "dev") != nil:
			d.Dev = yamlStr(yamlGet(kv[1], "dev")) == "true"
		case prodReach != nil && !d.Direct:
			d.Dev = !prodReach[id] && devReach[id]
		}
		d.Optional = yamlStr(yamlGet(kv[1], "optional")) == "true"
		r.add(d)
	}
}

// reach returns the nodes reachable from roots.
func reach(graph map[string][]string, roots []string) map[string]bool {
	seen := map[string]bool{}
	stack := append([]string(nil), roots...)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		stack = append(stack, graph[n]...)
	}
	return seen
}

// stripPeers removes the peer-dependency suffix of a pnpm version or key:
// "(peer@1.0.0)" from v6 on, "_peer@1.0.0" in v5.
func stripPeers(s string, major int) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		s = s[:i]
	}
	if major < 6 {
		if i := strings.IndexByte(s, '_'); i > 0 {
			s = s[:i]
		}
	}
	return s
}

// pnpmKey splits a packages key into name and version: "/name/1.0.0" and
// "/@scope/name/1.0.0_peer@2" (v5), "/name@1.0.0(peer@2)" (v6),
// "name@1.0.0" (v9). Keys of non-registry packages in v5 ("github.com/…")
// give no name; their entries carry name and version fields.
func pnpmKey(key string, major int) (string, string) {
	if major < 6 {
		if !strings.HasPrefix(key, "/") {
			return "", ""
		}
		k := key[1:]
		i := strings.LastIndex(k, "/")
		if i <= 0 {
			return "", ""
		}
		// The peer suffix follows "_" in the version part; names may hold
		// "_" themselves (string_decoder).
		return k[:i], stripPeers(k[i+1:], major)
	}
	k := stripPeers(strings.TrimPrefix(key, "/"), major)
	if strings.LastIndex(k, "@") <= 0 {
		return "", ""
	}
	// The version starts at the first "@" after the name's first character
	// (a scope's "@" is the first); a URL version may hold more.
	j := strings.Index(k[1:], "@") + 1
	return k[:j], k[j+1:]
}
