package document

import (
	"bytes"
	"fmt"
	"path"
	"strings"
)

// Limits for untrusted input.
const (
	// maxDepth bounds nesting in every format.
	maxDepth = 256
	// maxNodes bounds the nodes of one document.
	maxNodes = 200000
	// MaxSize is the largest file the parsers read; lockfiles are read by
	// internal/deps, which has its own cap.
	MaxSize = 16 << 20
)

// Format is a file's syntax.
type Format string

// Formats.
const (
	JSON       Format = "json" // JSON, and JSONC (comments, trailing commas)
	YAML       Format = "yaml"
	TOML       Format = "toml"
	Dockerfile Format = "dockerfile"
	Env        Format = "env"
	// Text is a file only internal/deps reads (requirements, go.mod, …).
	Text Format = "text"
)

// Kind is what a file is, which decides the rules that read it.
type Kind string

// Document kinds. Rule files name them in documents[].kinds.
const (
	// Manifests and lockfiles (read by internal/deps; package.json and
	// pyproject.toml are also documents in their own right).
	KindPackageJSON  Kind = "package-json"
	KindNPMLock      Kind = "npm-lock"
	KindPnpmLock     Kind = "pnpm-lock"
	KindYarnLock     Kind = "yarn-lock"
	KindPyproject    Kind = "pyproject"
	KindRequirements Kind = "requirements"
	KindPoetryLock   Kind = "poetry-lock"
	KindUVLock       Kind = "uv-lock"
	KindPipfile      Kind = "pipfile"
	KindPipfileLock  Kind = "pipfile-lock"
	KindGoMod        Kind = "go-mod"
	KindGoSum        Kind = "go-sum"
	// KindDockerfile is a Dockerfile (Dockerfile, *.Dockerfile,
	// Dockerfile.*, Containerfile).
	KindDockerfile Kind = "dockerfile"
	// KindWorkflow is a GitHub Actions workflow; KindAction an action's
	// metadata file (action.yml).
	KindWorkflow Kind = "workflow"
	KindAction   Kind = "action"
	// KindServerJSON is an MCP registry server manifest; KindSmithery a
	// smithery.yaml.
	KindServerJSON Kind = "server-json"
	KindSmithery   Kind = "smithery"
	// KindClientConfig is an MCP client or host configuration
	// (normalised by internal/configs).
	KindClientConfig Kind = "client-config"
	// KindEnv is a .env file.
	KindEnv Kind = "env"
	// KindPolicy is an IAM-style policy document (JSON or YAML with
	// Statement and Effect).
	KindPolicy Kind = "policy"
	// KindToolsList is a tools/list result (or a file of tool
	// definitions in that shape): the input of description rules.
	KindToolsList Kind = "tools-list"
	// KindDependencies is the derived, project-wide list of declared and
	// resolved dependencies of every manifest and lockfile.
	KindDependencies Kind = "dependencies"
)

// Kinds lists every kind with the rule language it belongs to.
var Kinds = map[Kind]string{
	KindPackageJSON: "manifest", KindNPMLock: "manifest", KindPnpmLock: "manifest", KindYarnLock: "manifest",
	KindPyproject: "manifest", KindRequirements: "manifest", KindPoetryLock: "manifest", KindUVLock: "manifest",
	KindPipfile: "manifest", KindPipfileLock: "manifest", KindGoMod: "manifest", KindGoSum: "manifest",
	KindDockerfile: "manifest", KindWorkflow: "manifest", KindAction: "manifest", KindServerJSON: "manifest",
	KindSmithery: "manifest", KindDependencies: "manifest",
	KindClientConfig: "config", KindEnv: "config", KindPolicy: "config",
	KindToolsList: "description",
}

// Doc is one parsed file.
type Doc struct {
	// Path is relative to the target root, forward slashes.
	Path   string
	Kind   Kind
	Format Format
	Root   *Node
	Lines  *Lines
	// Comments are the file's comment lines (line number and text), for
	// suppression comments.
	Comments []Comment
}

// Comment is one comment of a document.
type Comment struct {
	Line int
	// Col is the column the comment starts at; Alone says nothing but
	// whitespace precedes it on its line.
	Col   int
	Alone bool
	Text  string
}

// FormatOf returns the syntax of a document kind at a path.
func FormatOf(kind Kind, p string) Format {
	base := strings.ToLower(path.Base(p))
	switch kind {
	case KindDockerfile:
		return Dockerfile
	case KindEnv:
		return Env
	case KindRequirements, KindYarnLock, KindGoMod, KindGoSum:
		return Text
	case KindPyproject, KindPoetryLock, KindUVLock, KindPipfile:
		return TOML
	}
	switch {
	case strings.HasSuffix(base, ".yaml"), strings.HasSuffix(base, ".yml"):
		return YAML
	case strings.HasSuffix(base, ".toml"):
		return TOML
	}
	return JSON
}

// Parse reads a document of a known kind and format. Text formats have no
// tree (Root is nil): internal/deps reads them.
func Parse(p string, kind Kind, data []byte) (*Doc, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("larger than %d MiB", MaxSize>>20)
	}
	d := &Doc{Path: p, Kind: kind, Format: FormatOf(kind, p), Lines: NewLines(data)}
	var err error
	switch d.Format {
	case JSON:
		d.Root, d.Comments, err = parseJSON(data, d.Lines, true)
	case YAML:
		d.Root, err = parseYAML(data, d.Lines)
		d.Comments = hashComments(data, d.Lines)
	case TOML:
		d.Root, err = parseTOML(data, d.Lines)
		d.Comments = hashComments(data, d.Lines)
	case Dockerfile:
		d.Root, err = parseDockerfile(data, d.Lines)
		d.Comments = hashComments(data, d.Lines)
	case Env:
		d.Root, err = parseEnv(data, d.Lines)
		d.Comments = hashComments(data, d.Lines)
	case Text:
		d.Comments = hashComments(data, d.Lines)
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

// hashComments finds "#" comments: a "#" at the start of a line or after
// whitespace. It does not know the file's quoting rules, so a " #" inside
// a quoted value counts too; only suppression comments are looked for.
func hashComments(data []byte, lines *Lines) []Comment {
	var out []Comment
	if bytes.IndexByte(data, '#') < 0 {
		return nil
	}
	for i := 1; i <= len(lines.starts); i++ {
		text := lines.Line(i)
		idx := strings.IndexByte(text, '#')
		for idx > 0 && text[idx-1] != ' ' && text[idx-1] != '\t' {
			next := strings.IndexByte(text[idx+1:], '#')
			if next < 0 {
				idx = -1
				break
			}
			idx += next + 1
		}
		if idx < 0 {
			continue
		}
		alone := strings.TrimSpace(text[:idx]) == ""
		out = append(out, Comment{Line: i, Col: idx + 1, Alone: alone, Text: text[idx:]})
	}
	return out
}
