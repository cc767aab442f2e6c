package engine

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/mcpsafe/mcpsafe/internal/catalog"
	"github.com/mcpsafe/mcpsafe/internal/finding"
	"github.com/mcpsafe/mcpsafe/internal/recache"
	"github.com/mcpsafe/mcpsafe/internal/toolmodel"
)

// Description matchers run on the tool model: texts with their locations,
// extracted from source or read from tools/list documents. They take no
// syntax tree, so the same rules run on descriptions fetched from live
// servers.

// Limits that keep one long description from costing much.
const (
	// maxDescText bounds the text of one field that matchers read.
	maxDescText = 64 << 10
	// maxPhraseMatches bounds the matches of one family in one text.
	maxPhraseMatches = 16
)

type descPattern struct {
	rule   *compiledRule
	spec   *catalog.DescPattern
	fields map[string]bool
	kinds  map[string]bool
	// langs are the inputs it reads (py, js, ts, go, description).
	langs   map[string]bool
	where   []descCond
	message string
}

type descCondKind int

const (
	dcMatches descCondKind = iota
	dcNotMatches
	dcRawMatches
	dcPhrases
	dcMinTokens
	dcMatcher
	dcAnnotation
	dcSchemaOpen
	dcType
	dcConstrained
	dcNot
	dcAny
)

type descCond struct {
	kind    descCondKind
	re      *regexp.Regexp
	phrases *phraseSet
	n       int
	matcher string
	ann     catalog.AnnotationTest
	want    bool
	types   map[string]bool
	not     *descCond
	any     []descCond
}

type phraseSet struct {
	families map[string]*regexp.Regexp
	fire     []catalog.FireClause
}

func compileDescPattern(cr *compiledRule, p *catalog.DescPattern) (*descPattern, error) {
	dp := &descPattern{rule: cr, spec: p, message: p.Message}
	if dp.message == "" {
		dp.message = cr.rule.Message
	}
	if len(p.Fields) > 0 {
		dp.fields = map[string]bool{}
		for _, f := range p.Fields {
			dp.fields[f] = true
		}
	}
	dp.langs = map[string]bool{}
	langs := p.Languages
	if len(langs) == 0 {
		langs = cr.rule.Languages
	}
	for _, l := range langs {
		dp.langs[l] = true
	}
	if len(p.Kinds) > 0 {
		dp.kinds = map[string]bool{}
		for _, k := range p.Kinds {
			dp.kinds[k] = true
		}
	}
	for i := range p.Where {
		c, err := compileDescCond(&p.Where[i])
		if err != nil {
			return nil, fmt.Errorf("where[%d]: %v", i, err)
		}
		dp.where = append(dp.where, c)
	}
	return dp, nil
}

func ci(expr string) (*regexp.Regexp, error) { return recache.Compile("(?i)" + expr) }

func compileDescCond(c *catalog.DescCondition) (descCond, error) {
	var out descCond
	var err error
	switch {
	case c.Matches != "":
		out.kind = dcMatches
		out.re, err = ci(c.Matches)
	case c.NotMatches != "":
		out.kind = dcNotMatches
		out.re, err = ci(c.NotMatches)
	case c.RawMatches != "":
		out.kind = dcRawMatches
		out.re, err = recache.Compile(c.RawMatches)
	case c.Phrases != nil:
		out.kind = dcPhrases
		ps := &phraseSet{families: map[string]*regexp.Regexp{}, fire: c.Phrases.Fire}
		for name, pats := range c.Phrases.Families {
			alts := make([]string, len(pats))
			for i, p := range pats {
				alts[i] = "(?:" + p + ")"
			}
			ps.families[name], err = ci(strings.Join(alts, "|"))
			if err != nil {
				return out, err
			}
		}
		out.phrases = ps
	case c.MinTokens > 0:
		out.kind, out.n = dcMinTokens, c.MinTokens
	case c.Matcher != "":
		out.kind, out.matcher = dcMatcher, c.Matcher
	case c.Annotation != nil:
		out.kind, out.ann = dcAnnotation, *c.Annotation
	case c.SchemaOpen != nil:
		out.kind, out.want = dcSchemaOpen, *c.SchemaOpen
	case len(c.Type) > 0:
		out.kind, out.types = dcType, map[string]bool{}
		for _, t := range c.Type {
			out.types[t] = true
		}
	case c.Constrained != nil:
		out.kind, out.want = dcConstrained, *c.Constrained
	case c.Not != nil:
		out.kind = dcNot
		n, err := compileDescCond(c.Not)
		if err != nil {
			return out, err
		}
		out.not = &n
	case len(c.Any) > 0:
		out.kind = dcAny
		for i := range c.Any {
			a, err := compileDescCond(&c.Any[i])
			if err != nil {
				return out, err
			}
			out.any = append(out.any, a)
		}
	default:
		return out, fmt.Errorf("empty condition")
	}
	return out, err
}

