// Package scan orchestrates one scan: walk the target, read manifests,
// scan source files on a worker pool, decide MCP context, then sort,
// fingerprint and score. The CLI and, later, the service's workers use it.
package scan

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/findstore"
	"github.com/mcpsafe/mcpsafe/internal/ir"
	"github.com/mcpsafe/mcpsafe/internal/lang"
	"github.com/mcpsafe/mcpsafe/internal/mcpctx"
	"github.com/mcpsafe/mcpsafe/internal/project"
	"github.com/mcpsafe/mcpsafe/internal/result"
	"github.com/mcpsafe/mcpsafe/internal/score"
)

// Options control a scan.
type Options struct {
	Project project.Options
	// Jobs is the number of workers; 0 means one per CPU.
	Jobs int
	// Mode is "fast" (deep mode arrives with the taint engine).
	Mode string
	// ToolName and ToolVersion go into the report.
	ToolName, ToolVersion string
	// Target, when set, describes what was scanned (a package, a
	// repository) instead of the local path; Notes become diagnostics.
	Target *result.Target
	Notes  []string
	// Inventory, when set, receives the tool models and configured
	// servers the scan found (for --list-tools).
	Inventory *Inventory
	// DeepMemory is how many bytes of packed IR deep mode keeps in memory
	// until the project analysis; the rest goes to a temporary file in
	// SpillDir ("": os.TempDir()), see ir.Spill. 0 means
	// DefaultDeepMemory.
	DeepMemory int64
	SpillDir   string
	// FindingsMemory is how many bytes of encoded findings the scan keeps
	// in memory until the report; the rest wait in a temporary file in
	// SpillDir, see findstore. 0 means findstore.DefaultMemory.
	FindingsMemory int64

	// spill is the deep scan's store, set by Run.
	spill *ir.Spill
	// findings receives each file's findings as the workers finish it.
	findings *findstore.Store
	// projectNames are the project's own package names, read from its
	// manifests (documents.go).
	projectNames []string
}

// DefaultDeepMemory is deep mode's default budget of packed IR in memory:
// above it (projects of more than ~10 MB of source) the rest is written
// to a temporary file. A typical MCP server's IR packs to a few MB.
const DefaultDeepMemory = 8 << 20

// maxEvidence caps the evidence entries in a report.
const maxEvidence = 50

