// Command gen writes a synthetic MCP project of a given size, for
// throughput and scaling measurements: a mix of Python (FastMCP), TypeScript
// (McpServer) and Go (go-sdk) servers with tool handlers, helper modules
// that do not import an SDK, and OAuth token requests with and without a
// resource indicator. Output is deterministic for a given seed.
//
//	go run ./bench/gen -files 1000 -out /tmp/corpus-1000
//	go run ./bench/gen -mb 30 -out /tmp/corpus-30mb
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"

	"github.com/mcpsafe/mcpsafe/bench/synth"
)

func main() {
	files := flag.Int("files", 0, "number of source files to write")
	mb := flag.Float64("mb", 0, "write files until this many megabytes of source")
	out := flag.String("out", "", "output folder (created)")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" || (*files <= 0 && *mb <= 0) {
		fmt.Fprintln(os.Stderr, "usage: gen (-files N | -mb M) -out DIR")
		os.Exit(2)
	}
	rng := rand.New(rand.NewSource(*seed))
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	write(*out, "pyproject.toml", "[project]\nname = \"synthetic\"\ndependencies = [\"mcp>=1.23\"]\n")
	write(*out, "package.json", `{"name":"synthetic","dependencies":{"@modelcontextprotocol/sdk":"^1.24.0"}}`+"\n")
	write(*out, "go.mod", "module example.com/synthetic\n\ngo 1.24\n\nrequire github.com/modelcontextprotocol/go-sdk v1.4.1\n")
	var total int64
	for i := 0; ; i++ {
		if *files > 0 && i >= *files {
			break
		}
		if *mb > 0 && float64(total) >= *mb*(1<<20) {
			break
		}
		var name, body string
		switch i % 3 {
		case 0:
			name, body = filepath.Join("py", fmt.Sprintf("pkg%d", i/300), fmt.Sprintf("mod_%d.py", i)), synth.Python(rng, i)
		case 1:
			name, body = filepath.Join("ts", fmt.Sprintf("pkg%d", i/300), fmt.Sprintf("mod_%d.ts", i)), synth.TypeScript(rng, i)
		default:
			name, body = filepath.Join("go", fmt.Sprintf("pkg%d", i/300), fmt.Sprintf("mod_%d.go", i)), synth.Go(rng, i)
		}
		write(*out, name, body)
		total += int64(len(body))
	}
	fmt.Printf("wrote %.1f MB to %s\n", float64(total)/(1<<20), *out)
}

func write(dir, name, body string) {
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		panic(err)
	}
}