// subject is what one description condition is evaluated on.
type subject struct {
	model *toolmodel.Model
	tool  *toolmodel.Tool
	param *toolmodel.Param
	field string
	text  *toolmodel.Text
	// norm is the normalised text (lazily).
	norm *normText
	// vars collect message fields; at is the decoded byte range to
	// locate the finding at (start < 0: the whole subject).
	vars   map[string]string
	at     [2]int
	atNorm bool
	wk     *toolmodel.WellKnownData
	// names is shared by the subjects of one model (see toolNamesRegexp).
	names *toolNameMemo
}

// toolNameMemo keeps, for one tool model, the expression of well-known
// tool names per subject tool: every description of every tool asked for
// it, and deciding which well-known tools the server owns was a twentieth
// of a scan.
type toolNameMemo struct {
	byTool map[string]*regexp.Regexp
}

func (s *subject) name() string {
	switch {
	case s.param != nil && s.text == nil:
		return s.param.Name
	case s.tool != nil && s.text == nil:
		return s.tool.Name
	}
	return ""
}

// nameKnown reports whether the subject's name was read as written.
func (s *subject) nameKnown() bool {
	switch {
	case s.param != nil && s.text == nil:
		return s.param.NameText == nil || s.param.NameText.Literal
	case s.tool != nil && s.text == nil:
		return s.tool.NameText != nil && s.tool.NameText.Literal
	}
	return true
}

func (s *subject) normalized() *normText {
	if s.norm == nil {
		v := ""
		if s.text != nil {
			v = s.text.Value
		}
		if len(v) > maxDescText {
			v = v[:maxDescText]
		}
		n := normalize(v)
		s.norm = &n
	}
	return s.norm
}

func (s *subject) raw() string {
	if s.text == nil {
		return ""
	}
	v := s.text.Value
	if len(v) > maxDescText {
		v = v[:maxDescText]
	}
	return v
}

// locate records where a match is, in normalised or raw text.
func (s *subject) locate(start, end int, inNorm bool) {
	if s.at[0] >= 0 {
		return
	}
	s.at = [2]int{start, end}
	s.atNorm = inNorm
}

func (s *subject) eval(c *descCond) bool {
	switch c.kind {
	case dcMatches, dcNotMatches:
		var loc []int
		if s.text != nil {
			n := s.normalized()
			loc = c.re.FindStringIndex(n.s)
			if loc != nil && c.kind == dcMatches {
				s.locate(loc[0], loc[1], true)
				s.vars["match"] = clip(n.s[loc[0]:loc[1]], 60)
			}
		} else if !s.nameKnown() {
			return false // a name built at run time is not judged
		} else if c.re.MatchString(s.name()) {
			loc = []int{0, 0}
		}
		return (loc != nil) == (c.kind == dcMatches)
	case dcRawMatches:
		loc := c.re.FindStringIndex(s.raw())
		if loc != nil {
			s.locate(loc[0], loc[1], false)
		}
		return loc != nil
	case dcPhrases:
		return s.phrases(c.phrases)
	case dcMinTokens:
		n := (utf8.RuneCountInString(s.raw()) + 3) / 4
		s.vars["tokens"] = strconv.Itoa(n)
		return n >= c.n
	case dcMatcher:
		return s.matcher(c.matcher)
	case dcAnnotation:
		if s.tool == nil {
			return false
		}
		a, ok := s.tool.Annotations[c.ann.Name]
		switch c.ann.Is {
		case "present":
			return ok
		case "absent":
			return !ok
		case "true":
			// A value that is not a literal gets the benefit of the doubt.
			return ok && (a.Value == "true" || a.Value == "?")
		case "false":
			return ok && a.Value == "false"
		}
		return false
	case dcSchemaOpen:
		return s.tool != nil && s.tool.SchemaKnown && s.tool.SchemaOpen == c.want
	case dcType:
		return s.param != nil && c.types[s.param.Type]
	case dcConstrained:
		return s.param != nil && s.param.Constrained == c.want
	case dcNot:
		saved := s.at
		ok := !s.eval(c.not)
		s.at = saved
		return ok
	case dcAny:
		for i := range c.any {
			if s.eval(&c.any[i]) {
				return true
			}
		}
	}
	return false
}

