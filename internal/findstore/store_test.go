package findstore

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

// full returns a finding with every field set (to values derived from i),
// filled by reflection so that a field added to finding.Finding is set
// too and must survive the encoding.
func full(i int) finding.Finding {
	var f finding.Finding
	fill(reflect.ValueOf(&f).Elem(), i)
	return f
}

func fill(v reflect.Value, i int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s-%d «é»\x00\t\n", v.Type().Name(), i))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(i*7 + 1))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for j := 0; j < 2; j++ {
			fill(s.Index(j), i+j)
		}
		v.Set(s)
	case reflect.Struct:
		for j := 0; j < v.NumField(); j++ {
			fill(v.Field(j), i+j)
		}
	default:
		panic("findstore test: a finding field of kind " + v.Kind().String() + " is not filled")
	}
}

func TestPageRoundTripsEveryField(t *testing.T) {
	fs := []finding.Finding{full(1), full(2), {}, {Severity: finding.Critical, Line: -3, StartByte: 1 << 40}}
	got, err := decodePage(appendPage(nil, fs))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, fs) {
		t.Errorf("round trip:\n%#v\nwant\n%#v", got, fs)
	}
	if got, err := decodePage(appendPage(nil, nil)); err != nil || len(got) != 0 {
		t.Errorf("empty page: %v, %v", got, err)
	}
}

// Damaged pages are errors, never panics or huge allocations.
func TestDamagedPagesAreErrors(t *testing.T) {
	page := appendPage(nil, []finding.Finding{full(1), full(5)})
	for n := 0; n < len(page); n++ {
		if _, err := decodePage(page[:n]); err == nil {
			t.Fatalf("a page cut to %d of %d bytes decoded", n, len(page))
		}
	}
	if _, err := decodePage(append(page, 0)); err == nil {
		t.Error("a page with a byte too many decoded")
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		b := append([]byte(nil), page...)
		for k := 0; k < 1+r.Intn(4); k++ {
			b[r.Intn(len(b))] = byte(r.Intn(256))
		}
		decodePage(b) // must not panic
	}
	if _, err := decodePage([]byte{0xff, 0xff, 0xff, 0xff, 0x0f}); err == nil {
		t.Error("a page claiming 4 billion findings decoded")
	}
}

// randomFindings returns findings of a few files with many ties in their
// positions, so that the order of equal ones (the add order) matters.
func randomFindings(r *rand.Rand, n int) []finding.Finding {
	var fs []finding.Finding
	for i := 0; i < n; i++ {
		f := finding.Finding{
			RuleID:      fmt.Sprintf("MCP-%03d", r.Intn(3)),
			Severity:    finding.Severity(r.Intn(5)),
			File:        fmt.Sprintf("dir%d/f%d.py", r.Intn(3), r.Intn(6)),
			Line:        1 + r.Intn(4),
			Column:      1 + r.Intn(2),
			Message:     fmt.Sprintf("m%d", r.Intn(2)),
			MatchedText: fmt.Sprintf("x(%d)", r.Intn(2)),
			Snippet:     fmt.Sprintf("s%d", i), // tells equal findings apart
		}
		if r.Intn(3) == 0 {
			f.Requires = []finding.Requirement{{Fact: r.Intn(2), Present: r.Intn(2) == 0}}
		}
		fs = append(fs, f)
	}
	return fs
}

// keepOdd drops findings whose requirement names fact 1 and those of kind 1
// at line 1: a keep that depends on both the finding and its kind.
func keepOdd(kind int, f *finding.Finding) bool {
	if len(f.Requires) > 0 && f.Requires[0].Fact == 1 {
		return false
	}
	return !(kind == 1 && f.Line == 1)
}

// reference is what the scan did before the store: every finding in one
// slice, filtered, sorted and fingerprinted as a whole.
func reference(adds []added) []finding.Finding {
	var all []finding.Finding
	for _, a := range adds {
		for i := range a.fs {
			if keepOdd(a.kind, &a.fs[i]) {
				all = append(all, a.fs[i])
			}
		}
	}
	finding.Sort(all)
	finding.AssignFingerprints(all)
	return all
}