// Run scans the folder or file at target with a compiled engine.
func Run(ctx context.Context, target string, eng *engine.Engine, cat *catalog.Catalog, opts Options) (*result.Result, error) {
	start := time.Now()
	proj, err := project.Walk(target, opts.Project)
	if err != nil {
		return nil, err
	}
	kind := "dir"
	if info, err := os.Stat(target); err == nil && !info.IsDir() {
		kind = "file"
	}
	res := &result.Result{
		SchemaVersion: result.SchemaVersion,
		Tool:          result.Tool{Name: opts.ToolName, Version: opts.ToolVersion},
		Target:        result.Target{Kind: kind, Ref: target, Resolved: proj.Root},
		Mode:          opts.Mode,
		Suppressed:    []finding.Suppressed{},
		Diagnostics:   append([]finding.Diagnostic{}, proj.Diagnostics...),
	}
	if kind == "file" {
		res.Target.Resolved = filepath.Join(proj.Root, filepath.Base(target))
	}
	if opts.Target != nil {
		res.Target = *opts.Target
	}
	for _, n := range opts.Notes {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: "", Message: n})
	}

	var manifestEvidence []mcpctx.Evidence
	scanned, skipped := 0, proj.Skipped
	for _, m := range proj.Manifests {
		data, err := readCapped(m.Abs, opts.Project.MaxFileSize)
		if err != nil {
			res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: m.Path, Message: err.Error()})
			skipped++
			continue
		}
		scanned++
		opts.projectNames = append(opts.projectNames, projectName(m.Path, data)...)
		ev, err := mcpctx.ManifestEvidence(m.Path, data)
		if err != nil {
			res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: m.Path, Message: "manifest not read: " + err.Error()})
			continue
		}
		manifestEvidence = append(manifestEvidence, ev...)
	}

	if eng.Deep() {
		budget := opts.DeepMemory
		if budget == 0 {
			budget = DefaultDeepMemory
		}
		opts.spill = ir.NewSpill(opts.SpillDir, budget)
		defer opts.spill.Close()
	}

	budget := opts.FindingsMemory
	if budget == 0 {
		budget = findstore.DefaultMemory
	}
	opts.findings = findstore.New(opts.SpillDir, budget)
	defer opts.findings.Close() // Finish closes it too; early returns need this

	// Whether the project is MCP is known only once every file is parsed,
	// so project-gated rules run everywhere and are filtered afterwards.
	fileResults := scanSources(ctx, proj, eng, opts, true)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The files' results folded into the project's, before deep mode's
	// analysis, so that they are not held through it (a few hundred bytes
	// a file: tens of MB on a project of 40,000 files).
	var fileEvidence []mcpctx.Evidence
	var suppressed []finding.Suppressed
	var facts []bool
	var modules []*ir.Module
	nosem := map[string][]engine.Nosem{}
	for i := range fileResults {
		fr := &fileResults[i]
		if fr.Module != nil {
			modules = append(modules, fr.Module)
			if len(fr.Nosem) > 0 {
				nosem[fr.path] = fr.Nosem
			}
		}
		if fr.skip != "" {
			skipped++
			res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{File: fr.path, Message: fr.skip})
			continue
		}
		scanned++
		facts = engine.MergeFacts(facts, fr.Facts)
		if opts.Inventory != nil && fr.Tools != nil && !fr.Tools.Empty() {
			opts.Inventory.Models = append(opts.Inventory.Models, fr.Tools)
		}
		fileEvidence = append(fileEvidence, fr.Evidence...)
		suppressed = append(suppressed, fr.Suppressed...)
		res.Diagnostics = append(res.Diagnostics, fr.Diagnostics...)
	}

	// Deep mode: the dataflow analysis of the whole project, now that
	// every file's IR is in (the analysis releases the modules). Its
	// findings join the files' in the store.
	var deepSuppressed []finding.Suppressed
	var stagingErr error
	var deepDiags []finding.Diagnostic
	if eng.Deep() {
		if err := opts.spill.Err(); err != nil {
			deepDiags = append(deepDiags, finding.Diagnostic{Message: err.Error()})
		}
		staging := findstore.New(opts.SpillDir, budget)
		ds, dd := eng.AnalyzeProjectTo(modules, nosem, staging, func(file string, fs []finding.Finding) {
			opts.findings.Add(file, kindSource, fs)
		})
		stagingErr = staging.Err()
		deepSuppressed, deepDiags = ds, append(deepDiags, dd...)
	}

	// Lockfiles, Dockerfiles, client configurations, .env files, tools/list
	// documents, and the project's dependencies (documents.go).
	docs := scanDocuments(ctx, proj, eng, opts)
	scanned += docs.scanned
	skipped += docs.skipped
	res.Diagnostics = append(res.Diagnostics, docs.diags...)
	if opts.Inventory != nil {
		opts.Inventory.Models = append(opts.Inventory.Models, docs.models...)
		opts.Inventory.Servers = append(opts.Inventory.Servers, docs.servers...)
	}

	suppressed = append(suppressed, deepSuppressed...)
	res.Diagnostics = append(res.Diagnostics, deepDiags...)

	// Findings that depend on project-wide facts ("no rate limiter
	// anywhere") are decided now that every file has been read; those
	// in the store when it is finished, below.
	var satisfied []finding.Suppressed
	for _, s := range suppressed {
		if engine.Satisfied(&s.Finding, facts) {
			satisfied = append(satisfied, s)
		}
	}
	suppressed = satisfied

	isMCP := len(manifestEvidence) > 0 || len(fileEvidence) > 0 || len(docs.evidence) > 0
	if !isMCP {
		// Project-gated rules may only fire in MCP projects.
		var keptSup []finding.Suppressed
		for _, s := range suppressed {
			if r := cat.Lookup(s.RuleID); r == nil || r.Gate != catalog.GateMCPProject {
				keptSup = append(keptSup, s)
			}
		}
		suppressed = keptSup
	}
	docFindings, docSuppressed := docs.keep(isMCP, cat)
	opts.findings.AddByFile(kindDocument, 0, docFindings)
	suppressed = append(suppressed, docSuppressed...)

	evidence := append(append(manifestEvidence, fileEvidence...), docs.evidence...)
	res.MCPContext = mcpContext(isMCP, evidence, manifestEvidence, fileEvidence, docs.evidence, len(proj.Sources), len(proj.Manifests))

	// The findings in report order, read back from the store: those of
	// source files stay if their project facts hold and, for rules gated
	// on MCP projects, if the project is one; the documents' were decided
	// by docs.keep.
	counts := map[finding.Severity]int{}
	list, out, err := opts.findings.Finish(func(kind int, f *finding.Finding) bool {
		if kind == kindSource {
			if !engine.Satisfied(f, facts) {
				return false
			}
			if r := cat.Lookup(f.RuleID); !isMCP && r != nil && r.Gate == catalog.GateMCPProject {
				return false
			}
		}
		counts[f.Severity]++
		return true
	})
	if err != nil {
		return nil, err
	}
	// One diagnostic when the file could not be made: the store and the
	// one Finish writes would both say so.
	if serr := cmp.Or(stagingErr, opts.findings.Err(), out.Err()); serr != nil {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Message: serr.Error()})
	}
	res.Findings = list
	finding.SortSuppressed(suppressed)
	supFindings := make([]finding.Finding, len(suppressed))
	for i := range suppressed {
		supFindings[i] = suppressed[i].Finding
	}
	finding.AssignFingerprints(supFindings)
	for i := range suppressed {
		suppressed[i].Fingerprint = supFindings[i].Fingerprint
	}
	finding.SortDiagnostics(res.Diagnostics)
	if suppressed != nil {
		res.Suppressed = suppressed
	}

	sc, grade := score.Compute(counts)
	res.Summary = result.Summary{
		Score:        sc,
		Grade:        grade,
		Counts:       map[string]int{},
		Suppressed:   len(res.Suppressed),
		FilesScanned: scanned,
		FilesSkipped: skipped,
		DurationMS:   time.Since(start).Milliseconds(),
	}
	for _, s := range finding.AllSeverities {
		res.Summary.Counts[s.String()] = counts[s]
	}
	return res, nil
}