type phraseHit struct {
	start, end int
	text       string
}

// phrases evaluates families of bounded phrases on the normalised text.
func (s *subject) phrases(ps *phraseSet) bool {
	n := s.normalized()
	hits := map[string][]phraseHit{}
	get := func(family string) []phraseHit {
		if h, ok := hits[family]; ok {
			return h
		}
		var re *regexp.Regexp
		if family == "$tool_names" {
			re = s.toolNamesRegexp()
		} else {
			re = ps.families[family]
		}
		var out []phraseHit
		if re != nil {
			for _, loc := range re.FindAllStringIndex(n.s, maxPhraseMatches) {
				out = append(out, phraseHit{loc[0], loc[1], strings.ToLower(n.s[loc[0]:loc[1]])})
			}
		}
		hits[family] = out
		return out
	}
	for _, fc := range ps.fire {
		if fc.Family != "" {
			h := get(fc.Family)
			need := fc.Distinct
			if need < 1 {
				need = 1
			}
			distinct := map[string]bool{}
			for _, x := range h {
				distinct[x.text] = true
			}
			if len(distinct) >= need && len(h) > 0 {
				s.locate(h[0].start, h[0].end, true)
				var texts []string
				for _, x := range h {
					if len(texts) < need && !containsString(texts, n.s[x.start:x.end]) {
						texts = append(texts, n.s[x.start:x.end])
					}
				}
				s.vars["match"] = clip(strings.Join(texts, "\" … \""), 80)
				return true
			}
			continue
		}
		a, b := get(fc.Near[0]), get(fc.Near[1])
		for _, x := range a {
			for _, y := range b {
				if x.start == y.start && x.end == y.end {
					continue
				}
				gap := max(x.start, y.start) - min(x.end, y.end)
				if gap <= fc.Within {
					st, en := min(x.start, y.start), max(x.end, y.end)
					s.locate(st, en, true)
					s.vars["match"] = clip(n.s[st:en], 80)
					return true
				}
			}
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// toolNamesRegexp matches, as whole words, the well-known tool names that
// the scanned server does not define itself.
func (s *subject) toolNamesRegexp() *regexp.Regexp {
	key := ""
	if s.tool != nil {
		key = strings.ToLower(s.tool.Name)
	}
	if s.names != nil {
		if re, ok := s.names.byTool[key]; ok {
			return re
		}
	}
	re := s.buildToolNamesRegexp()
	if s.names != nil {
		if s.names.byTool == nil {
			s.names.byTool = map[string]*regexp.Regexp{}
		}
		s.names.byTool[key] = re
	}
	return re
}

func (s *subject) buildToolNamesRegexp() *regexp.Regexp {
	seen := map[string]bool{}
	var alts []string
	add := func(name string) {
		name = strings.TrimSpace(name)
		if len(name) < 3 || seen[strings.ToLower(name)] {
			return
		}
		seen[strings.ToLower(name)] = true
		alts = append(alts, regexp.QuoteMeta(name))
	}
	// The server's own tools are left out: a description that sends the
	// model from one of them to another ("do not use X for counts, use
	// Y") is ordinary guidance. Shadowing steers another server's tools,
	// so the family is the well-known names this server neither defines
	// nor owns (a renamed tool of its own is still its own).
	own := map[string]bool{}
	if s.tool != nil {
		own[strings.ToLower(s.tool.Name)] = true
	}
	if s.model != nil {
		for _, t := range s.model.Tools {
			own[strings.ToLower(t.Name)] = true
		}
	}
	if s.wk != nil {
		for _, w := range s.wk.Tools {
			if !own[strings.ToLower(w.Name)] && !s.owns(w.Owners) {
				add(w.Name)
			}
		}
	}
	if len(alts) == 0 {
		return nil
	}
	sort.Strings(alts)
	re, err := recache.Compile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
	if err != nil {
		return nil
	}
	return re
}

// normText is normalised text with, for each byte, the byte of the
// decoded text it comes from (plus the end).
type normText struct {
	s     string
	toDec []int
}

// normalize applies NFKC, removes format characters (zero-width and bidi
// controls, tags, variation selectors) and collapses whitespace runs to
// one space, keeping a byte map back to the input.
func normalize(v string) normText {
	var it norm.Iter
	it.InitString(norm.NFKC, v)
	var nf []byte
	var nfMap []int
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		for range seg {
			nfMap = append(nfMap, start)
		}
		nf = append(nf, seg...)
	}
	var b strings.Builder
	var out []int
	space := false
	for i := 0; i < len(nf); {
		r, size := utf8.DecodeRune(nf[i:])
		switch {
		case unicode.Is(unicode.Cf, r) || isVariationSelector(r) || r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0:
		case unicode.IsSpace(r):
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				out = append(out, nfMap[i])
			}
			space = true
		default:
			space = false
			b.Write(nf[i : i+size])
			for range size {
				out = append(out, nfMap[i])
			}
		}
		i += size
	}
	out = append(out, len(v))
	return normText{s: b.String(), toDec: out}
}

func isVariationSelector(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// matcher runs a built-in description test.
func (s *subject) matcher(name string) bool {
	switch name {
	case "invisible":
		return s.invisible()
	case "mixed-script":
		return s.mixedScript()
	case "shadowing":
		return s.shadowing()
	case "duplicate-name":
		return s.duplicate()
	}
	return false
}

// invisible finds characters a reviewer cannot see.
func (s *subject) invisible() bool { return s.invisibleIn(s.raw()) }

func (s *subject) invisibleIn(v string) bool {
	prev := rune(-1)
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		bad := false
		switch {
		case r == 0xFEFF:
			bad = i > 0
		case r == 0x200D: // zero-width joiner: fine between emoji
			next, _ := utf8.DecodeRuneInString(v[i+size:])
			bad = !(isEmoji(prev) && isEmoji(next))
		case r == 0xFE0E || r == 0xFE0F: // text/emoji presentation
			bad = !(isEmoji(prev) || isKeycapBase(prev))
		case r >= 0xE0020 && r <= 0xE007F: // tags: fine in emoji flag sequences
			bad = !tagInFlag(v, i)
		case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069,
			r == 0x00AD, r == 0x180E, r == 0x034F, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0,
			r >= 0xE0000 && r <= 0xE001F, r >= 0xFE00 && r <= 0xFE0D, r >= 0xE0100 && r <= 0xE01EF:
			bad = true
		}
		if bad {
			s.locate(i, i+size, false)
			s.vars["char"] = charName(r)
			return true
		}
		prev = r
		i += size
	}
	return false
}

func isEmoji(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) || (r >= 0x2300 && r <= 0x23FF) ||
		(r >= 0x2B00 && r <= 0x2BFF) || r == 0x2764 || r == 0x00A9 || r == 0x00AE || (r >= 0x2190 && r <= 0x21FF)
}

