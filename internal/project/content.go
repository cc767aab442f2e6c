package project

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// Content limits that decide whether a source file is worth parsing.
const (
	// binarySniff is how many leading bytes are searched for a NUL byte.
	binarySniff = 8 << 10
	// minifiedMinSize: files smaller than this are never called minified.
	minifiedMinSize = 4 << 10
	// longLine: a line longer than this counts toward "minified".
	longLine = 1000
)

// CheckContent decides whether a source file's bytes can be scanned. It
// returns "" when they can, or the reason they cannot: binary, not valid
// UTF-8, or minified. Minified code is one statement per megabyte line:
// findings in it cannot be located or reviewed, and it is generated from
// sources that should be scanned instead.
func CheckContent(name string, data []byte) string {
	sniff := data
	if len(sniff) > binarySniff {
		sniff = sniff[:binarySniff]
	}
	if bytes.IndexByte(sniff, 0) >= 0 {
		return "skipped: binary file"
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidUTF8Offset(data)], []byte("\n"))
		return fmt.Sprintf("skipped: not valid UTF-8 (first invalid byte on line %d)", line)
	}
	base := path.Base(name)
	if strings.Contains(base, ".min.") || isMinified(data) {
		return "skipped: minified file"
	}
	return ""
}

func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// isMinified reports whether more than half of a file's bytes sit on
// lines longer than longLine.
func isMinified(data []byte) bool {
	if len(data) < minifiedMinSize {
		return false
	}
	inLong := 0
	for rest := data; len(rest) > 0; {
		n := bytes.IndexByte(rest, '\n')
		if n < 0 {
			n = len(rest)
		}
		if n > longLine {
			inLong += n
		}
		if n == len(rest) {
			break
		}
		rest = rest[n+1:]
	}
	return inLong*2 > len(data)
}
