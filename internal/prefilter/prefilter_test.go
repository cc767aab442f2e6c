package prefilter

import (
	"bytes"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// naive is the reference: bytes.Contains per pattern, ASCII-folded for
// folded patterns.
func naive(ps []Pattern, data []byte) []bool {
	out := make([]bool, len(ps))
	lowered := asciiLower(data)
	for i, p := range ps {
		if p.Fold {
			out[i] = bytes.Contains(lowered, asciiLower([]byte(p.Text)))
		} else {
			out[i] = bytes.Contains(data, []byte(p.Text))
		}
	}
	return out
}

// asciiLower folds ASCII letters only (bytes.ToLower would fold UTF-8).
func asciiLower(data []byte) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		out[i] = b
	}
	return out
}

func TestSetExamples(t *testing.T) {
	ps := []Pattern{{Text: "token"}, {Text: "Token"}, {Text: "mcp"}, {Text: "modelcontextprotocol"}, {Text: "exec"},
		{Text: "os/exec"}, {Text: "CONSENT", Fold: true}, {Text: "he"}, {Text: "she"}, {Text: "his"}, {Text: "hers"}, {Text: ""}}
	s := NewSet(ps)
	cases := map[string][]int{
		"":                               {11},
		"import os/exec":                 {4, 5, 11},
		"getToken()":                     {1, 11},
		"TOKEN":                          {11},
		"user consent given":             {6, 11},
		"ushers":                         {7, 8, 10, 11},
		"@modelcontextprotocol/sdk":      {3, 11},
		"@mcp/modelcontextprotocol":      {2, 3, 11},
		"Consent":                        {6, 11},
		"this":                           {9, 11},
		"x := tokenToken; cmd.exec(mcp)": {0, 1, 2, 4, 11},
	}
	for text, want := range cases {
		found := make([]bool, len(ps))
		s.Scan([]byte(text), found)
		var got []int
		for i, f := range found {
			if f {
				got = append(got, i)
			}
		}
		if !equalInts(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSetRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	alphabet := []byte("abcAB/_é\x00")
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	for round := 0; round < 300; round++ {
		var ps []Pattern
		for i := rng.Intn(12) + 1; i > 0; i-- {
			ps = append(ps, Pattern{Text: word(rng.Intn(5) + 1), Fold: rng.Intn(3) == 0})
		}
		s := NewSet(ps)
		for k := 0; k < 20; k++ {
			data := []byte(word(rng.Intn(60)))
			found := make([]bool, len(ps))
			s.Scan(data, found)
			fromString := make([]bool, len(ps))
			s.ScanString(string(data), fromString)
			want := naive(ps, data)
			for i := range ps {
				if found[i] != want[i] || fromString[i] != want[i] {
					t.Fatalf("patterns %+v, data %q: pattern %d (%+v) found=%v (ScanString %v) want=%v", ps, data, i, ps[i], found[i], fromString[i], want[i])
				}
			}
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	cases := []struct {
		re   string
		want []string // "" prefix "~" marks a folded literal
		ok   bool
	}{
		{`\b(OAuthProxy|OIDCProxy|[A-Z]\w*Provider)\(`, []string{"AuthProxy", "IDCProxy", "Provider"}, true},
		{`(?i)consent|approv(e|al)`, []string{"~consent", "\u017f", "~approv"}, true},
		{`CSRFProtect|csurf|gorilla/csrf`, []string{"CSRFProtect", "csurf", "gorilla/csrf"}, true},
		{`a*`, nil, false},
		{`x?y?`, nil, false},
		{`[a-z]+`, nil, false},
		{`foo.*bar`, []string{"bar"}, true},
		{`(?i)x-frame-options|helmet\(`, []string{"~x-frame-options", "\u017f", "~helmet("}, true},
		{`(?i)ask`, []string{"~ask", "\u017f", "\u212a"}, true},
		{`(?i)é`, nil, false},
		{`(?i)aéb`, []string{"~a"}, true},
		{`(ab){2,}c`, []string{"ab"}, true},
	}
	for _, c := range cases {
		lits, ok := RequiredLiterals(regexp.MustCompile(c.re))
		if ok != c.ok {
			t.Errorf("%s: ok = %v, want %v (%v)", c.re, ok, c.ok, lits)
			continue
		}
		var got []string
		for _, l := range lits {
			s := l.Text
			if l.Fold {
				s = "~" + strings.ToLower(s)
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.re, got, c.want)
		}
	}
}

// TestFilterAgreesWithRegexp checks on random inputs that a guarded
// expression answers exactly as the expression itself.
func TestFilterAgreesWithRegexp(t *testing.T) {
	exprs := []string{
		`\b(OAuthProxy|OIDCProxy|[A-Z]\w*Provider)\(`,
		`(?i)consent|approv(e|al)`,
		`(?i)x-frame-options|frame-ancestors|helmet\(|secure_?headers|SecureHeaders|frameguard|XFrameOptions`,
		`CSRFProtect|csurf|gorilla/csrf|justinas/nosurf`,
		`(?i)sk`,
		`rate.?limit`,
		`x*`,
		`authorize|token_endpoint|tokenEndpoint|Token(URL|Url)|redirect_?ur[il]`,
		`(?s)(FastMCP|MCPServer)\(.{0,30}?\b(auth|token_verifier)\s*=|token_verifier\s*=|AuthSettings\(`,
		`(?i)\bopen\(|read_text\(|\.execute\(|fetchall\(`,
		`(?m)^import\s+limits$|(?i:pragma\s+query_only)|\bread_?only\s*=\s*True`,
	}
	var b Builder
	var res []*regexp.Regexp
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		res = append(res, re)
		b.Regexp(re)
	}
	g := b.Group([]string{"mcp", "modelcontextprotocol"})
	f := b.Build()
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"con\u017fent", "CONSENT", "aSk", "a\u017f\u212a", "OAuthProxy(", "MyProvider(", "provider(", "CONSENT", "approve", "Approval", "X-Frame-Options", "helmet(",
		"SecureHeaders", "csurf", "gorilla/csrf", "ſ", "K", "SK", "ratelimit", "rate_limit", "mcp", " ", "\n", "x", "é",
		"authorize", "tokenEndpoint", "TokenUrl", "redirect_url", "redirecturi", "FastMCP(", "MCPServer(", "auth", "token_verifier", "=", "AuthSettings(",
		"OPEN(", "reopen(", "read_text(", "db.execute(", "FETCHALL(", "import", "limits", "PRAGMA", "query_only", "readonly", "True", "\t"}
	for i := 0; i < 20000; i++ {
		var sb strings.Builder
		for j := rng.Intn(8); j > 0; j-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		data := []byte(sb.String())
		r := f.Scan(data)
		for k, re := range res {
			if got, want := r.Regexp(k), re.Match(data); got != want {
				t.Fatalf("%q on %q: filter %v, regexp %v", exprs[k], data, got, want)
			}
		}
		if got, want := r.Group(g), bytes.Contains(data, []byte("mcp")); got != want {
			t.Fatalf("group on %q: %v, want %v", data, got, want)
		}
	}
}

var sink int

func benchData() []byte {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString("func handler(ctx context.Context, req *Request) (*Result, error) {\n\tvalue := compute(req.Params, i)\n\treturn &Result{Value: value}, nil\n}\n")
	}
	return []byte(sb.String())
}

func catalogLikeKeywords() []string {
	return []string{"fetch_token", "getToken", "Grant", "token", "Token", "Exchange", "subprocess", "system", "popen", "exec",
		"spawn", "execa", "shelljs", "os/exec", "create_subprocess_shell", "getoutput", "decode", "get_unverified_claims",
		"decodeJwt", "ParseUnverified", "verify", "redirect_uri", "redirectUri", "RedirectURL", "state", "State", "plain",
		"verify_token", "TokenInfo", "verify_exp", "expires_at", "ignoreExpiration", "exp", "ttl", "TTL", "lifetime",
		"Expiration", "Expiry", "uthorization", "headers", "JWTVerifier", "mcp", "modelcontextprotocol"}
}

// BenchmarkSet scans 1 MiB for 43 keywords in one pass.
func BenchmarkSet(b *testing.B) {
	data := benchData()
	var ps []Pattern
	for _, k := range catalogLikeKeywords() {
		ps = append(ps, Pattern{Text: k})
	}
	s := NewSet(ps)
	found := make([]bool, len(ps))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		clear(found)
		sink += s.Scan(data, found)
	}
}

