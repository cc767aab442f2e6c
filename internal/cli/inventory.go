package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mcpsafe/mcpsafe/internal/configs"
	"github.com/mcpsafe/mcpsafe/internal/result"
	"github.com/mcpsafe/mcpsafe/internal/scan"
	"github.com/mcpsafe/mcpsafe/internal/toolmodel"
)

// The inventory (--list-tools) is what a reviewer wants first: every tool,
// prompt and resource a target defines, with its description as the model
// sees it, its input schema, annotations and handler, plus the servers its
// client configurations launch (--client-configs).

// inventoryVersion is the version of the --list-tools JSON output.
const inventoryVersion = "1.0"

type invDoc struct {
	SchemaVersion string      `json:"schema_version"`
	Inventories   []invTarget `json:"inventories"`
}

type invTarget struct {
	Target       result.Target    `json:"target"`
	ServerNames  []string         `json:"server_names,omitempty"`
	Instructions []invText        `json:"instructions"`
	Tools        []invTool        `json:"tools"`
	Prompts      []invTool        `json:"prompts"`
	Resources    []invTool        `json:"resources"`
	Servers      []configs.Server `json:"configured_servers"`
}

type invText struct {
	Text string `json:"text"`
	File string `json:"file"`
	Line int    `json:"line"`
}

type invLoc struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

