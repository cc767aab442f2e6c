// Package source turns a scan target reference — a local folder, an archive,
// a package name, a git repository, a container image or an MCP registry entry —
// into a local, read-only tree that the scanner can read.
//
// The scanner must never run the code it scans, so this package only ever
// downloads bytes, checks them against the checksums the ecosystem publishes,
// and unpacks them with an extractor that refuses anything that could write
// outside its destination (extract.go). It never installs, builds, imports
// or executes a target; the only programs it starts are git (with hooks,
// submodules, checkout filters and command-running transports out of the
// picture, see git.go) and, when the user has configured one, a Docker
// credential helper.
//
// # Target syntax
//
//	./dir  /abs/path  ~/x  file:x      a local folder or file, scanned in place
//	x.tgz x.tar.gz x.tar x.zip x.whl   a local archive (also .mcpb bundles)
//	https://host/x.tgz                 an archive URL
//	name  name@1.2.3  @scope/name      npm (a bare word is an npm name)
//	npm:name@version|range|tag         npm, explicit; ranges use node-semver rules
//	pkg:npm/%40scope/name@1.0.0        package URLs: pkg:npm, pkg:pypi,
//	                                   pkg:golang, pkg:github, pkg:docker
//	pypi:name  pypi:name>=1.0,<2       PyPI with a PEP 440 specifier
//	name==1.2.3                        PyPI, pinned
//	go:module@version|latest|v1.2|branch
//	owner/repo[@ref]  github:owner/repo[@ref]   a GitHub repository
//	git:URL[@ref]  https://… ssh://… git@host:path  [@branch|tag|commit]
//	docker:image[:tag|@digest]  oci:…  docker://…
//	io.github.owner/name[@version]  mcp:ID[@version]   an MCP registry entry
//
// A bare word that has several readings (a folder named like an npm
// package, host/owner/repo that is both a Go module path and a repository)
// is an *AmbiguousError listing the explicit spellings.
//
// # Private registries
//
// Each ecosystem's own configuration is read, so users change nothing:
// .npmrc (global, user, project) with registry, @scope:registry,
// //host/:_authToken, _auth, username/_password and ${ENV} references, and
// npm_config_* variables; PIP_INDEX_URL / PIP_EXTRA_INDEX_URL (credentials
// in the URL), pip.conf, uv's UV_* index variables and ~/.netrc; GOPROXY
// (credentials in the URL, or ~/.netrc), GOPRIVATE, GONOPROXY, GONOSUMDB,
// GONOSUMCHECK, GOSUMDB, also from the `go env -w` file; for git the user's
// credential helper, GIT_ASKPASS, SSH agent, or a token in
// MCPSAFE_GIT_TOKEN (GH_TOKEN/GITHUB_TOKEN for github.com, GITLAB_TOKEN for
// gitlab.com); Docker's config.json auths, credHelpers and credsStore.
// Secrets are registered with a redactor as they are read, and every error
// and progress line goes through it; cache paths are hashes of identities
// that never include credentials.
//
// # Cache
//
// Trees are cached under the user cache directory keyed by the content's
// own checksum (cache.go). Options.NoCache fetches into a temporary folder
// that Target.Close removes; Options.Offline resolves from the cache only
// and reports a *NotCachedError naming the missing entry.
package source
