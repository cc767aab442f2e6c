// Package configs reads MCP client and host configuration files — Claude
// Desktop, Claude Code, Cursor, VS Code, Windsurf, Gemini CLI, Codex,
// Cline, Roo Code, Zed, opencode, Continue, Goose, Amazon Q, Kiro, LM
// Studio — into one normalised shape, so that rules are written once:
//
//	client: "cursor"
//	servers[]: {name, transport, command, args[], env{}, url, headers{},
//	            auto_approve[], trust, disabled, cwd, roots[],
//	            oauth{authorization_url, token_url, redirect_uri, issuer, scopes},
//	            command_line, launch{runner, kind, ecosystem, name, version,
//	            constraint, spec, pinned}, options{flag: value}}
//	raw: the file as written
//
// Normalised nodes keep the positions of the values they come from.
// Nothing is run: launch is read from the command line's text.
package configs

import (
	"path"
	"regexp"
	"strings"

	"github.com/mcpsafe/mcpsafe/internal/document"
)

// Server is one configured MCP server, for inventories.
type Server struct {
	Client    string   `json:"client"`
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Name      string   `json:"name"`
	Transport string   `json:"transport"`
	Command   string   `json:"command,omitempty"`
	Args      []string `json:"args,omitempty"`
	URL       string   `json:"url,omitempty"`
	// Package is what the launch would run: a package, an image, a git
	// URL or a local program; Version its exact version when pinned.
	Package   string `json:"package,omitempty"`
	Ecosystem string `json:"ecosystem,omitempty"`
	Version   string `json:"version,omitempty"`
	Pinned    bool   `json:"pinned"`
	Runner    string `json:"runner,omitempty"`
	Disabled  bool   `json:"disabled,omitempty"`
}

// ClientOf guesses which client a configuration file belongs to from its
// path (and, for generic names, from its shape).
func ClientOf(p string, raw *document.Node) string {
	p = strings.ToLower(strings.ReplaceAll(p, "\\", "/"))
	base := path.Base(p)
	dir := path.Dir(p)
	switch {
	case base == "claude_desktop_config.json":
		return "claude-desktop"
	case base == ".claude.json" || base == ".mcp.json" || strings.Contains(p, ".claude/") || strings.Contains(p, "claudecode/"):
		return "claude-code"
	case strings.HasSuffix(dir, ".cursor"):
		return "cursor"
	case strings.HasSuffix(dir, ".vscode") || strings.Contains(p, "code/user/") || strings.Contains(p, "code - insiders/user/"):
		if strings.Contains(p, "saoudrizwan.claude-dev") {
			return "cline"
		}
		if strings.Contains(p, "rooveterinaryinc.roo-cline") {
			return "roo-code"
		}
		return "vscode"
	case base == "mcp_config.json" || strings.Contains(p, "windsurf"):
		return "windsurf"
	case strings.HasSuffix(dir, ".gemini"):
		return "gemini-cli"
	case strings.HasSuffix(dir, ".codex"):
		return "codex"
	case base == "cline_mcp_settings.json":
		return "cline"
	case base == "mcp_settings.json" || strings.HasSuffix(dir, ".roo"):
		return "roo-code"
	case strings.Contains(p, "zed/") || raw.Get("context_servers") != nil:
		return "zed"
	case strings.HasPrefix(base, "opencode."):
		return "opencode"
	case strings.Contains(p, ".continue/"):
		return "continue"
	case strings.Contains(p, "goose/") || raw.Get("extensions") != nil:
		return "goose"
	case strings.Contains(p, "amazonq"):
		return "amazon-q"
	case strings.Contains(p, ".kiro/"):
		return "kiro"
	case strings.Contains(p, ".lmstudio"):
		return "lm-studio"
	}
	return "mcp-client"
}

// Normalize builds the normalised tree of a client configuration document
// and the inventory of its servers.
func Normalize(doc *document.Doc) (*document.Node, []Server) {
	raw := doc.Root
	root := document.NewObject(raw.Start, raw.End)
	client := ClientOf(doc.Path, raw)
	root.Set("client", document.NewString(client, raw.Start, raw.Start))
	servers := root.Set("servers", document.NewArray(raw.Start, raw.End))
	var inv []Server
	for _, c := range containers(raw) {
		entries := c.Children
		for _, e := range entries {
			if e.Type != document.Object {
				continue
			}
			name := e.Key
			nameNode := document.NewString(name, e.KeyStart, e.KeyEnd)
			if c.Type == document.Array {
				n := e.Get("name")
				if n == nil {
					continue
				}
				name, nameNode = n.Value, n.Clone()
			}
			if !e.HasKey() && c.Type == document.Object {
				nameNode = document.NewString(name, e.Start, e.Start)
			}
			s, srv := server(e, name, nameNode)
			if s == nil {
				continue
			}
			servers.Add(s)
			srv.Client, srv.File = client, doc.Path
			inv = append(inv, srv)
		}
	}
	root.Set("raw", raw.Clone())
	return root, inv
}