type added struct {
	kind int
	fs   []finding.Finding
}

// adds groups findings by file into Add calls, a file's in several calls
// of both kinds.
func makeAdds(r *rand.Rand, fs []finding.Finding) []added {
	var out []added
	for len(fs) > 0 {
		n := 1 + r.Intn(len(fs))
		file := fs[0].File
		var group, rest []finding.Finding
		for _, f := range fs {
			if f.File == file && len(group) < n {
				group = append(group, f)
			} else {
				rest = append(rest, f)
			}
		}
		out = append(out, added{kind: r.Intn(2), fs: group})
		fs = rest
	}
	return out
}

func finish(t *testing.T, s *Store) []finding.Finding {
	t.Helper()
	list, out, err := s.Finish(keepOdd)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	got, err := list.Slice()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != list.Len() {
		t.Fatalf("the list says %d findings and reads back %d", list.Len(), len(got))
	}
	return got
}

// Finish gives what filtering, sorting and fingerprinting all findings at
// once gives, whether the store keeps them in memory or in its file.
func TestFinishIsTheWholeSort(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for round := 0; round < 30; round++ {
		adds := makeAdds(r, randomFindings(r, 1+r.Intn(300)))
		want := reference(adds)
		for _, budget := range []int64{0, 300, 1 << 30} {
			dir := t.TempDir()
			s := New(dir, budget)
			for _, a := range adds {
				s.Add(a.fs[0].File, a.kind, a.fs)
			}
			got := finish(t, s)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, budget %d: got\n%v\nwant\n%v", round, budget, got, want)
			}
			if err := s.Err(); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestSpillFileIsUnlinkedAndOnlyMadeWhenNeeded(t *testing.T) {
	dir := t.TempDir()
	fs := randomFindings(rand.New(rand.NewSource(3)), 200)
	s := New(dir, 1<<30)
	s.Add("a.py", 0, fs)
	if w, _ := s.Stats(); w != 0 {
		t.Errorf("%d bytes written within the budget", w)
	}
	s.Close()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a file was made though nothing was spilled: %v", entries)
	}

	s = New(dir, 0)
	s.Add("a.py", 0, fs)
	if w, m := s.Stats(); w == 0 || m != 0 {
		t.Errorf("over budget: %d bytes written, %d in memory", w, m)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the spill file is still linked in its folder: %v", entries)
	}
	list, out, err := s.Finish(func(int, *finding.Finding) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Each(func([]finding.Finding) bool { return true }); err == nil {
		t.Error("a finished store still reads back")
	}
	if err := list.Close(); err != nil {
		t.Error(err)
	}
	if _, err := list.Slice(); err == nil {
		t.Error("a closed list read its findings back")
	}
	if err := out.Each(func([]finding.Finding) bool { return true }); err == nil {
		t.Error("a closed store read back")
	}
}

// When the file cannot be made, the findings stay in memory and Err says
// why; none is lost.
func TestUnwritableFolderKeepsFindingsInMemory(t *testing.T) {
	adds := makeAdds(rand.New(rand.NewSource(5)), randomFindings(rand.New(rand.NewSource(5)), 200))
	s := New(filepath.Join(t.TempDir(), "missing"), 0)
	for _, a := range adds {
		s.Add(a.fs[0].File, a.kind, a.fs)
	}
	if err := s.Err(); err == nil || !strings.Contains(err.Error(), "findings kept in memory") {
		t.Errorf("Err = %v", err)
	}
	if got, want := finish(t, s), reference(adds); !reflect.DeepEqual(got, want) {
		t.Errorf("got %d findings, want %d", len(got), len(want))
	}
}

// Workers add concurrently (run with -race); each file's findings come
// from one worker, as in a scan.
func TestConcurrentAdds(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	var files [][]finding.Finding
	var all []added
	for i := 0; i < 64; i++ {
		fs := randomFindings(r, 1+r.Intn(40))
		for j := range fs {
			fs[j].File = fmt.Sprintf("w/%02d.go", i)
		}
		files = append(files, fs)
		all = append(all, added{fs: fs})
	}
	s := New(t.TempDir(), 2000)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(files); i += 8 {
				s.Add(files[i][0].File, 0, files[i])
			}
		}()
	}
	wg.Wait()
	if got, want := finish(t, s), reference(all); !reflect.DeepEqual(got, want) {
		t.Errorf("got %d findings, want %d", len(got), len(want))
	}
}