func isKeycapBase(r rune) bool { return (r >= '0' && r <= '9') || r == '#' || r == '*' }

// tagInFlag reports whether the tag character at byte i belongs to an
// emoji tag sequence: a black flag followed by tag characters and a
// cancel tag (subdivision flags).
func tagInFlag(v string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(v[:j])
		if r >= 0xE0020 && r <= 0xE007E {
			j -= size
			continue
		}
		if r != 0x1F3F4 {
			return false
		}
		break
	}
	if j == 0 {
		return false
	}
	for k := i; k < len(v); {
		r, size := utf8.DecodeRuneInString(v[k:])
		if r == 0xE007F {
			return true
		}
		if r < 0xE0020 || r > 0xE007E {
			return false
		}
		k += size
	}
	return false
}

var charNames = map[rune]string{
	0x200B: "ZERO WIDTH SPACE", 0x200C: "ZERO WIDTH NON-JOINER", 0x200D: "ZERO WIDTH JOINER", 0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK", 0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2060: "WORD JOINER", 0x2061: "FUNCTION APPLICATION",
	0x2062: "INVISIBLE TIMES", 0x2063: "INVISIBLE SEPARATOR", 0x2064: "INVISIBLE PLUS", 0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE", 0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	0x00AD: "SOFT HYPHEN", 0x180E: "MONGOLIAN VOWEL SEPARATOR", 0x034F: "COMBINING GRAPHEME JOINER", 0x115F: "HANGUL CHOSEONG FILLER",
	0x1160: "HANGUL JUNGSEONG FILLER", 0x3164: "HANGUL FILLER", 0xFFA0: "HALFWIDTH HANGUL FILLER",
}