// The kinds of findings in the store: those of source files (and deep
// mode's) are decided when the store is finished, documents' before.
const (
	kindSource = iota
	kindDocument
)

func mcpContext(isMCP bool, all, manifests, files, docs []mcpctx.Evidence, nSources, nManifests int) result.MCPContext {
	c := result.MCPContext{IsMCP: isMCP, Evidence: []mcpctx.Evidence{}}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].File != all[j].File {
			return all[i].File < all[j].File
		}
		return all[i].Line < all[j].Line
	})
	if len(all) > maxEvidence {
		c.EvidenceOmitted = len(all) - maxEvidence
		all = all[:maxEvidence]
	}
	c.Evidence = append(c.Evidence, all...)
	if !isMCP {
		c.Reason = fmt.Sprintf("not an MCP server: no source file imports an MCP SDK and no manifest depends on one (looked at %d source %s and %d %s)",
			nSources, plural(nSources, "file", "files"), nManifests, plural(nManifests, "manifest", "manifests"))
		return c
	}
	var parts []string
	if len(manifests) > 0 {
		parts = append(parts, fmt.Sprintf("%d manifest %s", len(manifests), plural(len(manifests), "dependency", "dependencies")))
	}
	if len(files) > 0 {
		n := map[string]bool{}
		for _, e := range files {
			n[e.File] = true
		}
		parts = append(parts, fmt.Sprintf("%d source %s importing an MCP SDK", len(n), plural(len(n), "file", "files")))
	}
	if len(docs) > 0 {
		n := map[string]bool{}
		for _, e := range docs {
			n[e.File] = true
		}
		parts = append(parts, fmt.Sprintf("%d MCP configuration or manifest %s", len(n), plural(len(n), "file", "files")))
	}
	c.Reason = "MCP context: " + strings.Join(parts, " and ")
	return c
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// workers is the number of goroutines for n items: Jobs, or one per
// CPU, and never more than the items.
func (o Options) workers(n int) int {
	jobs := o.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	return min(jobs, n)
}