// A read-back error reaches the list's reader.
func TestReadErrorsReachTheList(t *testing.T) {
	s := New(t.TempDir(), 0)
	s.Add("a.py", 0, randomFindings(rand.New(rand.NewSource(2)), 50))
	list, out, err := s.Finish(func(int, *finding.Finding) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	out.pages[0].size += 3 // past the end of the file
	n := 0
	err = list.Each(func(*finding.Finding) error { n++; return nil })
	if err == nil || !strings.Contains(err.Error(), "reading findings back") || n != 0 {
		t.Errorf("Each = %v after %d findings", err, n)
	}
	stop := fmt.Errorf("stop")
	out.pages[0].size -= 3
	if err := list.Each(func(*finding.Finding) error { return stop }); err != stop {
		t.Errorf("the callback's error: %v", err)
	}
	out.Close()
}

// Files gives each file's findings by the order given to AddAt, then in
// the order of the calls, files in path order; the store is closed after.
func TestFilesByOrderThenCalls(t *testing.T) {
	f := func(file string, line int) finding.Finding { return finding.Finding{File: file, Line: line} }
	for _, budget := range []int64{0, 1 << 20} {
		s := New(t.TempDir(), budget)
		s.AddAt("b.go", 0, 2, []finding.Finding{f("b.go", 5)})
		s.AddAt("a.go", 0, 1, []finding.Finding{f("a.go", 9), f("a.go", 1)})
		s.AddAt("b.go", 0, 0, []finding.Finding{f("b.go", 7)})
		s.AddAt("b.go", 0, 2, []finding.Finding{f("b.go", 3)})
		s.AddAt("a.go", 0, 0, []finding.Finding{f("a.go", 4)})
		var got []string
		err := s.Files(func(file string, fs []finding.Finding) error {
			for _, x := range fs {
				if x.File != file {
					t.Errorf("%s's findings hold one of %s", file, x.File)
				}
				got = append(got, fmt.Sprintf("%s:%d", x.File, x.Line))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := "a.go:4 a.go:9 a.go:1 b.go:7 b.go:5 b.go:3"; strings.Join(got, " ") != want {
			t.Errorf("budget %d: %s, want %s", budget, strings.Join(got, " "), want)
		}
		if err := s.Each(func([]finding.Finding) bool { return true }); err == nil {
			t.Error("the store still reads back after Files")
		}
	}
	s := New(t.TempDir(), 0)
	s.Add("a.go", 0, []finding.Finding{f("a.go", 1)})
	s.Add("b.go", 0, []finding.Finding{f("b.go", 1)})
	stop := fmt.Errorf("stop")
	n := 0
	if err := s.Files(func(string, []finding.Finding) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Files = %v after %d files", err, n)
	}
}

// AddByFile files each run of findings under the file its File names;
// a file met twice keeps both runs, in order.
func TestAddByFile(t *testing.T) {
	f := func(file string, line int) finding.Finding { return finding.Finding{File: file, Line: line} }
	s := New(t.TempDir(), 0)
	s.AddByFile(0, 0, []finding.Finding{f("b.go", 1), f("b.go", 2), f("a.go", 3), f("b.go", 4)})
	var got []string
	err := s.Files(func(file string, fs []finding.Finding) error {
		for _, x := range fs {
			got = append(got, fmt.Sprintf("%s@%s:%d", file, x.File, x.Line))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "a.go@a.go:3 b.go@b.go:1 b.go@b.go:2 b.go@b.go:4"; strings.Join(got, " ") != want {
		t.Errorf("%s, want %s", strings.Join(got, " "), want)
	}
}
