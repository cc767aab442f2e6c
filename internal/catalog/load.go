package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"sort"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/parallel"
	"go.yaml.in/yaml/v3"
)

// Catalog is a validated set of rules.
type Catalog struct {
	Rules []*Rule
	byID  map[string]*Rule
	// fixtureFS maps a rule ID to the file system and directory its
	// fixtures live in.
	fixtures map[string]fixtureDir
	// fixtureDirs lists every such directory of rules split into parts.
	fixtureDirs map[string][]fixtureDir
}

type fixtureDir struct {
	fsys fs.FS
	dir  string
}

// Lookup returns the rule with that ID (case-insensitive), or nil.
func (c *Catalog) Lookup(id string) *Rule {
	return c.byID[strings.ToUpper(id)]
}

// FixtureFS returns the file system and directory where a rule's fixtures
// live (beside its YAML file).
func (c *Catalog) FixtureFS(id string) (fs.FS, string) {
	d := c.fixtures[strings.ToUpper(id)]
	return d.fsys, d.dir
}

// Error is a problem in one rule file.
type Error struct {
	Path  string
	Field string
	Msg   string
}

func (e *Error) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s: field %q: %s", e.Path, e.Field, e.Msg)
}

// Errors collects every problem found while loading, so that a rule author
// sees them all at once.
type Errors []error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Options control loading.
type Options struct {
	// Builtin marks the rules as embedded ones.
	Builtin bool
	// QueryCheck, when set, compiles each pattern's query for each of its
	// grammars and returns the capture names it defines, or an error. The
	// engine provides it; the catalog itself does not link tree-sitter.
	QueryCheck func(langCode, query string) (captures []string, err error)
	// PathPrefix is prepended to file paths in messages (the folder a
	// user passed with --rules).
	PathPrefix string
	// CacheDir, when set and QueryCheck is not, keeps the parsed and
	// validated rules of the files there between runs (cache.go): decoding
	// the YAML of the built-in catalog is most of a small scan's start-up.
	CacheDir string
}

// Load reads every *.yaml file under root in fsys (recursively) as a rule.
func Load(fsys fs.FS, root string, opts Options) (*Catalog, error) {
	c := &Catalog{byID: map[string]*Rule{}, fixtures: map[string]fixtureDir{}}
	if err := c.add(fsys, root, opts); err != nil {
		return nil, err
	}
	return c, nil
}

// Merge adds the rules under root in fsys to the catalog. Rule IDs must be
// unique across both.
func (c *Catalog) Merge(fsys fs.FS, root string, opts Options) error {
	return c.add(fsys, root, opts)
}

func (c *Catalog) add(fsys fs.FS, root string, opts Options) error {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && fixtureFolder.MatchString(d.Name()) {
			return fs.SkipDir // a project fixture: <ID>.<variant>/
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) && !IsFixtureYAML(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading rules in %s: %w", root, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("no rule files (*.yaml) in %s", root)
	}
	sort.Strings(files)
	parsed := loadFiles(fsys, files, opts)
	var errs Errors
	for i, p := range files {
		shown := parsed[i].shown
		r, ferrs := parsed[i].rule, parsed[i].errs
		if len(ferrs) > 0 {
			errs = append(errs, ferrs...)
			continue
		}
		r.Builtin = opts.Builtin
		key := strings.ToUpper(r.ID)
		want := r.ID + path.Ext(p)
		if r.Part != "" {
			want = r.ID + "." + r.Part + path.Ext(p) // a rule part (parts.go)
		}
		if path.Base(p) != want {
			errs = append(errs, &Error{Path: shown, Field: "id", Msg: fmt.Sprintf("file name must be %s to match the rule ID", want)})
			continue
		}
		if prev, dup := c.byID[key]; dup {
			merged, err := mergeRule(prev, r)
			if err != nil {
				errs = append(errs, &Error{Path: shown, Field: "id", Msg: err.Error()})
				continue
			}
			c.byID[key] = merged
			for i := range c.Rules {
				if c.Rules[i] == prev {
					c.Rules[i] = merged
				}
			}
			c.addFixtureDir(key, fixtureDir{fsys: fsys, dir: path.Dir(p)})
			continue
		}
		c.byID[key] = r
		c.fixtures[key] = fixtureDir{fsys: fsys, dir: path.Dir(p)}
		c.addFixtureDir(key, fixtureDir{fsys: fsys, dir: path.Dir(p)})
		c.Rules = append(c.Rules, r)
	}
	if len(errs) > 0 {
		return errs
	}
	errs = append(errs, c.checkReferences()...)
	if len(errs) > 0 {
		return errs
	}
	sort.Slice(c.Rules, func(i, j int) bool { return c.Rules[i].ID < c.Rules[j].ID })
	return nil
}

// parsedFile is one rule file read and parsed.
type parsedFile struct {
	shown string
	rule  *Rule
	errs  Errors
}

// parseFiles reads and parses the rule files on every core, in their
// order: decoding the YAML of the built-in catalog is most of mcpsafe's
// start-up, and a small project's scan waits for it. datas, when not nil,
// holds the files' contents already read.
func parseFiles(fsys fs.FS, files []string, datas [][]byte, opts Options) []parsedFile {
	out := make([]parsedFile, len(files))
	parallel.For(runtime.GOMAXPROCS(0), len(files), func(i int) {
		p := files[i]
		pf := &out[i]
		pf.shown = p
		if opts.PathPrefix != "" {
			pf.shown = path.Join(opts.PathPrefix, p)
		}
		var data []byte
		if datas != nil {
			data = datas[i]
		} else {
			var err error
			if data, err = fs.ReadFile(fsys, p); err != nil {
				pf.errs = Errors{&Error{Path: pf.shown, Msg: err.Error()}}
				return
			}
		}
		pf.rule, pf.errs = Parse(pf.shown, data, opts)
	})
	return out
}

func (c *Catalog) checkReferences() Errors {
	var errs Errors
	for _, r := range c.Rules {
		for _, s := range r.Supersedes {
			if c.Lookup(s) == nil {
				errs = append(errs, &Error{Path: r.Path, Field: "supersedes", Msg: fmt.Sprintf("unknown rule %s", s)})
			}
			if strings.EqualFold(s, r.ID) {
				errs = append(errs, &Error{Path: r.Path, Field: "supersedes", Msg: "a rule cannot supersede itself"})
			}
		}
	}
	return errs
}

// Parse decodes and validates one rule file. It returns every problem it
// finds.
func Parse(p string, data []byte, opts Options) (*Rule, Errors) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var r Rule
	if err := dec.Decode(&r); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, Errors{&Error{Path: p, Msg: "empty rule file"}}
		}
		return nil, Errors{&Error{Path: p, Msg: yamlMessage(err)}}
	}
	var extra any
	if err := dec.Decode(&extra); err == nil {
		return nil, Errors{&Error{Path: p, Msg: "one rule per file: found a second YAML document"}}
	}
	r.Path = p
	return &r, validate(&r, opts)
}

var yamlFieldNotFound = regexp.MustCompile(`field (\S+) not found in type \S+`)

// yamlMessage rewrites the decoder's Go-flavoured messages into ones that
// talk about rule fields.
func yamlMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.ReplaceAll(msg, "unmarshal errors:\n  ", "")
	msg = yamlFieldNotFound.ReplaceAllString(msg, "unknown field $1")
	msg = strings.ReplaceAll(msg, "\n  ", "; ")
	return msg
}