func charName(r rune) string {
	name := charNames[r]
	switch {
	case name != "":
	case r >= 0xE0000 && r <= 0xE007F:
		name = "TAG CHARACTER"
		if r >= 0xE0020 && r <= 0xE007E {
			name += fmt.Sprintf(" (hides %q)", rune(r-0xE0000))
		}
	case isVariationSelector(r):
		name = "VARIATION SELECTOR"
	default:
		name = "INVISIBLE CHARACTER"
	}
	return fmt.Sprintf("U+%04X %s", r, name)
}

var scriptTables = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Armenian", unicode.Armenian},
	{"Cherokee", unicode.Cherokee}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
	{"Hangul", unicode.Hangul}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Devanagari", unicode.Devanagari},
	{"Thai", unicode.Thai}, {"Georgian", unicode.Georgian},
}

func scriptOf(r rune) string {
	for _, s := range scriptTables {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	for name, t := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(t, r) {
			return name
		}
	}
	return ""
}

// mixedScript reports names that mix scripts (UTS #39 "mixed-script") or
// that are written entirely in another script's look-alikes of Latin
// letters (whole-script confusables).
func (s *subject) mixedScript() bool { return s.mixedScriptIn(s.raw()) }

func (s *subject) mixedScriptIn(v string) bool {
	scripts := map[string]bool{}
	allConfusable := true
	letters := 0
	first := -1
	for i, r := range v {
		if !unicode.IsLetter(r) {
			continue
		}
		sc := scriptOf(r)
		if sc == "" {
			continue
		}
		letters++
		scripts[sc] = true
		if sc != "Latin" && first < 0 {
			first = i
		}
		if _, ok := toolmodel.Confusable(r); !ok {
			allConfusable = false
		}
	}
	var names []string
	for n := range scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	switch {
	case len(scripts) > 1 && first >= 0:
		s.locate(first, first+utf8.RuneLen([]rune(v[first:])[0]), false)
		s.vars["scripts"] = strings.Join(names, " and ") + " letters"
		return true
	case len(scripts) == 1 && !scripts["Latin"] && allConfusable && letters > 0:
		s.vars["scripts"] = names[0] + " letters that look like Latin ones"
		return true
	}
	return false
}

// owns reports whether the scanned server is one of a well-known name's
// owners, by its declared server name or its project's names.
func (s *subject) owns(owners []string) bool {
	if s.model == nil {
		return false
	}
	if toolmodel.Owns(owners, s.model.ServerName) {
		return true
	}
	for _, p := range s.model.ProjectNames {
		// A module path owns by its last segment too
		// (github.com/github/github-mcp-server).
		if toolmodel.Owns(owners, p) || toolmodel.Owns(owners, p[strings.LastIndexByte(p, '/')+1:]) {
			return true
		}
	}
	return false
}

