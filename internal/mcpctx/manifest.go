package mcpctx

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/mod/modfile"
)

// IsManifest reports whether a file name is a manifest this package reads.
func IsManifest(name string) bool {
	base := path.Base(name)
	switch base {
	case "package.json", "pyproject.toml", "setup.py", "setup.cfg", "go.mod", "Pipfile":
		return true
	}
	return strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt")
}

// ManifestEvidence returns why a manifest makes its project MCP context:
// one entry per dependency on an MCP SDK or framework. A manifest that
// cannot be read returns an error, which callers report as a diagnostic.
func ManifestEvidence(file string, data []byte) ([]Evidence, error) {
	base := path.Base(file)
	switch {
	case base == "package.json":
		return packageJSON(file, data)
	case base == "pyproject.toml":
		return pyproject(file, data)
	case base == "go.mod":
		return goMod(file, data)
	case base == "setup.py", base == "setup.cfg", base == "Pipfile":
		return pythonRequirementStrings(file, data), nil
	case strings.HasPrefix(base, "requirements"):
		return requirementsTxt(file, data), nil
	}
	return nil, nil
}

func packageJSON(file string, data []byte) ([]Evidence, error) {
	var pkg map[string]json.RawMessage
	if err := json.Unmarshal(data, &pkg); err != nil {
		return nil, fmt.Errorf("not valid JSON: %v", err)
	}
	var out []Evidence
	for _, section := range []string{"dependencies", "devDependencies", "peerDependencies", "optionalDependencies"} {
		raw, ok := pkg[section]
		if !ok {
			continue
		}
		var deps map[string]any
		if err := json.Unmarshal(raw, &deps); err != nil {
			continue
		}
		names := make([]string, 0, len(deps))
		for name := range deps {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if isNPMMarker(name) {
				out = append(out, Evidence{File: file, Line: lineOf(data, `"`+name+`"`),
					Reason: fmt.Sprintf("depends on %s (%s)", name, section)})
			}
		}
	}
	return out, nil
}

// normalisePyName applies PEP 503 normalisation.
func normalisePyName(name string) string {
	return strings.ToLower(pyNameSeparators.ReplaceAllString(name, "-"))
}

var (
	pyNameSeparators = regexp.MustCompile(`[-_.]+`)
	pep508Name       = regexp.MustCompile(`^\s*([A-Za-z0-9][A-Za-z0-9._-]*)`)
)

// pep508Dist returns the normalised distribution name of a PEP 508
// requirement string, or "".
func pep508Dist(req string) string {
	m := pep508Name.FindStringSubmatch(req)
	if m == nil {
		return ""
	}
	return normalisePyName(m[1])
}

func pyproject(file string, data []byte) ([]Evidence, error) {
	var doc struct {
		Project struct {
			Dependencies         []string            `toml:"dependencies"`
			OptionalDependencies map[string][]string `toml:"optional-dependencies"`
		} `toml:"project"`
		DependencyGroups map[string][]any `toml:"dependency-groups"`
		Tool             struct {
			Poetry struct {
				Dependencies    map[string]any `toml:"dependencies"`
				DevDependencies map[string]any `toml:"dev-dependencies"`
				Group           map[string]struct {
					Dependencies map[string]any `toml:"dependencies"`
				} `toml:"group"`
			} `toml:"poetry"`
		} `toml:"tool"`
	}
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return nil, fmt.Errorf("not valid TOML: %v", err)
	}
	var out []Evidence
	seen := map[string]bool{}
	addReq := func(section, req string) {
		dist := pep508Dist(req)
		if dist != "" && isPythonMarker(dist) && !seen[section+dist] {
			seen[section+dist] = true
			out = append(out, Evidence{File: file, Line: lineOfRequirement(data, req),
				Reason: fmt.Sprintf("requires %s (%s)", strings.TrimSpace(req), section)})
		}
	}
	for _, r := range doc.Project.Dependencies {
		addReq("[project] dependencies", r)
	}
	for _, group := range sortedKeys(doc.Project.OptionalDependencies) {
		for _, r := range doc.Project.OptionalDependencies[group] {
			addReq("[project.optional-dependencies] "+group, r)
		}
	}
	for _, group := range sortedKeys(doc.DependencyGroups) {
		for _, r := range doc.DependencyGroups[group] {
			if s, ok := r.(string); ok {
				addReq("[dependency-groups] "+group, s)
			}
		}
	}
	poetry := func(section string, deps map[string]any) {
		for _, name := range sortedKeys(deps) {
			if isPythonMarker(normalisePyName(name)) {
				out = append(out, Evidence{File: file, Line: lineOfKey(data, name),
					Reason: fmt.Sprintf("requires %s (%s)", name, section)})
			}
		}
	}
	poetry("[tool.poetry.dependencies]", doc.Tool.Poetry.Dependencies)
	poetry("[tool.poetry.dev-dependencies]", doc.Tool.Poetry.DevDependencies)
	for _, g := range sortedKeys(doc.Tool.Poetry.Group) {
		poetry("[tool.poetry.group."+g+".dependencies]", doc.Tool.Poetry.Group[g].Dependencies)
	}
	return out, nil
}

