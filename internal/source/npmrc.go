package source

import (
	"bufio"
	"encoding/base64"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// npmConfig is what npm itself would use to fetch a package: the default
// registry, per-scope registries and credentials keyed by "nerf dart"
// (//host[:port]/path/), read like npm does from the global, user and
// project .npmrc files and npm_config_* environment variables, with
// ${VAR} references expanded.
type npmConfig struct {
	registry string
	scopes   map[string]string // "@scope" → registry URL
	kv       map[string]string // every key as read, later layers winning
	getenv   func(string) string
	env      func(key string) string // npm_config_<key> in its spellings
	red      *redactor
}

var npmEnvRefRe = regexp.MustCompile(`(\\*)\$\{([^${}?]+)(\?)?\}`)

// loadNPMConfig layers builtin < global < user < project < environment.
func (r *resolver) loadNPMConfig() *npmConfig {
	getenv := r.opts.Getenv
	c := &npmConfig{registry: DefaultNPMRegistry, scopes: map[string]string{}, kv: map[string]string{}, getenv: getenv}
	env := func(key string) string {
		for _, k := range []string{"npm_config_" + key, "NPM_CONFIG_" + strings.ToUpper(key), "NPM_CONFIG_" + key} {
			if v := getenv(k); v != "" {
				return v
			}
		}
		return ""
	}
	var files []string
	if g := env("globalconfig"); g != "" {
		files = append(files, g)
	} else if p := env("prefix"); p != "" {
		files = append(files, filepath.Join(p, "etc", "npmrc"))
	}
	if u := env("userconfig"); u != "" {
		files = append(files, u)
	} else if r.opts.HomeDir != "" {
		files = append(files, filepath.Join(r.opts.HomeDir, ".npmrc"))
	}
	if r.opts.WorkDir != "" {
		files = append(files, filepath.Join(r.opts.WorkDir, ".npmrc"))
	}
	for _, f := range files {
		c.readFile(f)
	}
	if v := env("registry"); v != "" {
		c.kv["registry"] = v
	}
	if v := c.kv["registry"]; v != "" {
		c.registry = v
	}
	for k, v := range c.kv {
		if strings.HasPrefix(k, "@") && strings.HasSuffix(k, ":registry") {
			c.scopes[strings.TrimSuffix(k, ":registry")] = v
		}
	}
	c.env = env
	// Secrets are registered as soon as they are read.
	for k, v := range c.kv {
		if isNPMSecretKey(k) {
			r.red.add(v)
			if strings.HasSuffix(k, "_password") || strings.HasSuffix(k, "_auth") {
				if d, err := base64.StdEncoding.DecodeString(v); err == nil {
					r.red.add(string(d))
					if _, p, ok := strings.Cut(string(d), ":"); ok {
						r.red.add(p)
					}
				}
			}
		}
	}
	c.red = r.red
	return c
}

func isNPMSecretKey(k string) bool {
	return strings.HasSuffix(k, "_authToken") || strings.HasSuffix(k, "_auth") || strings.HasSuffix(k, "_password")
}

func (c *npmConfig) readFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == ';' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = c.expand(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		c.kv[k] = c.expand(v)
	}
}

// expand replaces ${VAR} (and ${VAR?}) with the environment value, as npm
// does; an odd number of backslashes before $ escapes it.
func (c *npmConfig) expand(s string) string {
	return npmEnvRefRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := npmEnvRefRe.FindStringSubmatch(m)
		esc := sub[1]
		if len(esc)%2 == 1 {
			return esc[:len(esc)-1] + m[len(esc):]
		}
		return esc[:len(esc)/2] + c.getenv(sub[2])
	})
}

// registryFor returns the registry for a package name: its scope's, else
// the default. An explicit override (Options.NPMRegistry) wins over both.
func (c *npmConfig) registryFor(pkg, override string) string {
	if override != "" {
		return ensureSlash(override)
	}
	if strings.HasPrefix(pkg, "@") {
		scope, _, _ := strings.Cut(pkg, "/")
		if v := c.env(scope + ":registry"); v != "" {
			return ensureSlash(v)
		}
		if v, ok := c.scopes[scope]; ok && v != "" {
			return ensureSlash(v)
		}
	}
	return ensureSlash(c.registry)
}

func ensureSlash(u string) string {
	if !strings.HasSuffix(u, "/") {
		return u + "/"
	}
	return u
}

// nerfDart is npm's credential key for a URL: //host[:port]/path/.
func nerfDart(u *url.URL) string {
	p := u.Path
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[:i+1]
	}
	if p == "" {
		p = "/"
	}
	return "//" + u.Host + p
}

// authFor returns credentials for a request URL the way npm-registry-fetch
// finds them: the longest nerf-dart prefix of the URL that has
// _authToken, _auth, or username + _password. Legacy top-level
// _authToken/_auth apply to the default registry only. Nothing matches a
// host that was not configured, so a tarball on a CDN gets no token.
func (c *npmConfig) authFor(rawURL string) authFunc {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	key := nerfDart(u)
	for {
		if a := c.credAt(key); a != nil {
			return a
		}
		trimmed := strings.TrimSuffix(key, "/")
		i := strings.LastIndex(trimmed, "/")
		if i < 2 { // reached "//"
			break
		}
		key = trimmed[:i+1]
	}
	if def, err := url.Parse(ensureSlash(c.registry)); err == nil && u.Host == def.Host && strings.HasPrefix(u.Path, def.Path) {
		if t := c.kv["_authToken"]; t != "" {
			return bearer(t)
		}
		if a := c.kv["_auth"]; a != "" {
			return basicRaw(a)
		}
	}
	return nil
}

func (c *npmConfig) credAt(key string) authFunc {
	get := func(k string) string {
		if v := c.env(key + ":" + k); v != "" {
			c.red.add(v)
			return v
		}
		return c.kv[key+":"+k]
	}
	if t := get("_authToken"); t != "" {
		return bearer(t)
	}
	if a := get("_auth"); a != "" {
		return basicRaw(a)
	}
	if user, pw := get("username"), get("_password"); user != "" && pw != "" {
		dec, err := base64.StdEncoding.DecodeString(pw)
		if err != nil {
			return nil
		}
		c.red.add(string(dec))
		return func(r *http.Request) { r.SetBasicAuth(user, string(dec)) }
	}
	return nil
}

func bearer(tok string) authFunc {
	return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+tok) }
}

// basicRaw sends an already base64-encoded user:password.
func basicRaw(b64 string) authFunc {
	return func(r *http.Request) { r.Header.Set("Authorization", "Basic "+b64) }
}
