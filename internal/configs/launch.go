package configs

import (
	"regexp"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/document"
)

// Launch is what a command line would run: a package fetched by a runner
// (npx, uvx, docker run, …), an installed package, a local file or a
// binary. It is read from the text only; nothing is run.
type Launch struct {
	// Runner is the tool that fetches and runs the package: npx, bunx,
	// pnpm-dlx, yarn-dlx, uvx, pipx, docker, podman, go-run; for installs
	// npm-install, pip-install, uv-tool-install; or node, python, deno,
	// binary for local programs.
	Runner string
	// Kind is package, image, git, url, path or binary.
	Kind string
	// Ecosystem is npm, pypi, go or oci for packages and images.
	Ecosystem string
	// Name and Version: the package (or image) and the exact version it
	// is pinned to ("" when not pinned to one).
	Name, Version string
	// Spec is the package argument as written ("mcp-remote@0.1.15").
	Spec string
	// Constraint is the version part as written when it is not exact
	// ("latest", "^1.2", ">=1"), or "" when none is given.
	Constraint string
	// Pinned: an exact version, a digest, or a git commit.
	Pinned bool
	// Arg is the index of the spec in argv (0 is the command).
	Arg int
}

var (
	npmExact  = regexp.MustCompile(`^[v=]?[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$`)
	pyExact   = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)*(?:(?:a|b|rc|\.post|\.dev)[0-9]+)*(?:\+[0-9A-Za-z.]+)?$`)
	goExact   = regexp.MustCompile(`^v[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?$`)
	gitCommit = regexp.MustCompile(`[@#]([0-9a-f]{40})$`)
	pySpec    = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(?:(===|==|~=|!=|<=|>=|<|>|@)\s*(.*))?$`)
	imageRef  = regexp.MustCompile(`^[a-z0-9]+(?:[._/:-][a-z0-9]+)*(?:[:@][A-Za-z0-9_.:-]+)*$`)
)

// docker and podman run flags that take a value as the next argument.
var dockerValueFlags = map[string]bool{
	"-e": true, "--env": true, "--env-file": true, "-v": true, "--volume": true, "--name": true, "-p": true, "--publish": true,
	"--network": true, "--net": true, "--mount": true, "-w": true, "--workdir": true, "--entrypoint": true, "-u": true, "--user": true,
	"--platform": true, "-l": true, "--label": true, "--add-host": true, "--cap-add": true, "--cap-drop": true, "-m": true,
	"--memory": true, "--cpus": true, "--pull": true, "-h": true, "--hostname": true, "--device": true, "--tmpfs": true,
	"--security-opt": true, "--ulimit": true, "--log-driver": true, "--log-opt": true, "--restart": true, "--runtime": true,
	"--gpus": true, "--ipc": true, "--pid": true, "--dns": true, "--expose": true, "--label-file": true, "--shm-size": true,
}

// npx and friends: flags that take a value.
var npxValueFlags = map[string]bool{"-p": true, "--package": true, "-c": true, "--call": true, "--registry": true, "--cache": true, "--userconfig": true}

// uvx / pipx flags that take a value.
var uvxValueFlags = map[string]bool{"--from": true, "--with": true, "-w": true, "--python": true, "-p": true, "--index": true, "--index-url": true,
	"--extra-index-url": true, "--spec": true, "--pip-args": true, "--with-editable": true, "--with-requirements": true, "-c": true, "--constraint": true}

// ParseLaunch reads a command and its arguments. It looks through shell
// wrappers (sh -c "…", cmd /c …) to the command they run.
func ParseLaunch(argv []string) (Launch, bool) {
	return parseLaunch(argv, 0, 0)
}

func parseLaunch(argv []string, offset, depth int) (Launch, bool) {
	if len(argv) == 0 || depth > 3 {
		return Launch{}, false
	}
	cmd := commandName(argv[0])
	args := argv[1:]
	at := func(l Launch, i int) (Launch, bool) {
		l.Arg = offset + 1 + i
		return l, true
	}
	switch cmd {
	case "npx", "bunx", "pnpx":
		if i, spec := firstOperand(args, npxValueFlags, []string{"-p", "--package"}); i >= 0 {
			return at(npmLaunch(cmd, spec), i)
		}
	case "npm":
		if len(args) > 0 && (args[0] == "exec" || args[0] == "x") {
			if i, spec := firstOperand(args[1:], npxValueFlags, []string{"-p", "--package"}); i >= 0 {
				return at(npmLaunch("npx", spec), i+1)
			}
		}
		if len(args) > 0 && (args[0] == "install" || args[0] == "i" || args[0] == "add") {
			if i, spec := firstOperand(args[1:], npxValueFlags, nil); i >= 0 {
				return at(npmLaunch("npm-install", spec), i+1)
			}
		}
	case "pnpm", "yarn":
		if len(args) > 0 && args[0] == "dlx" {
			if i, spec := firstOperand(args[1:], npxValueFlags, []string{"-p", "--package"}); i >= 0 {
				return at(npmLaunch(cmd+"-dlx", spec), i+1)
			}
		}
	case "uvx":
		if i, spec := pyOperand(args); i >= 0 {
			return at(pyLaunch("uvx", spec), i)
		}
	case "uv":
		if len(args) > 1 && args[0] == "tool" && (args[1] == "run" || args[1] == "install") {
			runner := "uvx"
			if args[1] == "install" {
				runner = "uv-tool-install"
			}
			if i, spec := pyOperand(args[2:]); i >= 0 {
				return at(pyLaunch(runner, spec), i+2)
			}
		}
		if len(args) > 1 && args[0] == "pip" && args[1] == "install" {
			if i, spec := pyOperand(args[2:]); i >= 0 {
				return at(pyLaunch("pip-install", spec), i+2)
			}
		}
		return Launch{Runner: "uv", Kind: "path"}, true
	case "pipx":
		if len(args) > 0 && (args[0] == "run" || args[0] == "install") {
			if i, spec := pyOperand(args[1:]); i >= 0 {
				return at(pyLaunch("pipx", spec), i+1)
			}
		}
	case "pip", "pip3":
		if len(args) > 0 && args[0] == "install" {
			if i, spec := pyOperand(args[1:]); i >= 0 {
				return at(pyLaunch("pip-install", spec), i+1)
			}
		}
	case "docker", "podman":
		if len(args) > 0 && (args[0] == "run" || (args[0] == "container" && len(args) > 1 && args[1] == "run")) {
			skip := 1
			if args[0] == "container" {
				skip = 2
			}
			if i, spec := firstOperand(args[skip:], dockerValueFlags, nil); i >= 0 {
				return at(imageLaunch(cmd, spec), i+skip)
			}
		}
	case "go":
		if len(args) > 1 && (args[0] == "run" || args[0] == "install") {
			if i, spec := firstOperand(args[1:], map[string]bool{"-C": true, "-exec": true, "-tags": true}, nil); i >= 0 {
				return at(goLaunch(spec), i+1)
			}
		}
	case "sh", "bash", "zsh", "dash", "ash":
		for i, a := range args {
			if (a == "-c" || a == "-lc" || a == "-ic") && i+1 < len(args) {
				inner := firstSimpleCommand(args[i+1])
				if l, ok := parseLaunch(inner, 0, depth+1); ok {
					l.Arg = offset + 2 + i
					return l, true
				}
				return Launch{Runner: "shell", Kind: "binary", Name: cmd}, true
			}
		}
	case "cmd":
		for i, a := range args {
			if strings.EqualFold(a, "/c") || strings.EqualFold(a, "/k") {
				return parseLaunch(args[i+1:], offset+2+i, depth+1)
			}
		}
	case "node", "python", "python3", "deno", "bun", "ruby", "java":
		return Launch{Runner: cmd, Kind: "path"}, true
	}
	return Launch{Runner: "binary", Kind: "binary", Name: argv[0]}, true
}

// commandName is the base name of a command without a Windows extension.
func commandName(c string) string {
	c = strings.ReplaceAll(c, "\\", "/")
	if i := strings.LastIndexByte(c, '/'); i >= 0 {
		c = c[i+1:]
	}
	lower := strings.ToLower(c)
	for _, ext := range []string{".cmd", ".exe", ".bat", ".ps1"} {
		lower = strings.TrimSuffix(lower, ext)
	}
	return lower
}

// firstOperand returns the first argument that is not a flag (skipping
// the values of flags that take one), or the value of one of the pkgFlags.
func firstOperand(args []string, valueFlags map[string]bool, pkgFlags []string) (int, string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		for _, pf := range pkgFlags {
			if a == pf && i+1 < len(args) {
				return i + 1, args[i+1]
			}
			if strings.HasPrefix(a, pf+"=") {
				return i, strings.TrimPrefix(a, pf+"=")
			}
		}
		if a == "--" {
			if i+1 < len(args) {
				return i + 1, args[i+1]
			}
			return -1, ""
		}
		if strings.HasPrefix(a, "-") {
			if valueFlags[a] {
				i++
			}
			continue
		}
		return i, a
	}
	return -1, ""
}

// pyOperand is firstOperand for uvx/pipx, where --from/--spec names the
// package when given.
func pyOperand(args []string) (int, string) {
	return firstOperand(args, uvxValueFlags, []string{"--from", "--spec"})
}

func npmLaunch(runner, spec string) Launch {
	l := Launch{Runner: runner, Spec: spec, Ecosystem: "npm", Kind: "package"}
	switch {
	case strings.HasPrefix(spec, "git+") || strings.HasPrefix(spec, "github:") || strings.HasPrefix(spec, "git://") ||
		strings.HasPrefix(spec, "gitlab:") || strings.HasPrefix(spec, "bitbucket:"):
		l.Kind, l.Name = "git", spec
		l.Pinned = gitCommit.MatchString(spec)
		return l
	case strings.HasPrefix(spec, "http://") || strings.HasPrefix(spec, "https://"):
		l.Kind, l.Name = "url", spec
		return l
	case strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || strings.HasPrefix(spec, "file:") || strings.HasPrefix(spec, "~"):
		l.Kind, l.Name, l.Pinned = "path", spec, true
		return l
	}
	name, ver := spec, ""
	if i := strings.LastIndexByte(spec, '@'); i > 0 {
		name, ver = spec[:i], spec[i+1:]
	}
	l.Name = name
	if npmExact.MatchString(ver) {
		l.Version = strings.TrimLeft(ver, "v=")
		l.Pinned = true
	} else {
		l.Constraint = ver
	}
	return l
}

func pyLaunch(runner, spec string) Launch {
	l := Launch{Runner: runner, Spec: spec, Ecosystem: "pypi", Kind: "package"}
	switch {
	case strings.HasPrefix(spec, "git+") || strings.Contains(spec, "@ git+"):
		l.Kind, l.Name = "git", spec
		l.Pinned = gitCommit.MatchString(spec)
		return l
	case strings.HasPrefix(spec, "http://") || strings.HasPrefix(spec, "https://"):
		l.Kind, l.Name = "url", spec
		return l
	case strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/") || strings.HasPrefix(spec, "~"):
		l.Kind, l.Name, l.Pinned = "path", spec, true
		return l
	}
	m := pySpec.FindStringSubmatch(spec)
	if m == nil {
		l.Name = spec
		return l
	}
	l.Name = m[1]
	op, ver := m[3], strings.TrimSpace(m[4])
	if (op == "==" || op == "===" || op == "@") && pyExact.MatchString(ver) {
		l.Version, l.Pinned = ver, true
	} else if op != "" {
		l.Constraint = op + ver
		if op == "@" {
			l.Constraint = ver
		}
	}
	return l
}

func imageLaunch(runner, spec string) Launch {
	l := Launch{Runner: runner, Spec: spec, Ecosystem: "oci", Kind: "image"}
	ref, digest, _ := strings.Cut(spec, "@")
	name, tag := ref, ""
	if i := strings.LastIndexByte(ref, ':'); i > strings.LastIndexByte(ref, '/') {
		name, tag = ref[:i], ref[i+1:]
	}
	l.Name = name
	switch {
	case digest != "":
		l.Version, l.Pinned = digest, true
	case tag != "" && tag != "latest":
		l.Version, l.Pinned = tag, true
	default:
		l.Constraint = tag
	}
	if !imageRef.MatchString(strings.ToLower(spec)) || strings.HasPrefix(spec, "$") {
		l.Kind = "binary"
	}
	return l
}

func goLaunch(spec string) Launch {
	l := Launch{Runner: "go-run", Spec: spec, Ecosystem: "go", Kind: "package"}
	name, ver, ok := strings.Cut(spec, "@")
	l.Name = name
	if !ok {
		l.Kind, l.Pinned = "path", true
		return l
	}
	if goExact.MatchString(ver) {
		l.Version, l.Pinned = ver, true
	} else {
		l.Constraint = ver
	}
	return l
}

// firstSimpleCommand splits a shell string and returns the words of its
// first command (up to &&, ||, ;, | or a newline).
func firstSimpleCommand(s string) []string {
	cmds := SplitShell(s)
	if len(cmds) == 0 {
		return nil
	}
	return cmds[0]
}

// SplitShell splits a shell command line into simple commands (at &&, ||,
// ;, | and newlines) and each into words (quotes removed). It is a reading
// aid, not a shell: expansions are left as written.
func SplitShell(s string) [][]string {
	var out [][]string
	var words []string
	var b strings.Builder
	inWord := false
	var quote byte
	flushWord := func() {
		if inWord {
			words = append(words, b.String())
			b.Reset()
			inWord = false
		}
	}
	flushCmd := func() {
		flushWord()
		if len(words) > 0 {
			out = append(out, words)
			words = nil
		}
	}
	for i := 0; i < len(s) && len(out) < 1000; i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else {
				b.WriteByte(c)
			}
		case c == '"' || c == '\'':
			quote = c
			inWord = true
		case c == '\\' && i+1 < len(s):
			i++
			if s[i] != '\n' {
				b.WriteByte(s[i])
				inWord = true
			}
		case c == ' ' || c == '\t':
			flushWord()
		case c == '\n' || c == ';' || c == '|' || c == '&':
			flushCmd()
			if i+1 < len(s) && (s[i+1] == '&' || s[i+1] == '|') {
				i++
			}
		default:
			b.WriteByte(c)
			inWord = true
		}
	}
	flushCmd()
	return out
}

// Packages returns the packages a shell command line installs or runs
// (npm i -g x@1, pip install x==1, npx -y x, uvx x, docker run image, …).
func Packages(cmdline string) []Launch {
	var out []Launch
	for _, words := range SplitShell(cmdline) {
		// Skip leading environment assignments and sudo.
		for len(words) > 0 && (words[0] == "sudo" || (strings.Contains(words[0], "=") && !strings.HasPrefix(words[0], "-"))) {
			words = words[1:]
		}
		if len(words) == 0 {
			continue
		}
		l, ok := ParseLaunch(words)
		if !ok || (l.Kind != "package" && l.Kind != "image" && l.Kind != "git") {
			continue
		}
		out = append(out, l)
		// npm i -g a@1 b@2 / pip install a b: the other operands too.
		if l.Runner == "npm-install" || l.Runner == "pip-install" {
			for _, w := range words[l.Arg+1:] {
				if strings.HasPrefix(w, "-") {
					continue
				}
				var m Launch
				if l.Runner == "npm-install" {
					m = npmLaunch(l.Runner, w)
				} else {
					m = pyLaunch(l.Runner, w)
				}
				if m.Kind == "package" {
					out = append(out, m)
				}
			}
		}
		if len(out) > 1000 {
			break
		}
	}
	return out
}

// LaunchNode returns the document node of a launch located at a node
// (rules read launch.name, launch.version, launch.pinned, …).
func LaunchNode(l Launch, at *document.Node) *document.Node { return launchNode(l, at) }

// EnrichPackages adds the packages that command strings install or run:
// Dockerfile stages get packages[] from their RUN instructions, workflow
// and action steps from their run: scripts.
func EnrichPackages(doc *document.Doc) {
	if doc == nil || doc.Root == nil {
		return
	}
	addAll := func(owner *document.Node, runs []*document.Node) {
		var arr *document.Node
		for _, r := range runs {
			if !r.IsScalar() {
				continue
			}
			for _, l := range Packages(r.Value) {
				if arr == nil {
					arr = owner.Set("packages", document.NewArray(r.Start, r.End))
				}
				arr.Add(launchNode(l, r))
			}
		}
	}
	switch doc.Kind {
	case document.KindDockerfile:
		if st := doc.Root.Get("stages"); st != nil {
			for _, s := range st.Children {
				if run := s.Get("run"); run != nil {
					addAll(s, run.Children)
				}
			}
		}
	case document.KindWorkflow, document.KindAction:
		var steps []*document.Node
		if jobs := doc.Root.Get("jobs"); jobs != nil {
			for _, j := range jobs.Children {
				if s := j.Get("steps"); s != nil {
					steps = append(steps, s.Children...)
				}
			}
		}
		if runs := doc.Root.Get("runs"); runs != nil {
			if s := runs.Get("steps"); s != nil {
				steps = append(steps, s.Children...)
			}
		}
		for _, s := range steps {
			if r := s.Get("run"); r != nil {
				addAll(s, []*document.Node{r})
			}
		}
	}
}