// shadowing reports tool names that equal or imitate a well-known name,
// or use another server's prefix, unless this server owns them.
func (s *subject) shadowing() bool {
	if s.tool == nil || s.wk == nil || s.tool.Kind != toolmodel.KindTool {
		return false
	}
	owns := s.owns
	server := ""
	if s.model != nil {
		server = s.model.ServerName
	}
	name := s.tool.Name
	if w, ok := s.wk.Lookup(name); ok && !owns(w.Owners) {
		s.vars["target"] = w.Name
		if w.Name == name {
			s.vars["how"] = "is the well-known tool name"
		} else {
			s.vars["how"] = "imitates the well-known tool name"
		}
		s.vars["owner"] = strings.Join(w.Owners, ", ")
		return true
	}
	lower := strings.ToLower(name)
	for _, p := range s.wk.Prefixes {
		for _, sep := range []string{"__", "_", ".", "-"} {
			if strings.HasPrefix(lower, p.Prefix+sep) && !owns(p.Owners) &&
				!strings.HasPrefix(strings.ToLower(server), p.Prefix) {
				s.vars["target"] = p.Prefix + sep + "…"
				s.vars["how"] = "uses the namespace prefix of another server,"
				s.vars["owner"] = strings.Join(p.Owners, ", ")
				return true
			}
		}
	}
	return false
}

// duplicate reports a definition whose name another one of the same kind
// already uses (exactly, or differing only in case).
func (s *subject) duplicate() bool {
	if s.tool == nil || s.model == nil {
		return false
	}
	for _, t := range s.model.Tools {
		if t == s.tool {
			return false // only later definitions are reported
		}
		if t.Kind == s.tool.Kind && strings.EqualFold(t.Name, s.tool.Name) && t.Name != "" {
			if t.Name == s.tool.Name {
				s.vars["other"] = fmt.Sprintf("the same name is already used on line %d", t.Span.Line)
			} else {
				s.vars["other"] = fmt.Sprintf("%q on line %d differs only in case", t.Name, t.Span.Line)
			}
			return true
		}
	}
	return false
}

// describeModel runs the description patterns of the active rules on a
// model. nil active means every rule.
func (e *Engine) describeModel(m *toolmodel.Model, input string, active []bool, mode finding.Mode) []finding.Finding {
	if m == nil || m.Empty() || len(e.descPatterns()) == 0 {
		return nil
	}
	wk, _ := toolmodel.WellKnown()
	names := &toolNameMemo{}
	var out []finding.Finding
	seen := map[string]bool{}
	emit := func(dp *descPattern, s *subject, sp toolmodel.Span, matched string) {
		key := fmt.Sprintf("%s\x00%d\x00%d", dp.rule.rule.ID, sp.StartByte, sp.EndByte)
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, e.descFinding(dp, s, sp, matched, mode))
	}
	for _, dp := range e.descPatterns() {
		if (active != nil && !active[dp.rule.index]) || !dp.langs[input] {
			continue
		}
		switch dp.spec.Subject {
		case "text":
			for _, f := range m.Fields() {
				if dp.fields != nil && !dp.fields[f.Field] {
					continue
				}
				if f.Tool != nil && dp.kinds != nil && !dp.kinds[string(f.Tool.Kind)] {
					continue
				}
				s := &subject{model: m, tool: f.Tool, param: f.Param, field: f.Field, text: f.Text, vars: map[string]string{}, at: [2]int{-1, -1}, wk: wk, names: names}
				if !s.all(dp.where) {
					continue
				}
				sp, matched := s.textSpan()
				emit(dp, s, sp, matched)
			}
		case "tool":
			for _, t := range m.Tools {
				if dp.kinds != nil && !dp.kinds[string(t.Kind)] {
					continue
				}
				s := &subject{model: m, tool: t, vars: map[string]string{}, at: [2]int{-1, -1}, wk: wk, names: names}
				if !s.all(dp.where) {
					continue
				}
				sp := t.Span
				if t.NameText != nil {
					sp = t.NameText.Span
				}
				emit(dp, s, sp, t.Name)
			}
		case "param":
			for _, t := range m.Tools {
				if dp.kinds != nil && !dp.kinds[string(t.Kind)] {
					continue
				}
				for _, p := range t.Params {
					s := &subject{model: m, tool: t, param: p, vars: map[string]string{}, at: [2]int{-1, -1}, wk: wk, names: names}
					if !s.all(dp.where) {
						continue
					}
					sp := p.Span
					if p.NameText != nil {
						sp = p.NameText.Span
					}
					if sp.Line == 0 {
						sp = t.Span
					}
					emit(dp, s, sp, t.Name+"."+p.Name)
				}
			}
		}
	}
	return out
}

