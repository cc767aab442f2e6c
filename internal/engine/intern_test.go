package engine

import (
	"testing"
	"unsafe"

	"github.com/mcpsafe/mcpsafe/internal/finding"
)

func TestInternTableSharesOneCopy(t *testing.T) {
	var tab internTable
	src := []byte("exec(cmd) runs a shell command built from the tool's input; exec(cmd)")
	whole := string(src)
	a := whole[:9] // a slice of a larger string, as texts of a file's source are
	b := string(src[len(src)-9:])
	ia, ib := tab.get(a), tab.get(b)
	if ia != "exec(cmd)" || ib != ia {
		t.Fatalf("get returned %q and %q", ia, ib)
	}
	if unsafe.StringData(ia) != unsafe.StringData(ib) {
		t.Error("equal texts are not one copy")
	}
	if unsafe.StringData(ia) == unsafe.StringData(whole) {
		t.Error("the table keeps a slice of the larger string alive instead of a copy")
	}
	if tab.get("") != "" {
		t.Error("empty string")
	}
	fs := []finding.Finding{
		{Message: string([]byte("m")), Snippet: string([]byte("s")), MatchedText: string([]byte("t")), Tool: string([]byte("run")),
			Trace: []finding.Step{{Note: string([]byte("parameter cmd"))}}},
		{Message: string([]byte("m")), Snippet: string([]byte("s")), MatchedText: string([]byte("t")), Tool: string([]byte("run")),
			Trace: []finding.Step{{Note: string([]byte("parameter cmd"))}}},
	}
	tab.compact(fs)
	x, y := fs[0], fs[1]
	if x.Message != "m" || x.Snippet != "s" || x.MatchedText != "t" || x.Tool != "run" || x.Trace[0].Note != "parameter cmd" {
		t.Fatalf("compact changed a text: %+v", x)
	}
	for _, p := range [][2]string{{x.Message, y.Message}, {x.Snippet, y.Snippet}, {x.MatchedText, y.MatchedText}, {x.Tool, y.Tool}, {x.Trace[0].Note, y.Trace[0].Note}} {
		if unsafe.StringData(p[0]) != unsafe.StringData(p[1]) {
			t.Errorf("%q is held twice after compact", p[0])
		}
	}
}
