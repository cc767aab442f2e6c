package source

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// goEnv reads a go command setting the way `go env` does: the process
// environment first, then the go env file written by `go env -w`
// ($GOENV, else $XDG_CONFIG_HOME/go/env, else ~/.config/go/env), so a user
// who ran `go env -w GOPRIVATE=…` changes nothing for mcpsafe either.
func (r *resolver) goEnv() func(string) string {
	file := map[string]string{}
	p := r.opts.Getenv("GOENV")
	if p == "" {
		if x := r.opts.Getenv("XDG_CONFIG_HOME"); x != "" {
			p = filepath.Join(x, "go", "env")
		} else if r.opts.HomeDir != "" {
			p = filepath.Join(r.opts.HomeDir, ".config", "go", "env")
		}
	}
	if p != "" && p != "off" {
		if f, err := os.Open(p); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "="); ok {
					file[strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
			}
			f.Close()
		}
	}
	return func(k string) string {
		if v := r.opts.Getenv(k); v != "" {
			return v
		}
		return file[k]
	}
}
