package scan

import (
	"context"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/configs"
	"github.com/mcpsafe/mcpsafe/internal/deps"
	"github.com/mcpsafe/mcpsafe/internal/document"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/project"
	"github.com/mcpsafe/mcpsafe/internal/toolmodel"
)

// Inventory is what a scan learned about the target's MCP surface: the
// tool models of its source files and tools/list documents, and the
// servers its client configurations launch. Run fills it when
// Options.Inventory is set.
type Inventory struct {
	Models  []*toolmodel.Model
	Servers []configs.Server
}

// docPass is the outcome of reading a project's documents.
type docPass struct {
	findings []finding.Finding
	// mcpDocs marks findings of documents that are MCP context themselves.
	mcpDocs    map[string]bool
	suppressed []finding.Suppressed
	diags      []finding.Diagnostic
	evidence   []mcpctx.Evidence
	models     []*toolmodel.Model
	servers    []configs.Server
	scanned    int
	skipped    int
}

type docResult struct {
	engine.DocResult
	path string
	kind document.Kind
	// skip is why the file was not read.
	skip string
	// manifest: also a manifest, already counted.
	manifest bool
}

// scanDocuments reads the project's documents on a worker pool, runs the
// document rules on each, then the dependency rules on all manifests and
// lockfiles together.
func scanDocuments(ctx context.Context, proj *project.Project, eng *engine.Engine, opts Options) *docPass {
	out := &docPass{mcpDocs: map[string]bool{}}
	if len(proj.Documents) == 0 {
		return out
	}
	manifests := map[string]bool{}
	for _, m := range proj.Manifests {
		manifests[m.Path] = true
	}
	results := make([]docResult, len(proj.Documents))
	jobs := opts.workers(len(proj.Documents))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				results[i] = scanDocument(eng, proj.Documents[i], opts, manifests[proj.Documents[i].Path])
			}
		}()
	}
	for i := range proj.Documents {
		if ctx.Err() != nil {
			break
		}
		idx <- i
	}
	close(idx)
	wg.Wait()

	present := map[string]bool{}
	for _, f := range proj.Sources {
		present[f.Path] = true
	}
	for _, f := range proj.Manifests {
		present[f.Path] = true
	}
	for _, f := range proj.Documents {
		present[f.Path] = true
	}
	var depResults []*deps.Result
	lines := map[string]*document.Lines{}
	nosem := map[string][]engine.Nosem{}
	for _, r := range results {
		if r.skip != "" {
			if document.NameOnly(r.path) {
				out.skipped++
				out.diags = append(out.diags, finding.Diagnostic{File: r.path, Message: r.skip})
			}
			continue
		}
		if r.kind == "" {
			continue
		}
		if !r.manifest {
			out.scanned++
		}
		if r.MCPDocument {
			out.mcpDocs[r.path] = true
		}
		out.findings = append(out.findings, r.Findings...)
		out.suppressed = append(out.suppressed, r.Suppressed...)
		out.diags = append(out.diags, r.Diagnostics...)
		out.evidence = append(out.evidence, r.Evidence...)
		out.servers = append(out.servers, r.Servers...)
		if r.Tools != nil && !r.Tools.Empty() {
			out.models = append(out.models, r.Tools)
		}
		if r.Deps != nil {
			depResults = append(depResults, r.Deps)
			lines[r.path] = r.Lines
			nosem[r.path] = r.Nosem
		}
	}
	f, s, d := eng.ScanDependencies(engine.Dependencies{Results: depResults, Lines: lines, Nosem: nosem,
		Exists: func(p string) bool { return present[path.Clean(p)] }})
	out.findings = append(out.findings, f...)
	out.suppressed = append(out.suppressed, s...)
	out.diags = append(out.diags, d...)
	sort.SliceStable(out.servers, func(i, j int) bool {
		if out.servers[i].File != out.servers[j].File {
			return out.servers[i].File < out.servers[j].File
		}
		return out.servers[i].Line < out.servers[j].Line
	})
	return out
}

func scanDocument(eng *engine.Engine, f project.File, opts Options, manifest bool) docResult {
	r := docResult{path: f.Path, manifest: manifest}
	limit := opts.Project.MaxFileSize
	if limit <= 0 {
		limit = project.DefaultMaxFileSize
	}
	if k := document.Classify(f.Path, nil); document.Lockfile(k) && limit < document.MaxSize {
		limit = document.MaxSize
	}
	data, err := readCapped(f.Abs, limit)
	if err != nil {
		r.skip = err.Error()
		return r
	}
	r.kind = document.Classify(f.Path, data)
	if r.kind == "" {
		return r
	}
	// Documents may be one long line (a tools/list dump): only binary
	// and non-UTF-8 content is refused.
	if reason := project.CheckContent(f.Path, data); reason != "" && !strings.Contains(reason, "minified") {
		r.skip = reason
		if !document.NameOnly(f.Path) {
			r.kind = ""
		}
		return r
	}
	r.DocResult = eng.ScanDocument(engine.DocInput{Path: f.Path, Src: data, Kind: r.kind, WantTools: opts.Inventory != nil})
	return r
}

// projectName reads a manifest's own package name (package.json name,
// pyproject.toml [project] name, go.mod module).
func projectName(file string, data []byte) []string {
	if !deps.Supported(file) {
		return nil
	}
	if r := deps.Parse(file, data); r != nil && r.Project != "" {
		return []string{r.Project}
	}
	return nil
}

// keep returns the document findings that may be reported: in a project
// without MCP context only those of gate-any rules and of documents that
// are MCP context themselves (client configurations, tools/list files).
func (d *docPass) keep(isMCP bool, cat *catalog.Catalog) ([]finding.Finding, []finding.Suppressed) {
	if isMCP {
		return d.findings, d.suppressed
	}
	ok := func(f *finding.Finding) bool {
		r := cat.Lookup(f.RuleID)
		return d.mcpDocs[f.File] || (r != nil && r.Gate == catalog.GateAny)
	}
	var fs []finding.Finding
	for i := range d.findings {
		if ok(&d.findings[i]) {
			fs = append(fs, d.findings[i])
		}
	}
	var ss []finding.Suppressed
	for i := range d.suppressed {
		if ok(&d.suppressed[i].Finding) {
			ss = append(ss, d.suppressed[i])
		}
	}
	return fs, ss
}