func (s *subject) all(cs []descCond) bool {
	for i := range cs {
		if !s.eval(&cs[i]) {
			return false
		}
	}
	return true
}

// textSpan locates a text finding: at the matched phrase when known,
// mapped back through normalisation and decoding, else the literal.
func (s *subject) textSpan() (toolmodel.Span, string) {
	t := s.text
	if s.at[0] < 0 {
		return t.Span, t.Value
	}
	start, end := s.at[0], s.at[1]
	if s.atNorm {
		n := s.normalized()
		if start < len(n.toDec) && end < len(n.toDec) {
			start, end = n.toDec[start], n.toDec[end]
		}
	}
	if end <= start {
		end = start + 1
	}
	if end > len(t.Value) {
		end = len(t.Value)
	}
	if start >= end {
		return t.Span, t.Value
	}
	return t.SubSpan(start, end), t.Value[start:end]
}

var fieldNames = map[string]string{
	"name": "name", "title": "title", "description": "description", "instructions": "server instructions",
	"param.name": "parameter name", "param.description": "parameter description", "param.default": "parameter default",
	"param.enum": "parameter enum value",
}

func (e *Engine) descFinding(dp *descPattern, s *subject, sp toolmodel.Span, matched string, mode finding.Mode) finding.Finding {
	r := dp.rule.rule
	vars := s.vars
	if s.tool != nil {
		vars["name"] = s.tool.Name
		vars["kind"] = string(s.tool.Kind)
	}
	if s.param != nil {
		vars["param"] = s.param.Name
		vars["type"] = s.param.Type
		if s.param.Type == "" {
			vars["type"] = "untyped"
		}
	}
	if s.field != "" {
		where := fieldNames[s.field]
		switch {
		case s.param != nil:
			where += fmt.Sprintf(" of %s.%s", s.tool.Name, s.param.Name)
		case s.tool != nil:
			where += fmt.Sprintf(" of %s %s", s.tool.Kind, s.tool.Name)
		}
		vars["field"] = where
	}
	msg := capRef.ReplaceAllStringFunc(dp.message, func(ref string) string {
		name := capRef.FindStringSubmatch(ref)[1]
		if v, ok := vars[name]; ok {
			return clip(strings.Join(strings.Fields(v), " "), maxCaptureInMsg)
		}
		return ref
	})
	snippet := ""
	if s.text != nil {
		snippet = s.text.Snippet(sp)
	} else if s.tool != nil && s.tool.NameText != nil {
		snippet = s.tool.NameText.Snippet(sp)
	}
	f := finding.Finding{
		RuleID: r.ID, Name: r.Name, Title: r.Title, Severity: r.Severity, CWE: r.CWE, Category: r.CategoryName(),
		File: sp.File, Line: sp.Line, Column: sp.Column, EndLine: sp.EndLine, EndColumn: sp.EndColumn,
		Snippet: clip(strings.TrimSpace(snippet), maxSnippet), Message: msg, Mode: mode,
		MatchedText: matched, StartByte: sp.StartByte, EndByte: sp.EndByte,
	}
	if s.tool != nil && s.tool.Kind == toolmodel.KindTool {
		f.Tool = s.tool.Name
	}
	return f
}

// DescribeModel runs every description rule on a tool model: for
// tools/list documents and, later, live lists.
func (e *Engine) DescribeModel(m *toolmodel.Model) []finding.Finding {
	return e.describeModel(m, "description", nil, finding.Mode(e.opts.Mode))
}

// extractTools builds a file's tool model when a description rule is
// active or the caller asked for it, and runs the active rules on it.
func (w *Worker) describeFile(in FileInput, facts *fileFacts, active []bool, res *FileResult) []finding.Finding {
	if !facts.isMCP {
		return nil
	}
	want := in.WantTools
	for _, dp := range w.e.descPatterns() {
		if active[dp.rule.index] && dp.langs[in.Lang.Code] {
			want = true
		}
	}
	if !want {
		return nil
	}
	m := toolmodel.Extract(facts.lang, facts.root, facts.src, facts.imports, facts.Handlers(), in.Path)
	m.ProjectNames = in.ProjectNames
	if in.WantTools {
		res.Tools = m
	}
	return w.e.describeModel(m, in.Lang.Code, active, finding.ModeFast)
}