// containers returns the objects (name → server) and arrays (of servers
// with a name) that hold server definitions, in the spellings of the
// clients listed in the package comment.
func containers(raw *document.Node) []*document.Node {
	var out []*document.Node
	add := func(n *document.Node) {
		if n != nil && (n.Type == document.Object || n.Type == document.Array) {
			out = append(out, n)
		}
	}
	add(raw.Get("mcpServers"))      // Claude, Cursor, Windsurf, Gemini, Cline, Roo, Kiro, Continue (list), …
	add(raw.Get("mcp_servers"))     // Codex
	add(raw.Get("context_servers")) // Zed
	add(raw.Get("servers"))         // VS Code mcp.json
	if m := raw.Get("mcp"); m != nil && m.Type == document.Object {
		if s := m.Get("servers"); s != nil {
			add(s) // VS Code settings.json
		} else if isOpencode(m) {
			add(m) // opencode: mcp: {name: {type: local|remote, …}}
		}
	}
	if x := raw.Get("extensions"); x != nil && x.Type == document.Object { // Goose
		add(x)
	}
	if p := raw.Get("projects"); p != nil && p.Type == document.Object { // ~/.claude.json
		for _, proj := range p.Children {
			add(proj.Get("mcpServers"))
		}
	}
	return out
}

func isOpencode(m *document.Node) bool {
	for _, c := range m.Children {
		if t := c.Str("type"); t == "local" || t == "remote" {
			return true
		}
	}
	return false
}

func firstOf(e *document.Node, keys ...string) *document.Node {
	for _, k := range keys {
		if v := e.Get(k); v != nil {
			return v
		}
	}
	return nil
}

// server normalises one server entry. Entries with neither a command nor
// a URL are not servers.
func server(e *document.Node, name string, nameNode *document.Node) (*document.Node, Server) {
	srv := Server{Name: name, Line: nameNode.Start.Line}
	command := firstOf(e, "command", "cmd")
	var args []*document.Node
	var envNode *document.Node
	if command != nil && command.Type == document.Object { // Zed: command: {path, args, env}
		if a := command.Get("args"); a != nil {
			args = a.Children
		}
		envNode = command.Get("env")
		command = command.Get("path")
	}
	if command != nil && command.Type == document.Array { // opencode: command: [bin, args…]
		items := command.Children
		if len(items) == 0 {
			command = nil
		} else {
			command, args = items[0], items[1:]
		}
	}
	if a := e.Get("args"); a != nil && a.Type == document.Array {
		args = a.Children
	}
	if command != nil && !command.IsScalar() {
		command = nil
	}
	url := firstOf(e, "url", "serverUrl", "httpUrl", "uri")
	if url != nil && !url.IsScalar() {
		url = nil
	}
	if command == nil && url == nil {
		return nil, srv
	}
	s := document.NewObject(e.Start, e.End)
	s.Set("name", nameNode)
	transport := ""
	if t := firstOf(e, "type", "transport"); t != nil && t.IsScalar() {
		transport = strings.ToLower(t.Value)
	}
	switch transport {
	case "stdio", "local":
		transport = "stdio"
	case "http", "streamable-http", "streamable_http", "streamablehttp", "remote":
		transport = "http"
	case "sse":
	case "":
		switch {
		case command != nil:
			transport = "stdio"
		case e.Get("url") != nil && e.Get("httpUrl") == nil && e.Get("serverUrl") == nil && strings.HasSuffix(strings.TrimRight(url.Value, "/"), "/sse"):
			transport = "sse"
		default:
			transport = "http"
		}
	}
	srv.Transport = transport
	s.Set("transport", document.NewString(transport, e.Start, e.Start))
	if command != nil {
		s.Set("command", command.Clone())
		srv.Command = command.Value
	}
	argArr := document.NewArray(e.Start, e.End)
	for _, a := range args {
		if a.IsScalar() {
			argArr.Add(a.Clone())
			srv.Args = append(srv.Args, a.Value)
		}
	}
	srv.Args = redactArgs(srv.Args)
	if len(argArr.Children) > 0 {
		argArr.Start, argArr.End = argArr.Children[0].Start, argArr.Children[len(argArr.Children)-1].End
	}
	s.Set("args", argArr)
	if envNode == nil {
		envNode = firstOf(e, "env", "environment", "envs")
	}
	if envNode != nil && envNode.Type == document.Object {
		s.Set("env", envNode.Clone())
	}
	if url != nil {
		s.Set("url", url.Clone())
		srv.URL = secretQuery.ReplaceAllString(url.Value, "${1}***")
	}
	if h := firstOf(e, "headers", "http_headers", "requestInit"); h != nil && h.Type == document.Object {
		if inner := h.Get("headers"); inner != nil && inner.Type == document.Object { // requestInit.headers
			h = inner
		}
		s.Set("headers", h.Clone())
	}
	if aa := firstOf(e, "autoApprove", "alwaysAllow", "auto_approve", "autoapprove"); aa != nil {
		s.Set("auto_approve", aa.Clone())
	}
	for _, k := range []string{"trust", "disabled", "cwd", "roots"} {
		if v := e.Get(k); v != nil {
			s.Set(k, v.Clone())
		}
	}
	if en := e.Get("enabled"); en != nil && en.Type == document.Bool && en.Value == "false" {
		s.Set("disabled", document.NewBool(true, en.Start, en.End))
	}
	srv.Disabled = s.Get("disabled").Truthy()
	if o := e.Get("oauth"); o != nil && o.Type == document.Object {
		s.Set("oauth", oauth(o))
	}

	// Derived: the command line, what it runs, and its --options.
	if command != nil {
		parts := []string{command.Value}
		parts = append(parts, srv.Args...)
		line := strings.Join(parts, " ")
		s.Set("command_line", document.NewString(line, command.Start, lastEnd(command, argArr)))
		argv := append([]string{command.Value}, srv.Args...)
		if l, ok := ParseLaunch(argv); ok {
			at := command
			if l.Arg > 0 && l.Arg-1 < len(argArr.Children) {
				at = argArr.Children[l.Arg-1]
			}
			s.Set("launch", launchNode(l, at))
			srv.Runner, srv.Ecosystem, srv.Pinned = l.Runner, l.Ecosystem, l.Pinned
			srv.Package, srv.Version = l.Name, l.Version
			if l.Kind == "path" || l.Kind == "binary" {
				srv.Package = ""
			}
		}
		s.Set("options", options(argArr))
	}
	return s, srv
}