// BenchmarkContainsEach is the reference: one bytes.Contains per keyword.
func BenchmarkContainsEach(b *testing.B) {
	data := benchData()
	kws := catalogLikeKeywords()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range kws {
			if bytes.Contains(data, []byte(k)) {
				sink++
			}
		}
	}
}

// BenchmarkRegexpGuarded and BenchmarkRegexpPlain compare a project
// condition's expression with and without its literal guard on a file
// that does not match.
func BenchmarkRegexpGuarded(b *testing.B) {
	data := benchData()
	var bl Builder
	bl.Regexp(regexp.MustCompile(`(?i)x-frame-options|frame-ancestors|helmet\(|secure_?headers|SecureHeaders|frameguard|XFrameOptions`))
	f := bl.Build()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if f.Scan(data).Regexp(0) {
			sink++
		}
	}
}

func BenchmarkRegexpPlain(b *testing.B) {
	data := benchData()
	re := regexp.MustCompile(`(?i)x-frame-options|frame-ancestors|helmet\(|secure_?headers|SecureHeaders|frameguard|XFrameOptions`)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if re.Match(data) {
			sink++
		}
	}
}

func TestLiteralSet(t *testing.T) {
	for re, want := range map[string]string{
		`commonpath\(`:                   "commonpath(",
		`CSRFProtect|csurf|gorilla/csrf`: "CSRFProtect csurf gorilla/csrf",
		`ab|ac`:                          "ab ac",
		`(?i)abc`:                        "abc/i",
		`(?i)x-frame|frame_?guard`:       "x-frame/i frameguard/i frame_guard/i",
		`redirect_?ur[il]`:               "redirecturi redirecturl redirect_uri redirect_url",
		`token_endpoint|tokenEndpoint`:   "token_endpoint tokenEndpoint",
		`(x|y)`:                          "x y",
		`\bauth\b`:                       "",
		`a.b`:                            "",
		`a?`:                             "",
		`(?i)ab|CD`:                      "ab/i cd/i",
		`(?i:ab)|CD`:                     "",
		`x[0-9]`:                         "",
		`é(?i)é`:                         "",
	} {
		set, ok := literalSet(regexp.MustCompile(re))
		var got []string
		for _, p := range set {
			s := p.Text
			if p.Fold {
				s = strings.ToLower(s) + "/i"
			}
			got = append(got, s)
		}
		if !ok {
			got = nil
		}
		if strings.Join(got, " ") != want {
			t.Errorf("literalSet(%q) = %q, want %q", re, strings.Join(got, " "), want)
		}
	}
}

