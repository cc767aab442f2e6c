package source

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
)

// MCP registry entries (reverse-DNS names such as io.github.owner/server)
// are read from the official registry's API — GET
// /v0.1/servers/{name}/versions/{version|latest}, falling back to the /v0
// paths older deployments serve — and resolved to what they publish:
// their packages (npm, pypi, oci, mcpb) through the same code as direct
// targets, else their source repository. Remote-only entries have no code
// to scan. The base URL is Options.MCPRegistry, else MCP_REGISTRY_URL,
// else the official registry.

type mcpPackage struct {
	RegistryType    string `json:"registryType"`
	RegistryBaseURL string `json:"registryBaseUrl"`
	Identifier      string `json:"identifier"`
	Version         string `json:"version"`
	FileSHA256      string `json:"fileSha256"`
	// Field names of registry versions before 2025-09.
	RegistryTypeOld string `json:"registry_type"`
	RegistryNameOld string `json:"registry_name"`
	NameOld         string `json:"name"`
	BaseURLOld      string `json:"registry_base_url"`
}

type mcpServer struct {
	Name       string `json:"name"`
	Version    string `json:"version"`
	Repository *struct {
		URL       string `json:"url"`
		Source    string `json:"source"`
		Subfolder string `json:"subfolder"`
	} `json:"repository"`
	Packages []mcpPackage `json:"packages"`
	Remotes  []struct {
		Type string `json:"type"`
		URL  string `json:"url"`
	} `json:"remotes"`
	VersionDetail *struct {
		Version string `json:"version"`
	} `json:"version_detail"`
}

type mcpServerResponse struct {
	Server mcpServer                  `json:"server"`
	Meta   map[string]json.RawMessage `json:"_meta"`
}

func (p mcpPackage) kind() string {
	t := strings.ToLower(firstNonEmpty(p.RegistryType, p.RegistryTypeOld, p.RegistryNameOld))
	switch t {
	case "docker", "ghcr", "oci":
		return "oci"
	}
	return t
}

func (p mcpPackage) ident() string { return firstNonEmpty(p.Identifier, p.NameOld) }
func (p mcpPackage) base() string  { return firstNonEmpty(p.RegistryBaseURL, p.BaseURLOld) }

func (r *resolver) mcpRegistryBase() string {
	return trimSlash(firstNonEmpty(r.opts.MCPRegistry, r.opts.Getenv("MCP_REGISTRY_URL"), DefaultMCPRegistry))
}

// fetchMCPServer gets one version ("" = latest) of a server entry.
func (r *resolver) fetchMCPServer(ctx context.Context, id, version string) (*mcpServerResponse, error) {
	base := r.mcpRegistryBase()
	v := version
	if v == "" {
		v = "latest"
	}
	esc := url.PathEscape(id)
	var lastErr error
	for _, api := range []string{"v0.1", "v0"} {
		u := base + "/" + api + "/servers/" + esc + "/versions/" + url.PathEscape(v)
		body, _, err := r.http.getBytes(ctx, u, nil, "application/json", 16<<20)
		if err != nil {
			lastErr = err
			if isStatus(err, 404, 405) {
				continue
			}
			return nil, fmt.Errorf("MCP registry %s: %w", redactString(base), err)
		}
		var resp mcpServerResponse
		if err := json.Unmarshal(body, &resp); err != nil {
			return nil, fmt.Errorf("MCP registry %s sent invalid JSON for %s: %v", redactString(base), id, err)
		}
		if resp.Server.Name == "" {
			// Old responses are the server object itself.
			_ = json.Unmarshal(body, &resp.Server)
		}
		if resp.Server.Name == "" {
			return nil, fmt.Errorf("MCP registry %s sent no server entry for %s", redactString(base), id)
		}
		return &resp, nil
	}
	if isStatus(lastErr, 404, 405) {
		hint := fmt.Sprintf("; if you meant something else, spell it out: go:%s@latest for a Go module, git:https://%s for a repository", id, id)
		if version != "" {
			return nil, fmt.Errorf("MCP registry %s has no server %s version %s%s", redactString(base), id, version, hint)
		}
		return nil, fmt.Errorf("MCP registry %s has no server %s%s", redactString(base), id, hint)
	}
	return nil, fmt.Errorf("MCP registry %s: %w", redactString(base), lastErr)
}

