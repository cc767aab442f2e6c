package document

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
)

// ParseDockerfile reads a Dockerfile (see parseDockerfile).
func ParseDockerfile(data []byte) (*Node, error) { return parseDockerfile(data, NewLines(data)) }

// maxInstructions bounds the instructions of one Dockerfile.
const maxInstructions = 20000

type dockerInstr struct {
	keyword    string
	value      string
	start, end Loc // the whole instruction
	vstart     Loc // where the arguments start
}

var (
	escapeDirective = regexp.MustCompile(`(?i)^#\s*escape\s*=\s*([\\` + "`" + `])\s*$`)
	heredocStart    = regexp.MustCompile(`<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)(["']?)`)
)

// parseDockerfile splits a Dockerfile into instructions (continuation
// lines joined, comment lines dropped, heredoc bodies kept) and derives
// its stages:
//
//	instructions[]: {instruction, value}
//	args: {NAME: default}                  ARGs before the first FROM
//	stages[]: {index, from{value,image,tag,digest,name,platform,stage_ref,scratch,unresolved},
//	           instructions[], run[], add[], copy[], env{}, arg{}, label{},
//	           user, cmd, entrypoint}
//
// A stage's user is its last USER, or the user of the stage it builds
// FROM when it sets none.
func parseDockerfile(data []byte, lines *Lines) (*Node, error) {
	instrs, err := splitDockerfile(data, lines)
	if err != nil {
		return nil, err
	}
	root := NewObject(lines.Loc(0), lines.Loc(len(data)))
	all := root.Set("instructions", NewArray(lines.Loc(0), lines.Loc(len(data))))
	globalArgs := root.Set("args", NewObject(lines.Loc(0), lines.Loc(0)))
	stages := root.Set("stages", NewArray(lines.Loc(0), lines.Loc(len(data))))
	argDefaults := map[string]string{}
	index := keyIndex{}
	aliases := map[string]*Node{}
	var stage *Node
	for _, in := range instrs {
		node := instrNode(in)
		all.Add(node)
		switch in.keyword {
		case "FROM":
			stage = NewObject(in.start, in.end)
			stages.Add(stage)
			stage.Set("index", &Node{Type: Number, Index: -1, Value: strconv.Itoa(len(stages.Children) - 1), Start: in.start, End: in.end})
			from := fromNode(in, argDefaults, aliases)
			stage.Set("from", from)
			stage.Set("instructions", NewArray(in.start, in.end)).Add(instrNode(in))
			if name := from.Str("name"); name != "" {
				aliases[strings.ToLower(name)] = stage
			}
			aliases[strconv.Itoa(len(stages.Children)-1)] = stage
			if ref := from.Get("stage_ref"); ref.Truthy() {
				if base := aliases[strings.ToLower(from.Str("image"))]; base != nil {
					if u := base.Get("user"); u != nil {
						stage.Set("user", u.Clone())
					}
				}
			}
			continue
		case "ARG":
			if stage == nil {
				for _, kv := range splitAssignments(in.value, true) {
					argDefaults[kv[0]] = kv[1]
					globalArgs.Set(kv[0], NewString(kv[1], in.vstart, in.end))
				}
				continue
			}
		}
		if stage == nil {
			continue
		}
		stage.Get("instructions").Add(instrNode(in))
		val := func() *Node { return NewString(in.value, in.vstart, in.end) }
		switch in.keyword {
		case "RUN", "ADD", "COPY":
			key := strings.ToLower(in.keyword)
			arr := stage.Get(key)
			if arr == nil {
				arr = stage.Set(key, NewArray(in.start, in.end))
			}
			arr.Add(val())
		case "ENV", "LABEL", "ARG":
			key := strings.ToLower(in.keyword)
			obj := stage.Get(key)
			if obj == nil {
				obj = stage.Set(key, NewObject(in.start, in.end))
			}
			for _, kv := range splitAssignments(in.value, in.keyword == "ARG") {
				index.replace(obj, kv[0], NewString(kv[1], in.vstart, in.end))
			}
		case "USER":
			replace(stage, "user", NewString(strings.TrimSpace(in.value), in.vstart, in.end))
		case "CMD", "ENTRYPOINT", "WORKDIR", "SHELL", "HEALTHCHECK":
			replace(stage, strings.ToLower(in.keyword), val())
		}
	}
	return root, nil
}

func instrNode(in dockerInstr) *Node {
	n := NewObject(in.start, in.end)
	n.Set("instruction", NewString(in.keyword, in.start, in.end))
	n.Set("value", NewString(in.value, in.vstart, in.end))
	return n
}