func lastEnd(cmd *document.Node, args *document.Node) document.Loc {
	if len(args.Children) > 0 {
		return args.Children[len(args.Children)-1].End
	}
	return cmd.End
}

var (
	secretFlag  = regexp.MustCompile(`(?i)^--?(?:[a-z]{1,20}[-_])?(?:token|api[-_]?key|apikey|password|passwd|secret|client[-_]?secret|bearer|pat|auth)$`)
	secretQuery = regexp.MustCompile(`(?i)([?&](?:api[_-]?key|token|access_token|auth|key|secret|password)=)[^&#]*`)
)

// redactArgs hides the values of secret-looking options in an inventory
// (the rules read the file itself).
func redactArgs(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		switch {
		case i > 0 && secretFlag.MatchString(args[i-1]):
			out[i] = "***"
		case strings.HasPrefix(a, "-") && strings.Contains(a, "=") && secretFlag.MatchString(a[:strings.IndexByte(a, '=')]):
			out[i] = a[:strings.IndexByte(a, '=')+1] + "***"
		default:
			out[i] = secretQuery.ReplaceAllString(a, "${1}***")
		}
	}
	return out
}

// oauth normalises client-side OAuth settings (Gemini CLI spells them
// authorizationUrl, tokenUrl, redirectUri, scopes).
func oauth(o *document.Node) *document.Node {
	out := document.NewObject(o.Start, o.End)
	for _, m := range [][]string{
		{"authorization_url", "authorizationUrl", "authorization_url", "authUrl", "authorizationEndpoint"},
		{"token_url", "tokenUrl", "token_url", "tokenEndpoint"},
		{"redirect_uri", "redirectUri", "redirect_uri", "redirectUrl", "callbackUrl"},
		{"issuer", "issuer", "issuerUrl", "issuer_url"},
		{"scopes", "scopes", "scope"},
		{"client_secret", "clientSecret", "client_secret"},
	} {
		if v := firstOf(o, m[1:]...); v != nil {
			c := v.Clone()
			if m[0] == "scopes" && c.IsScalar() {
				// "scope": "a b c" is a space-separated list.
				arr := document.NewArray(c.Start, c.End)
				for _, s := range strings.Fields(c.Value) {
					arr.Add(document.NewString(s, c.Start, c.End))
				}
				c = arr
			}
			out.Set(m[0], c)
		}
	}
	return out
}

func launchNode(l Launch, at *document.Node) *document.Node {
	n := document.NewObject(at.Start, at.End)
	str := func(k, v string) {
		if v != "" {
			n.Set(k, document.NewString(v, at.Start, at.End))
		}
	}
	str("runner", l.Runner)
	str("kind", l.Kind)
	str("ecosystem", l.Ecosystem)
	str("name", l.Name)
	str("version", l.Version)
	str("constraint", l.Constraint)
	str("spec", l.Spec)
	n.Set("pinned", document.NewBool(l.Pinned, at.Start, at.End))
	return n
}

// options reads --flag value, --flag=value and -f value pairs from the
// arguments. Keys are the flag names without dashes, lower-cased.
func options(args *document.Node) *document.Node {
	out := document.NewObject(args.Start, args.End)
	items := args.Children
	for i := 0; i < len(items); i++ {
		a := items[i].Value
		if !strings.HasPrefix(a, "-") || a == "-" || a == "--" {
			continue
		}
		key := strings.ToLower(strings.TrimLeft(a, "-"))
		if k, _, ok := strings.Cut(key, "="); ok {
			val := items[i].Value[strings.IndexByte(items[i].Value, '=')+1:]
			out.Set(k, document.NewString(val, items[i].Start, items[i].End))
			continue
		}
		if i+1 < len(items) && !strings.HasPrefix(items[i+1].Value, "-") {
			out.Set(key, items[i+1].Clone())
			i++
		}
	}
	return out
}