func requirementsTxt(file string, data []byte) []Evidence {
	var out []Evidence
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.Index(text, " #"); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") || strings.HasPrefix(text, "-") {
			continue
		}
		if dist := pep508Dist(text); isPythonMarker(dist) {
			out = append(out, Evidence{File: file, Line: line, Reason: fmt.Sprintf("requires %s", text)})
		}
	}
	return out
}

// quotedRequirement finds requirement strings in setup.py, setup.cfg and
// Pipfile text: a quoted PEP 508 requirement, or a Pipfile/INI key.
var quotedRequirement = regexp.MustCompile(`["']([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?\s*(?:[<>=!~;][^"']*)?)["']|(?m)^[ \t]*([A-Za-z0-9][A-Za-z0-9._-]*[ \t]*(?:[<>=!~]=?[^\n]*|=[ \t]*["*{][^\n]*))$`)

func pythonRequirementStrings(file string, data []byte) []Evidence {
	var out []Evidence
	seen := map[string]bool{}
	for _, m := range quotedRequirement.FindAllSubmatchIndex(data, -1) {
		var req string
		var at int
		switch {
		case m[2] >= 0:
			req, at = string(data[m[2]:m[3]]), m[2]
		case m[4] >= 0:
			req, at = string(data[m[4]:m[5]]), m[4]
		default:
			continue
		}
		dist := pep508Dist(req)
		if isPythonMarker(dist) && !seen[dist] {
			seen[dist] = true
			out = append(out, Evidence{File: file, Line: bytes.Count(data[:at], []byte("\n")) + 1,
				Reason: fmt.Sprintf("requires %s", strings.TrimSpace(req))})
		}
	}
	return out
}

func goMod(file string, data []byte) ([]Evidence, error) {
	mf, err := modfile.ParseLax(file, data, nil)
	if err != nil {
		return nil, fmt.Errorf("not a valid go.mod: %v", err)
	}
	var out []Evidence
	for _, r := range mf.Require {
		if IsMarkerModule("go", r.Mod.Path) {
			line := 0
			if r.Syntax != nil {
				line = r.Syntax.Start.Line
			}
			out = append(out, Evidence{File: file, Line: line, Reason: fmt.Sprintf("requires %s %s", r.Mod.Path, r.Mod.Version)})
		}
	}
	return out, nil
}

// lineOf returns the 1-based line of the first occurrence of needle, or 0.
func lineOf(data []byte, needle string) int {
	i := bytes.Index(data, []byte(needle))
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i], []byte("\n")) + 1
}

func lineOfRequirement(data []byte, req string) int {
	for _, q := range []string{`"` + req + `"`, `'` + req + `'`, req} {
		if l := lineOf(data, q); l > 0 {
			return l
		}
	}
	return 0
}

func lineOfKey(data []byte, key string) int {
	re := regexp.MustCompile(`(?m)^\s*["']?` + regexp.QuoteMeta(key) + `["']?\s*=`)
	loc := re.FindIndex(data)
	if loc == nil {
		return 0
	}
	return bytes.Count(data[:loc[0]], []byte("\n")) + 1
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