// TestMatcherAgreesWithRegexp checks on random texts that a Matcher answers
// exactly as its expression.
func TestMatcherAgreesWithRegexp(t *testing.T) {
	exprs := []string{
		`\b(AKIA|ASIA)[0-9A-Z]{4}\b|\bgh[pousr]_[A-Za-z0-9]{6}\b|\bxox[abposr]-[0-9A-Za-z-]{4,}|-----BEGIN [A-Z ]*PRIVATE KEY`,
		`(?i)(client_?secret|secret|api_?key|token|passw(or)?d)["']?$`,
		`(?i)\bopen\(|read_text\(|\.execute\(|fetchall\(|[a-z]+_cursor`,
		`(?i)session[-_]?id|\bsid\b|Session\.ID\(\)`,
		`^(console\.(log|info)|([\w]+\.)*(log|logger)\.(info|debug))$`,
		`x+|y`,
		`plain`,
		`^(await\s+)?[\w.]*?(?i:(is_?)?authori[sz]ed?|check_?(access|perm\w*)|load_?user)\s*\(`,
	}
	pieces := []string{"AKIA", "ASIA", "ABCD", "ghp_", "gho_", "abc123", "xoxb-", "xoxp-12-", "-----BEGIN RSA PRIVATE KEY", "client_secret", "CLIENT_SECRET",
		"Secret", "api_key", "APIKEY", "token", "\"", "'", "passwd", "Password", "open(", "OPEN(", "read_text(", ".execute(", "FETCHALL(", "my_cursor",
		"session_id", "SESSION-ID", "sid", " ", ".", "Session.ID()", "console.log", "self.logger.info", "log.debug", "x", "y", "plain", "\u212a", "\u017f", "é", "\n",
		"await ", "ctx.", "is_authorized(", "Authorised", "check_access", "CHECKPERMISSION(", "load_user", "LoadUser", "("}
	rng := rand.New(rand.NewSource(7))
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		m := NewMatcher(re)
		for i := 0; i < 5000; i++ {
			var sb strings.Builder
			for j := rng.Intn(6); j > 0; j-- {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			}
			s := sb.String()
			if got, want := m.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%q on %q: matcher %v, regexp %v", e, s, got, want)
			}
		}
	}
}

