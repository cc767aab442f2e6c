package source

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
)

// Registry credentials come from the Docker config (DOCKER_CONFIG or
// ~/.docker/config.json) or a containers auth file (REGISTRY_AUTH_FILE):
// "auths" entries, and the credential helpers the user configured there
// ("credHelpers" per registry, "credsStore" for the rest), which are the
// user's own programs, run with the registry name on stdin as docker does.

type dockerConfig struct {
	Auths       map[string]authn.AuthConfig `json:"auths"`
	CredHelpers map[string]string           `json:"credHelpers"`
	CredsStore  string                      `json:"credsStore"`
}

type dockerKeychain struct {
	r    *resolver
	cfgs []dockerConfig
}

func (r *resolver) loadDockerKeychain() *dockerKeychain {
	k := &dockerKeychain{r: r}
	var files []string
	if d := r.opts.Getenv("DOCKER_CONFIG"); d != "" {
		files = append(files, filepath.Join(d, "config.json"))
	} else if r.opts.HomeDir != "" {
		files = append(files, filepath.Join(r.opts.HomeDir, ".docker", "config.json"))
	}
	if f := r.opts.Getenv("REGISTRY_AUTH_FILE"); f != "" {
		files = append(files, f)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || len(b) > 4<<20 {
			continue
		}
		var c dockerConfig
		if json.Unmarshal(b, &c) != nil {
			continue
		}
		for _, a := range c.Auths {
			for _, s := range []string{a.Auth, a.Password, a.IdentityToken, a.RegistryToken} {
				r.red.add(s)
			}
		}
		k.cfgs = append(k.cfgs, c)
	}
	return k
}

// Resolve implements authn.Keychain.
func (k *dockerKeychain) Resolve(res authn.Resource) (authn.Authenticator, error) {
	host := res.RegistryStr()
	keys := []string{host, "https://" + host, "http://" + host, "https://" + host + "/v1/", "https://" + host + "/v2/"}
	if host == "index.docker.io" || host == "docker.io" {
		keys = append([]string{"https://index.docker.io/v1/", "index.docker.io", "docker.io", "registry-1.docker.io"}, keys...)
	}
	for _, c := range k.cfgs {
		for _, key := range keys {
			if h, ok := c.CredHelpers[key]; ok && h != "" {
				return k.helper(h, key)
			}
		}
		for _, key := range keys {
			if a, ok := c.Auths[key]; ok && (a.Username != "" || a.IdentityToken != "" || a.RegistryToken != "") {
				return authn.FromConfig(a), nil
			}
		}
		if c.CredsStore != "" {
			if a, err := k.helper(c.CredsStore, keys[0]); err == nil {
				return a, nil
			}
		}
	}
	return authn.Anonymous, nil
}

var helperNameRe = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9._-]*$`)

// helper runs docker-credential-<name> get.
func (k *dockerKeychain) helper(name, server string) (authn.Authenticator, error) {
	if !helperNameRe.MatchString(name) {
		return nil, fmt.Errorf("invalid Docker credential helper name %q", name)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "docker-credential-"+name, "get")
	cmd.Stdin = strings.NewReader(server)
	cmd.Dir = os.TempDir()
	var out bytes.Buffer
	cmd.Stdout = &limitedBuffer{b: &out, max: 64 << 10}
	detach(cmd)
	if err := cmd.Run(); err != nil {
		// "credentials not found" and a missing helper both mean: anonymous.
		return authn.Anonymous, nil
	}
	var cred struct{ Username, Secret string }
	if json.Unmarshal(out.Bytes(), &cred) != nil {
		return authn.Anonymous, nil
	}
	k.r.red.add(cred.Secret)
	if cred.Username == "<token>" {
		return authn.FromConfig(authn.AuthConfig{IdentityToken: cred.Secret}), nil
	}
	return authn.FromConfig(authn.AuthConfig{Username: cred.Username, Password: cred.Secret}), nil
}
