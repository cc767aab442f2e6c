package source

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// netrcFile holds ~/.netrc (or $NETRC) credentials. The go command, pip
// and git (through curl) all read it for private hosts, so this package
// does too, for the same requests.
type netrcFile struct {
	machines map[string][2]string // host → login, password
	def      *[2]string
}

func (r *resolver) loadNetrc() *netrcFile {
	p := r.opts.Getenv("NETRC")
	if p == "" && r.opts.HomeDir != "" {
		p = filepath.Join(r.opts.HomeDir, ".netrc")
	}
	n := &netrcFile{machines: map[string][2]string{}}
	b, err := os.ReadFile(p)
	if err != nil || len(b) > 1<<20 {
		return n
	}
	toks := strings.Fields(string(b))
	var machine string
	var cur [2]string
	inMacro := false
	flush := func() {
		if machine == "\x00default" {
			d := cur
			n.def = &d
		} else if machine != "" {
			n.machines[strings.ToLower(machine)] = cur
		}
		if cur[1] != "" {
			r.red.add(cur[1])
		}
	}
	for i := 0; i < len(toks); i++ {
		if inMacro {
			continue // macdef bodies are not credentials; ignore to the end
		}
		switch toks[i] {
		case "machine":
			flush()
			cur = [2]string{}
			machine = ""
			if i+1 < len(toks) {
				machine = toks[i+1]
				i++
			}
		case "default":
			flush()
			cur, machine = [2]string{}, "\x00default"
		case "login":
			if i+1 < len(toks) {
				cur[0] = toks[i+1]
				i++
			}
		case "password":
			if i+1 < len(toks) {
				cur[1] = toks[i+1]
				i++
			}
		case "macdef":
			inMacro = true
		}
	}
	flush()
	return n
}

// authFor returns basic auth for a URL's host, if .netrc has it.
func (n *netrcFile) authFor(u *url.URL) authFunc {
	if n == nil || u == nil {
		return nil
	}
	c, ok := n.machines[strings.ToLower(u.Hostname())]
	if !ok {
		if n.def == nil {
			return nil
		}
		c = *n.def
	}
	if c[1] == "" {
		return nil
	}
	return func(r *http.Request) { r.SetBasicAuth(c[0], c[1]) }
}
