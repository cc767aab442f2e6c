package lang

import (
	"fmt"
	"strings"
	"testing"
)

// TestTrimMallocReleasesTreePages: the pages of a closed large tree are
// free but resident until trimmed; TrimMalloc hands them back.
func TestTrimMallocReleasesTreePages(t *testing.T) {
	if !canTrimMalloc() {
		t.Skip("malloc_trim is glibc's")
	}
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "function f%d(a, b) { return g(a + %d, [b, 'x%d'], {k: a}) }\n", i, i, i)
	}
	p := NewParsers()
	defer p.Close()
	tree, err := p.Parse(Detect("big.js"), []byte(b.String()), 0)
	if err != nil {
		t.Fatal(err)
	}
	if tree.RootNode().ChildCount() == 0 {
		t.Fatal("empty tree")
	}
	tree.Close()
	if !TrimMalloc() {
		t.Error("TrimMalloc released nothing after a 2 MiB tree was closed")
	}
}