func TestTopLevelBranches(t *testing.T) {
	cases := []struct {
		expr  string
		parts []string // nil: not cut
	}{
		{`a|b`, []string{`a`, `b`}},
		{`(?i)a|b(c|d)`, []string{`(?i)a`, `(?i)b(c|d)`}},
		{`(?is)a|`, []string{`(?is)a`, `(?is)`}},
		{`[|]|\||\Q|\E|x`, []string{`[|]`, `\|`, `\Q|\E`, `x`}},
		{`[]|]a|[^]|]b`, []string{`[]|]a`, `[^]|]b`}},
		{`[[:alpha:]|]x|y`, []string{`[[:alpha:]|]x`, `y`}},
		{`(?i:a|b)`, []string{`(?i:a|b)`}},
		{`(?P<n>a|b)|c`, []string{`(?P<n>a|b)`, `c`}},
		{`\Qa|b`, []string{`\Qa|b`}},
		{`a(?i)b|c`, nil},  // the later flag group reaches across "|"
		{`a|(?s)b`, nil},   // likewise
		{`[\Q]\E]|a`, nil}, // a quote inside a class is not scanned
		{`(a|b`, nil},      // not an expression
		{`[a|b`, nil},      // nor this
		{`a)|b`, nil},      // nor this
		{`é|\é|[é|]`, []string{`é`, `\é`, `[é|]`}},
	}
	for _, c := range cases {
		got, ok := topLevelBranches(c.expr)
		if c.parts == nil {
			if ok {
				t.Errorf("%q: cut into %q, want not cut", c.expr, got)
			}
			continue
		}
		if !ok || strings.Join(got, "\x00") != strings.Join(c.parts, "\x00") {
			t.Errorf("%q: %q (ok %v), want %q", c.expr, got, ok, c.parts)
		}
	}
}