type fileResult struct {
	engine.FileResult
	path string
	// skip is the reason the file was not scanned, or "".
	skip string
}

func scanSources(ctx context.Context, proj *project.Project, eng *engine.Engine, opts Options, projectMayBeMCP bool) []fileResult {
	// How much of each language the workers are about to match.
	perLang := map[*lang.Language]int64{}
	for _, f := range proj.Sources {
		if f.Lang != nil {
			perLang[f.Lang] += f.Size
		}
	}
	for l, n := range perLang {
		eng.ExpectSource(l.ID, n)
	}
	pre := planSmallProject(proj, eng, opts, perLang)
	out := make([]fileResult, len(proj.Sources))
	jobs := opts.workers(len(proj.Sources))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker := eng.NewWorker()
			defer worker.Close()
			// The project's facts are the OR over its files: once one
			// holds, later files need not test it again.
			known := make([]bool, eng.ProjectFactCount())
			for i := range idx {
				var data []byte
				if pre != nil {
					data, pre[i] = pre[i], nil
				}
				out[i] = scanOne(worker, proj.Sources[i], data, opts, projectMayBeMCP, known)
				opts.findings.AddByFile(kindSource, 0, out[i].Findings)
				out[i].Findings = nil
				for j, v := range out[i].Facts {
					known[j] = known[j] || v
				}
			}
		}()
	}
	for i := range proj.Sources {
		if ctx.Err() != nil {
			break
		}
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

// planSmallProject reads the files of the languages the engine will match
// rule by rule (a small project) and plans the rules' queries over all of
// them (engine.Worker.Plan): on a server of a few dozen files, compiling
// queries is most of the scan, and files planned together compile each
// pattern once. It returns the contents read, for the scan (nil entries
// are read there).
func planSmallProject(proj *project.Project, eng *engine.Engine, opts Options, perLang map[*lang.Language]int64) [][]byte {
	eng.StartPlan() // an earlier target's plan is not this one's
	planned := map[*lang.Language]bool{}
	for l, n := range perLang {
		if eng.PlanWanted(l.ID, n) {
			planned[l] = true
		}
	}
	if len(planned) == 0 {
		return nil
	}
	pre := make([][]byte, len(proj.Sources))
	w := eng.NewWorker()
	defer w.Close()
	for i, f := range proj.Sources {
		if !planned[f.Lang] {
			continue
		}
		data, skip := readSource(f, opts)
		if skip != "" {
			continue // the scan reads it again and reports why
		}
		pre[i] = data
		w.Plan(f.Lang, data)
	}
	ids := make([]lang.ID, 0, len(planned))
	for l := range planned {
		ids = append(ids, l.ID)
	}
	eng.PlanDone(ids)
	return pre
}

// scanOne scans one file; data is its content when already read and
// checked (nil: read and check it here).
func scanOne(w *engine.Worker, f project.File, data []byte, opts Options, projectMayBeMCP bool, knownFacts []bool) fileResult {
	fr := fileResult{path: f.Path}
	if data == nil {
		if data, fr.skip = readSource(f, opts); fr.skip != "" {
			return fr
		}
	}
	fr.FileResult = w.ScanFile(engine.FileInput{Path: f.Path, Lang: f.Lang, Src: data, ProjectMayBeMCP: projectMayBeMCP, WantTools: opts.Inventory != nil, ProjectNames: opts.projectNames, KnownFacts: knownFacts, Spill: opts.spill})
	return fr
}

// readSource reads a source file and checks its content, or says why it
// is skipped.
func readSource(f project.File, opts Options) (data []byte, skip string) {
	data, err := readCapped(f.Abs, opts.Project.MaxFileSize)
	if err != nil {
		return nil, err.Error()
	}
	if reason := project.CheckContent(f.Path, data); reason != "" {
		return nil, reason
	}
	return data, ""
}

// readCapped reads a file, refusing one that has grown past the cap since
// the walk measured it.
func readCapped(path string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = project.DefaultMaxFileSize
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("skipped: larger than the %d-byte cap (raise it with --max-file-size)", limit)
	}
	return data, nil
}