func (r *resolver) resolveMCPRegistry(ctx context.Context, id, version string) ([]*Target, error) {
	metaKey := cacheKey("mcp-registry", redactString(r.mcpRegistryBase()), id, version)
	var resp *mcpServerResponse
	if r.cache.offline {
		var cached mcpServerResponse
		if !r.cache.readMeta(metaKey, &cached) {
			return nil, r.cache.missing("MCP registry entry " + id)
		}
		resp = &cached
	} else {
		r.prog.printf("resolving MCP registry entry %s\n", id)
		var err error
		if resp, err = r.fetchMCPServer(ctx, id, version); err != nil {
			return nil, err
		}
		r.cache.writeMeta(metaKey, resp)
	}
	s := resp.Server
	ver := firstNonEmpty(s.Version, func() string {
		if s.VersionDetail != nil {
			return s.VersionDetail.Version
		}
		return ""
	}())
	entry := s.Name + "@" + ver
	var notes []string
	if raw, ok := resp.Meta["io.modelcontextprotocol.registry/official"]; ok {
		var off struct {
			Status string `json:"status"`
		}
		if json.Unmarshal(raw, &off) == nil && off.Status != "" && off.Status != "active" {
			notes = append(notes, "the registry marks this entry "+off.Status)
		}
	}
	var out []*Target
	fail := func(err error) ([]*Target, error) {
		for _, t := range out {
			t.Close()
		}
		return nil, fmt.Errorf("MCP registry entry %s: %w", entry, err)
	}
	for _, p := range s.Packages {
		switch p.kind() {
		case "npm", "pypi", "oci", "mcpb":
		default:
			notes = append(notes, fmt.Sprintf("package %s of type %q cannot be fetched by mcpsafe; skipped", p.ident(), p.kind()))
		}
	}
	for _, p := range s.Packages {
		var t *Target
		var err error
		ident, pv := p.ident(), p.Version
		switch p.kind() {
		case "npm":
			base := p.base()
			if strings.TrimRight(base, "/") == strings.TrimRight(DefaultNPMRegistry, "/") {
				base = "" // the user's own npm configuration (mirror, proxy) applies
			}
			if _, perr := parseNPM(ident); perr != nil {
				return fail(perr)
			}
			t, err = r.resolveNPM(ctx, ident, pv, base)
		case "pypi":
			if _, perr := parsePyPI(ident); perr != nil {
				return fail(perr)
			}
			spec := ""
			if pv != "" {
				spec = "==" + pv
			}
			t, err = r.resolvePyPI(ctx, ident, spec)
		case "oci":
			ref := ident
			if pv != "" && !strings.Contains(ref, "@") && !strings.Contains(ref[strings.LastIndex(ref, "/")+1:], ":") {
				ref += ":" + pv
			}
			if _, perr := parseOCI(ref); perr != nil {
				return fail(perr)
			}
			t, err = r.resolveOCI(ctx, ref)
		case "mcpb":
			t, err = r.resolveMCPB(ctx, ident, p.FileSHA256)
		default:
			continue
		}
		if err != nil {
			return fail(err)
		}
		t.Package = t.Kind
		t.Kind = KindMCPRegistry
		t.Resolved = entry + " " + t.Package + ":" + t.Resolved
		t.Notes = append(append([]string{}, notes...), t.Notes...)
		out = append(out, t)
	}
	if len(out) > 0 {
		return out, nil
	}
	if s.Repository != nil && s.Repository.URL != "" {
		repo := s.Repository.URL
		if _, err := parseGitURL(repo); err != nil || strings.HasPrefix(repo, "-") {
			return fail(fmt.Errorf("its repository URL %q is not usable", repo))
		}
		t, err := r.resolveGit(ctx, repo, "", s.Repository.Subfolder)
		if err != nil {
			return fail(err)
		}
		t.Package, t.Kind = KindGit, KindMCPRegistry
		t.Resolved = entry + " git:" + t.Resolved
		t.Notes = append(append(notes, "the entry publishes no package mcpsafe can fetch; scanned its repository's default branch"), t.Notes...)
		return []*Target{t}, nil
	}
	if len(s.Remotes) > 0 {
		return fail(fmt.Errorf("it publishes only remote endpoints (%s) and no package or repository; there is no code to scan", s.Remotes[0].URL))
	}
	return fail(fmt.Errorf("it publishes no package or repository to scan"))
}

// resolveMCPB downloads an MCP bundle (.mcpb, a zip) named by URL in a
// registry entry, checked against the entry's fileSha256.
func (r *resolver) resolveMCPB(ctx context.Context, rawURL, sha string) (*Target, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" && u.Scheme != "http" {
		return nil, fmt.Errorf("MCP bundle URL %q is not an http(s) URL", redactString(rawURL))
	}
	sha = strings.ToLower(sha)
	if len(sha) != 64 {
		return nil, fmt.Errorf("MCP bundle %s has no valid fileSha256 in the registry entry, so it cannot be verified; refusing it", redactString(rawURL))
	}
	t := &Target{Kind: "mcpb", Resolved: redactString(rawURL), Digest: "sha256:" + sha}
	dir, cleanup, err := r.cache.materialize(cacheKey("archive", "sha256:"+sha), "MCP bundle "+redactString(rawURL), func(dst string) error {
		tmp, err := r.cache.stagingDir()
		if err != nil {
			return err
		}
		defer removeTree(tmp)
		file := filepath.Join(tmp, "bundle.zip")
		dl, err := r.http.download(ctx, rawURL, file, nil, filepath.Base(u.Path))
		if err != nil {
			return err
		}
		if dl.sha256 != sha {
			return fmt.Errorf("MCP bundle %s: %w: its sha256 does not match the registry entry's fileSha256; discarded", redactString(rawURL), ErrChecksum)
		}
		return extractZipFile(ctx, file, newWriter(dst, r.limits()))
	})
	if err != nil {
		return nil, err
	}
	t.Dir, t.cleanup = dir, cleanup
	return t, nil
}