var dockerVar = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)`)

// fromNode parses FROM [--platform=…] image[:tag][@digest] [AS name],
// with global ARG defaults substituted.
func fromNode(in dockerInstr, args map[string]string, aliases map[string]*Node) *Node {
	n := NewObject(in.vstart, in.end)
	str := func(k, v string) { n.Set(k, NewString(v, in.vstart, in.end)) }
	str("value", in.value)
	fields := strings.Fields(in.value)
	var image string
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		switch {
		case strings.HasPrefix(f, "--platform="):
			str("platform", strings.TrimPrefix(f, "--platform="))
		case strings.HasPrefix(f, "--"):
		case strings.EqualFold(f, "AS") && image != "" && i+1 < len(fields):
			str("name", fields[i+1])
			i++
		case image == "":
			image = f
		}
	}
	unresolved := false
	image = dockerVar.ReplaceAllStringFunc(image, func(m string) string {
		sm := dockerVar.FindStringSubmatch(m)
		name := sm[1] + sm[3]
		if v, ok := args[name]; ok && v != "" {
			return v
		}
		if sm[2] != "" {
			return sm[2]
		}
		unresolved = true
		return m
	})
	ref, digest, _ := strings.Cut(image, "@")
	name, tag := ref, ""
	if i := strings.LastIndexByte(ref, ':'); i > strings.LastIndexByte(ref, '/') {
		name, tag = ref[:i], ref[i+1:]
	}
	str("image", name)
	if tag != "" {
		str("tag", tag)
	}
	if digest != "" {
		str("digest", digest)
	}
	n.Set("stage_ref", NewBool(aliases[strings.ToLower(image)] != nil && tag == "" && digest == "", in.vstart, in.end))
	n.Set("scratch", NewBool(strings.EqualFold(image, "scratch"), in.vstart, in.end))
	n.Set("unresolved", NewBool(unresolved, in.vstart, in.end))
	return n
}

// splitAssignments reads KEY=value pairs (quotes honoured), or the legacy
// "KEY value" form, or bare ARG names.
func splitAssignments(s string, bareNames bool) [][2]string {
	words := shellWords(s)
	if len(words) == 0 {
		return nil
	}
	if !strings.Contains(words[0], "=") && !bareNames {
		// ENV KEY value with spaces
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), words[0]))
		return [][2]string{{words[0], unquoteShell(rest)}}
	}
	var out [][2]string
	for _, w := range words {
		k, v, _ := strings.Cut(w, "=")
		if k == "" {
			continue
		}
		out = append(out, [2]string{k, v})
	}
	return out
}

// shellWords splits on unquoted whitespace and removes quotes.
func shellWords(s string) []string {
	var out []string
	var b strings.Builder
	inWord := false
	var quote byte
	for i := 0; i < len(s); i++ {
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
			b.WriteByte(s[i])
			inWord = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if inWord {
				out = append(out, b.String())
				b.Reset()
				inWord = false
			}
		default:
			b.WriteByte(c)
			inWord = true
		}
		if len(out) > 10000 {
			break
		}
	}
	if inWord {
		out = append(out, b.String())
	}
	return out
}

func unquoteShell(s string) string {
	w := shellWords(s)
	return strings.Join(w, " ")
}

// splitDockerfile returns the instructions of a Dockerfile.
func splitDockerfile(data []byte, lines *Lines) ([]dockerInstr, error) {
	escape := byte('\\')
	n := len(lines.starts)
	var out []dockerInstr
	directives := true
	for i := 1; i <= n; i++ {
		text := lines.Line(i)
		trim := strings.TrimSpace(text)
		if directives {
			if m := escapeDirective.FindStringSubmatch(trim); m != nil {
				escape = m[1][0]
				continue
			}
			if trim == "" || !strings.HasPrefix(trim, "#") {
				directives = false
			}
		}
		if trim == "" || strings.HasPrefix(trim, "#") {
			continue
		}
		startOff := lines.LineCol(i, 1) + (len(text) - len(strings.TrimLeft(text, " \t")))
		kw, rest, _ := strings.Cut(trim, " ")
		if t := strings.IndexByte(kw, '\t'); t >= 0 {
			kw, rest = trim[:t], trim[t+1:]
		}
		keyword := strings.ToUpper(kw)
		vstartOff := startOff + len(kw)
		for vstartOff < len(data) && (data[vstartOff] == ' ' || data[vstartOff] == '\t') {
			vstartOff++
		}
		var value strings.Builder
		last := i
		cur := strings.TrimSpace(rest)
		for {
			if strings.HasSuffix(cur, string(escape)) && last < n {
				value.WriteString(strings.TrimSuffix(cur, string(escape)))
				// Comment lines inside a continuation are dropped.
				for last < n {
					last++
					nt := strings.TrimSpace(lines.Line(last))
					if strings.HasPrefix(nt, "#") {
						continue
					}
					cur = nt
					break
				}
				if cur != "" {
					value.WriteByte(' ')
				}
				continue
			}
			value.WriteString(cur)
			break
		}
		v := value.String()
		// Heredocs: the body lines up to the terminator belong to the
		// instruction.
		for _, m := range heredocStart.FindAllStringSubmatch(v, 4) {
			term := m[3]
			stripTabs := m[1] == "-"
			for last < n {
				last++
				body := lines.Line(last)
				cmp := body
				if stripTabs {
					cmp = strings.TrimLeft(body, "\t")
				}
				if strings.TrimRight(cmp, " \r") == term {
					break
				}
				v += "\n" + body
			}
		}
		endOff := lines.LineCol(last, len([]rune(lines.Line(last)))+1)
		out = append(out, dockerInstr{keyword: keyword, value: v, start: lines.Loc(startOff), end: lines.Loc(endOff), vstart: lines.Loc(vstartOff)})
		if len(out) > maxInstructions {
			return nil, errors.New("more than 20000 instructions")
		}
		i = last
	}
	return out, nil
}