// Expressions made of random fragments: wherever the text is cut, every
// part compiles and some part matches exactly where the expression does,
// and the guarded filter agrees with the expression.
func TestTopLevelBranchesRandom(t *testing.T) {
	frags := []string{"a", "b", "K", "s", "|", "|", "(", ")", "(?:", "(?i)", "(?s)", "(?i:", "[", "]", "[^", "[:alpha:]", "\\", "\\|", "\\Q", "\\E",
		"^", "$", ".", "*", "+", "?", "{2}", "\\b", "\\w", "-", "é", "\u212a", "\n"}
	data := []string{"a", "b", "k", "K", "S", "\u017f", "\u212a", "|", "é", "\n", " ", "ab", "ba", "aa", "(", ")", "[", "]", ":", "\\", "Q", "E", "-", "x"}
	rng := rand.New(rand.NewSource(11))
	cut, tried := 0, 0
	for len(frags) > 0 && tried < 40000 {
		var sb strings.Builder
		for j := 1 + rng.Intn(8); j > 0; j-- {
			sb.WriteString(frags[rng.Intn(len(frags))])
		}
		expr := sb.String()
		re, err := regexp.Compile(expr)
		if err != nil {
			continue
		}
		tried++
		parts, ok := topLevelBranches(expr)
		if !ok || len(parts) < 2 {
			continue
		}
		cut++
		var res []*regexp.Regexp
		for _, p := range parts {
			pre, err := regexp.Compile(p)
			if err != nil {
				t.Fatalf("%q: part %q does not compile: %v", expr, p, err)
			}
			res = append(res, pre)
		}
		var b Builder
		b.Regexp(re)
		f := b.Build()
		for i := 0; i < 40; i++ {
			var s strings.Builder
			for j := rng.Intn(6); j > 0; j-- {
				s.WriteString(data[rng.Intn(len(data))])
			}
			want := re.MatchString(s.String())
			got := false
			for _, pre := range res {
				got = got || pre.MatchString(s.String())
			}
			if got != want {
				t.Fatalf("%q on %q: parts %q say %v, the expression %v", expr, s.String(), parts, got, want)
			}
			if r := f.Scan([]byte(s.String())).Regexp(0); r != want {
				t.Fatalf("%q on %q: filter %v, the expression %v", expr, s.String(), r, want)
			}
		}
	}
	if cut < 1000 {
		t.Fatalf("only %d of %d expressions were cut", cut, tried)
	}
	t.Logf("%d of %d expressions cut", cut, tried)
}

// Branches compile on first use; one that cannot leaves the answer to the
// whole expression, never to a guess.
func TestBranchesCompileLazily(t *testing.T) {
	re := regexp.MustCompile(`(?i)alpha\w+|beta|[g]amma\d`)
	var b Builder
	b.Regexp(re)
	f := b.Build()
	compiled := 0
	for i := range f.exprs[0].branches {
		br := &f.exprs[0].branches[i]
		inner := br.re
		br.re = func() *regexp.Regexp { compiled++; return inner() }
	}
	if f.Scan([]byte("nothing here")).Regexp(0) || compiled != 0 {
		t.Fatalf("a file without the literals compiled %d branches", compiled)
	}
	if !f.Scan([]byte("ALPHAbet")).Regexp(0) || compiled != 1 {
		t.Fatalf("alpha: %d branches compiled", compiled)
	}
	for i := range f.exprs[0].branches {
		f.exprs[0].branches[i].re = func() *regexp.Regexp { return nil }
	}
	for _, s := range []string{"alphax", "gamma1", "gamma", "x"} {
		if got, want := f.Scan([]byte(s)).Regexp(0), re.MatchString(s); got != want {
			t.Errorf("%q without branch programs: %v, want %v", s, got, want)
		}
	}
	m := NewMatcher(re)
	if !m.Splits() {
		t.Fatal("the matcher does not split")
	}
	for i := range m.guarded {
		m.guarded[i].re = func() *regexp.Regexp { return nil }
	}
	for _, s := range []string{"alphax", "gamma1", "beta", "x"} {
		if got, want := m.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("matcher %q without branch programs: %v, want %v", s, got, want)
		}
	}
}

// BenchmarkNewSet builds the automaton of a thousand keywords, about the
// size of the catalog's prefilter.
func BenchmarkNewSet(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	var ps []Pattern
	for i := 0; i < 1000; i++ {
		var sb strings.Builder
		for j := 4 + rng.Intn(12); j > 0; j-- {
			sb.WriteByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-/0123456789"[rng.Intn(66)])
		}
		ps = append(ps, Pattern{Text: sb.String(), Fold: i%3 == 0})
	}
	for b.Loop() {
		NewSet(ps)
	}
}