type invTool struct {
	Name        string            `json:"name"`
	Title       string            `json:"title,omitempty"`
	Description string            `json:"description,omitempty"`
	URI         string            `json:"uri,omitempty"`
	File        string            `json:"file"`
	Line        int               `json:"line"`
	Column      int               `json:"column"`
	Via         string            `json:"via"`
	Handler     *invLoc           `json:"handler,omitempty"`
	InputSchema map[string]any    `json:"input_schema,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

// inventoryOf builds the inventory of one scanned target.
func inventoryOf(t result.Target, inv *scan.Inventory, client string) invTarget {
	out := invTarget{Target: t, Instructions: []invText{}, Tools: []invTool{}, Prompts: []invTool{}, Resources: []invTool{}, Servers: []configs.Server{}}
	if inv == nil {
		return out
	}
	names := map[string]bool{}
	models := append([]*toolmodel.Model(nil), inv.Models...)
	sort.SliceStable(models, func(i, j int) bool { return models[i].File < models[j].File })
	for _, m := range models {
		if m.ServerName != "" && !names[m.ServerName] {
			names[m.ServerName] = true
			out.ServerNames = append(out.ServerNames, m.ServerName)
		}
		for _, in := range m.Instructions {
			out.Instructions = append(out.Instructions, invText{Text: in.Value, File: in.Span.File, Line: in.Span.Line})
		}
		for _, tl := range m.Tools {
			it := invTool{Name: tl.Name, URI: tl.URI, File: tl.Span.File, Line: tl.Span.Line, Column: tl.Span.Column, Via: tl.Via}
			if tl.NameText != nil {
				it.Line, it.Column = tl.NameText.Span.Line, tl.NameText.Span.Column
			}
			if tl.Title != nil {
				it.Title = tl.Title.Value
			}
			if tl.Description != nil {
				it.Description = tl.Description.Value
			}
			if tl.Handler != nil {
				it.Handler = &invLoc{File: tl.Handler.File, Line: tl.Handler.Line}
			}
			if tl.SchemaKnown {
				it.InputSchema = schemaOf(tl)
			}
			if len(tl.Annotations) > 0 {
				it.Annotations = map[string]string{}
				for k, a := range tl.Annotations {
					it.Annotations[k] = a.Value
				}
			}
			switch tl.Kind {
			case toolmodel.KindPrompt:
				out.Prompts = append(out.Prompts, it)
			case toolmodel.KindResource:
				out.Resources = append(out.Resources, it)
			default:
				out.Tools = append(out.Tools, it)
			}
		}
	}
	for _, s := range inv.Servers {
		if client != "" {
			// Found at this client's documented location.
			s.Client, s.File = client, t.Ref
		}
		out.Servers = append(out.Servers, s)
	}
	return out
}

// schemaOf renders a tool's parameters as the JSON Schema a client sees
// (as far as the source says).
func schemaOf(t *toolmodel.Tool) map[string]any {
	props := map[string]any{}
	var required []string
	for _, p := range t.Params {
		prop := map[string]any{}
		if p.Type != "" && p.Type != "any" {
			prop["type"] = p.Type
		}
		if p.Type == "any" {
			prop["x-mcpsafe-any"] = true // accepts any value
		}
		if p.Description != nil {
			prop["description"] = p.Description.Value
		}
		if p.Default != nil {
			prop["default"] = p.Default.Value
		}
		if len(p.Enum) > 0 {
			var vals []string
			for _, e := range p.Enum {
				vals = append(vals, e.Value)
			}
			prop["enum"] = vals
		}
		props[p.Name] = prop
		if p.Required {
			required = append(required, p.Name)
		}
	}
	s := map[string]any{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	if t.SchemaOpen {
		s["additionalProperties"] = true
	}
	return s
}

// writeInventory prints the inventories of the scanned targets.
func (e *env) writeInventory(w io.Writer, format string, invs []invTarget) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(invDoc{SchemaVersion: inventoryVersion, Inventories: invs})
	}
	if format != "text" {
		return usageErr("--list-tools prints text or json, not %s", format)
	}
	for i, inv := range invs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		writeInventoryText(w, inv)
	}
	return nil
}

func writeInventoryText(w io.Writer, inv invTarget) {
	fmt.Fprintf(w, "MCP inventory of %s (%s)\n", inv.Target.Ref, inv.Target.Resolved)
	if len(inv.ServerNames) > 0 {
		fmt.Fprintf(w, "Server: %s\n", strings.Join(inv.ServerNames, ", "))
	}
	if len(inv.Instructions) > 0 {
		fmt.Fprintf(w, "\nServer instructions\n")
		for _, in := range inv.Instructions {
			fmt.Fprintf(w, "  %s:%d  %s\n", in.File, in.Line, visible(in.Text, 300))
		}
	}
	section := func(title string, list []invTool) {
		if len(list) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s (%d)\n", title, len(list))
		for _, t := range list {
			name := t.Name
			if t.URI != "" && t.URI != t.Name {
				name += "  " + t.URI
			}
			fmt.Fprintf(w, "  %s  %s:%d", visible(name, 120), t.File, t.Line)
			if t.Handler != nil && (t.Handler.File != t.File || t.Handler.Line != t.Line) {
				fmt.Fprintf(w, "  handler %s:%d", t.Handler.File, t.Handler.Line)
			}
			fmt.Fprintln(w)
			if t.Title != "" {
				fmt.Fprintf(w, "      title: %s\n", visible(t.Title, 120))
			}
			if t.Description != "" {
				fmt.Fprintf(w, "      %s\n", visible(t.Description, 300))
			}
			if t.InputSchema != nil {
				fmt.Fprintf(w, "      input: %s\n", paramsLine(t.InputSchema))
			} else {
				fmt.Fprintf(w, "      input: (not read from the source)\n")
			}
			if len(t.Annotations) > 0 {
				var keys []string
				for k := range t.Annotations {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				var parts []string
				for _, k := range keys {
					parts = append(parts, k+"="+t.Annotations[k])
				}
				fmt.Fprintf(w, "      annotations: %s\n", strings.Join(parts, ", "))
			}
		}
	}
	section("Tools", inv.Tools)
	section("Prompts", inv.Prompts)
	section("Resources", inv.Resources)
	if len(inv.Tools)+len(inv.Prompts)+len(inv.Resources)+len(inv.Instructions) == 0 && len(inv.Servers) == 0 {
		fmt.Fprintln(w, "\nNo tools, prompts, resources or configured servers found.")
	}
	writeServers(w, inv.Servers)
}

// writeServers lists configured servers with what they would run.
func writeServers(w io.Writer, servers []configs.Server) {
	if len(servers) == 0 {
		return
	}
	fmt.Fprintf(w, "\nConfigured MCP servers (%d)\n", len(servers))
	for _, s := range servers {
		what := s.URL
		if s.Command != "" {
			what = strings.Join(append([]string{s.Command}, s.Args...), " ")
		}
		runs := ""
		switch {
		case s.Package != "" && s.Version != "":
			runs = fmt.Sprintf("runs %s %s (%s, pinned)", s.Package, s.Version, s.Ecosystem)
		case s.Package != "":
			runs = fmt.Sprintf("runs %s (%s, NOT pinned)", s.Package, s.Ecosystem)
		case s.URL != "":
			runs = "remote"
		default:
			runs = "local program"
		}
		disabled := ""
		if s.Disabled {
			disabled = "  [disabled]"
		}
		fmt.Fprintf(w, "  %-14s %s  %s:%d  %s%s\n      %s\n", s.Client, s.Name, s.File, s.Line, s.Transport, disabled, visible(what, 200))
		fmt.Fprintf(w, "      %s\n", runs)
	}
}

func paramsLine(schema map[string]any) string {
	props, _ := schema["properties"].(map[string]any)
	req := map[string]bool{}
	if r, ok := schema["required"].([]string); ok {
		for _, n := range r {
			req[n] = true
		}
	}
	if len(props) == 0 {
		if schema["additionalProperties"] == true {
			return "anything (open schema)"
		}
		return "none"
	}
	var names []string
	for n := range props {
		names = append(names, n)
	}
	sort.Strings(names)
	var parts []string
	for _, n := range names {
		p, _ := props[n].(map[string]any)
		typ, _ := p["type"].(string)
		if typ == "" {
			typ = "?" // not read from the source
		}
		if p["x-mcpsafe-any"] == true {
			typ = "any"
		}
		s := n + ": " + typ
		if e, ok := p["enum"].([]string); ok {
			s += " [" + strings.Join(e, "|") + "]"
		}
		if !req[n] {
			s += "?"
		}
		if d, ok := p["description"].(string); ok && d != "" {
			s += " (" + visible(d, 60) + ")"
		}
		parts = append(parts, s)
	}
	line := strings.Join(parts, ", ")
	if schema["additionalProperties"] == true {
		line += ", and anything else"
	}
	return line
}

// visible renders text on one line, clipped, with invisible and control
// characters shown as escapes: a reviewer must see what the model sees.
func visible(s string, n int) string {
	var b strings.Builder
	count := 0
	space := false
	for _, r := range s {
		if count >= n {
			b.WriteString("…")
			break
		}
		switch {
		case r == '\n' || r == '\t' || r == ' ':
			if !space {
				b.WriteByte(' ')
				count++
			}
			space = true
			continue
		case r == utf8.RuneError || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF) ||
			r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0:
			fmt.Fprintf(&b, "\\u{%X}", r)
		default:
			b.WriteRune(r)
		}
		space = false
		count++
	}
	return strings.TrimSpace(b.String())
}

// discoverClientConfigs finds the client configuration files of this
// machine's user (HOME, or USERPROFILE on Windows).
func (e *env) discoverClientConfigs() []configs.Location {
	home := e.getenv("HOME")
	if runtime.GOOS == "windows" && e.getenv("USERPROFILE") != "" {
		home = e.getenv("USERPROFILE")
	}
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	return configs.Discover(configs.Env{Home: home, GOOS: runtime.GOOS, Getenv: e.getenv, Exists: func(p string) bool {
		info, err := os.Stat(p)
		return err == nil && info.Mode().IsRegular()
	}})
}
