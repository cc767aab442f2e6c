package deps

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/version/gover"
	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

// parseGoMod reads go.mod. Requirements are exact: minimal version
// selection builds the versions the main module's go.mod lists. A replace
// directive for a module is recorded on it: when the replacement is the
// same module at another version, that version is the one built; otherwise
// the code comes from elsewhere (a fork or a local folder) and Replace says
// where.
func parseGoMod(r *Result, data []byte) {
	f, err := modfile.Parse(r.File, data, nil)
	if err != nil {
		r.diag(0, "%v", err)
		// The lax parser still gives the requirements of a file with, for
		// example, an unknown directive or a bad replace.
		if f, err = modfile.ParseLax(r.File, data, nil); err != nil {
			return
		}
	}
	if f.Module != nil {
		r.Project = f.Module.Mod.Path
		if f.Module.Syntax != nil {
			r.ProjectLine = f.Module.Syntax.Start.Line
		}
	}
	for _, req := range f.Require {
		d := Dependency{Ecosystem: Go, Name: req.Mod.Path, Version: req.Mod.Version, Direct: !req.Indirect}
		if req.Syntax != nil {
			d.Line = req.Syntax.Start.Line
		}
		for _, rep := range f.Replace {
			if rep.Old.Path != req.Mod.Path || (rep.Old.Version != "" && rep.Old.Version != req.Mod.Version) {
				continue
			}
			// A version-specific replace wins over a path-wide one.
			if d.Replace != "" && rep.Old.Version == "" {
				continue
			}
			if rep.New.Path == req.Mod.Path && rep.New.Version != "" {
				d.Version, d.Replace = rep.New.Version, ""
				continue
			}
			d.Replace = strings.TrimSpace(rep.New.Path + " " + rep.New.Version)
		}
		r.add(d)
	}
}

// parseGoSum reads go.sum. Lines ending in "/go.mod" only record a go.mod
// read during version selection; the others record module content that
// was downloaded. go.sum may keep older versions of a module that are no
// longer built, so each module is reported once, at the highest version
// whose content it records; go.mod remains the better source.
func parseGoSum(r *Result, data []byte) {
	best := map[string]Dependency{}
	var order []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 || !strings.HasPrefix(fields[2], "h1:") {
			r.diag(n, "malformed go.sum line; ignored")
			continue
		}
		if strings.HasSuffix(fields[1], "/go.mod") {
			continue
		}
		if err := module.Check(fields[0], fields[1]); err != nil {
			r.diag(n, "invalid module version: %v", err)
			continue
		}
		v, err := gover.Parse(fields[1])
		if err != nil {
			continue
		}
		prev, ok := best[fields[0]]
		if !ok {
			order = append(order, fields[0])
		} else if gover.Compare(v, gover.MustParse(prev.Version)) <= 0 {
			continue
		}
		best[fields[0]] = Dependency{Ecosystem: Go, Name: fields[0], Version: fields[1], Line: n}
	}
	if err := sc.Err(); err != nil {
		r.diag(n, "could not be read past this line: %v", err)
	}
	for _, name := range order {
		r.add(best[name])
	}
}
