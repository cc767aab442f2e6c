package source

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// ReadTargetsFile reads --targets-from: one target per line; blank lines
// and lines starting with # are skipped, as is a " #" comment after a
// target. "-" reads standard input.
func ReadTargetsFile(path string) ([]string, error) {
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read the targets file: %v", err)
		}
		defer f.Close()
		r = f
	}
	return readTargets(r, path)
}

func readTargets(r io.Reader, name string) ([]string, error) {
	sc := bufio.NewScanner(io.LimitReader(r, 16<<20))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	var out []string
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if i := strings.Index(s, " #"); i >= 0 {
			s = s[:i]
		}
		if i := strings.Index(s, "\t#"); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s line %d: %v", name, line+1, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s lists no targets", name)
	}
	return out, nil
}
