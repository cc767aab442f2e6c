package engine

import (
	"math/rand"
	"strings"
	"testing"
)

// A glob answers exactly what the anchored regexp it replaced answers.
func TestGlobAgreesWithRegexp(t *testing.T) {
	patterns := []string{"subprocess.run", "axios.*", "*.exec", "*", "**", "a*b*c", "*.Header.Set", "fs*.readFile",
		"os/exec.Command", "a*a", "*x*", "é*", "*é", "x**y", "", "a\n*b", "*\n"}
	pieces := []string{"a", "b", "c", "x", "y", ".", "/", "é", "exec", "run", "Header", "Set", "axios", "fs", "readFile", "\n", "\xff", "日本"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		var b strings.Builder
		for n := r.Intn(5); n >= 0; n-- {
			if r.Intn(3) == 0 {
				b.WriteString("*")
			} else {
				b.WriteString(pieces[r.Intn(len(pieces)-3)]) // no newline, invalid byte or CJK in patterns
			}
		}
		patterns = append(patterns, b.String())
	}
	subjects := []string{"", "a", "ab", "abc", "subprocess.run", "axios", "axios.get", "axios.", "x.exec", ".exec", "exec",
		"a\nb.exec", "req.Header.Set", "fs.readFile", "fsPromises.readFile", "éé", "é", "日本.exec"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := r.Intn(6); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		subjects = append(subjects, b.String())
	}
	checked, matched := 0, 0
	for _, p := range patterns {
		g, re := compileGlob(p), globToRegexp(p)
		for _, s := range subjects {
			want := re.MatchString(s)
			if got := g.match(s); got != want {
				t.Fatalf("glob %q on %q: %v, regexp %s says %v", p, s, got, re, want)
			}
			checked++
			if want {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d of %d pairs matched: the test does not exercise matches", matched, checked)
	}
}
