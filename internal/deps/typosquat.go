package deps

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/known-good.yaml
var knownGoodYAML []byte

// KnownGood is the bundled list of popular MCP package names.
type KnownGood struct {
	// OfficialScopes are name prefixes never reported, per ecosystem.
	OfficialScopes map[string][]string `yaml:"official_scopes"`
	NPM            []string            `yaml:"npm"`
	PyPI           []string            `yaml:"pypi"`
	Go             []string            `yaml:"go"`
}

// LoadKnownGood decodes the bundled list strictly.
func LoadKnownGood() (*KnownGood, error) {
	dec := yaml.NewDecoder(bytes.NewReader(knownGoodYAML))
	dec.KnownFields(true)
	var kg KnownGood
	if err := dec.Decode(&kg); err != nil {
		return nil, fmt.Errorf("known-good list: %v", err)
	}
	return &kg, nil
}

// names returns the list of one ecosystem.
func (kg *KnownGood) names(eco string) []string {
	switch eco {
	case NPM:
		return kg.NPM
	case PyPI:
		return kg.PyPI
	case Go:
		return kg.Go
	}
	return nil
}

type squatIndex struct {
	kg        *KnownGood
	exact     map[string]map[string]bool // ecosystem -> normalised name
	skeletons map[string]map[string]string
}

var loadSquat = sync.OnceValues(func() (*squatIndex, error) {
	kg, err := LoadKnownGood()
	if err != nil {
		return nil, err
	}
	idx := &squatIndex{kg: kg, exact: map[string]map[string]bool{}, skeletons: map[string]map[string]string{}}
	for _, eco := range []string{NPM, PyPI, Go} {
		idx.exact[eco] = map[string]bool{}
		idx.skeletons[eco] = map[string]string{}
		for _, n := range kg.names(eco) {
			nn := normalizeName(eco, n)
			idx.exact[eco][nn] = true
			if _, dup := idx.skeletons[eco][skeleton(eco, nn)]; !dup {
				idx.skeletons[eco][skeleton(eco, nn)] = n
			}
		}
	}
	return idx, nil
})

// maxNameLength bounds the names compared (npm's own limit is 214).
const maxNameLength = 256

// Typosquat reports whether a package name imitates a known-good MCP
// package: it is confusable with one (same skeleton after folding
// homoglyphs, case and -/_/. separators), or within a Damerau-Levenshtein
// distance that grows with the target's length (none for names of up to 4
// characters, 1 up to 8, 2 beyond: short names such as "mcp" have too many
// legitimate neighbours for edits to mean anything). It never reports a
// known-good name itself or a name in an official scope
// (@modelcontextprotocol/*). target is the imitated name, distance the edit
// distance between the normalised names.
func Typosquat(ecosystem, name string) (target string, distance int, ok bool) {
	idx, err := loadSquat()
	if err != nil || len(name) > maxNameLength {
		return "", 0, false
	}
	eco := strings.ToLower(ecosystem)
	n := normalizeName(eco, name)
	if n == "" || idx.exact[eco] == nil || idx.exact[eco][n] {
		return "", 0, false
	}
	for _, scope := range idx.kg.OfficialScopes[eco] {
		if strings.HasPrefix(n, strings.ToLower(scope)) && name == strings.TrimSpace(name) && isASCII(name) {
			return "", 0, false
		}
	}
	if t, found := idx.skeletons[eco][skeleton(eco, foldRaw(name, eco))]; found {
		return t, DamerauLevenshtein(n, normalizeName(eco, t)), true
	}
	best, bestD := "", 0
	for _, k := range idx.kg.names(eco) {
		kn := normalizeName(eco, k)
		limit := editBudget(kn)
		if limit == 0 || absDiff(len(kn), len(n)) > limit {
			continue
		}
		if d := DamerauLevenshtein(n, kn); d <= limit && (best == "" || d < bestD) {
			best, bestD = k, d
		}
	}
	return best, bestD, best != ""
}

func editBudget(name string) int {
	switch l := len([]rune(name)); {
	case l <= 4:
		return 0
	case l <= 8:
		return 1
	}
	return 2
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var goMajorSuffix = regexp.MustCompile(`/v[0-9]+$`)

// normalizeName gives the form registries compare names in.
func normalizeName(eco, name string) string {
	name = strings.TrimSpace(name)
	switch eco {
	case PyPI:
		return NormalizePyPI(name)
	case Go:
		return goMajorSuffix.ReplaceAllString(strings.ToLower(name), "")
	}
	return strings.ToLower(name)
}

// foldRaw normalises a name for the skeleton while keeping the capital I
// that lower-casing would turn into a different letter than the "l" it
// imitates.
func foldRaw(name, eco string) string {
	name = strings.ReplaceAll(strings.TrimSpace(name), "I", "l")
	if eco == Go {
		name = goMajorSuffix.ReplaceAllString(name, "")
	}
	return name
}

// homoglyphs maps characters that look like ASCII letters to them:
// Cyrillic and Greek look-alikes and digits used for letters.
var homoglyphs = map[rune]string{
	'а': "a", 'е': "e", 'о': "o", 'р': "p", 'с': "c", 'у': "y", 'х': "x", 'і': "i", 'ј': "j",
	'ѕ': "s", 'ԁ': "d", 'ɡ': "g", 'һ': "h", 'к': "k", 'м': "m", 'т': "t", 'в': "b", 'н': "h",
	'ı': "i", 'ӏ': "l", 'ο': "o", 'α': "a", 'ν': "v", 'τ': "t", 'ρ': "p", 'κ': "k", 'ι': "i",
	'0': "o", '1': "l", '|': "l", '!': "l", '$': "s",
}

// skeleton folds a name to what it looks like: compatibility forms and
// accents removed, homoglyphs mapped, lower case, "rn" as "m", "vv" as "w",
// and (outside Go's host part) every run of - _ . as one "-".
func skeleton(eco, name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if s, ok := homoglyphs[r]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s := b.String()
	s = strings.ReplaceAll(s, "rn", "m")
	s = strings.ReplaceAll(s, "vv", "w")
	host := ""
	if eco == Go {
		if i := strings.IndexByte(s, '/'); i > 0 {
			host, s = s[:i], s[i:]
		}
	}
	return host + squatSeparators.ReplaceAllString(s, "-")
}

var squatSeparators = regexp.MustCompile(`[-_.]+`)

// DamerauLevenshtein returns the edit distance between a and b counting
// insertions, deletions, substitutions and transpositions of adjacent
// characters (the unrestricted distance of Lowrance and Wagner).
func DamerauLevenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	inf := la + lb
	d := make([][]int, la+2)
	for i := range d {
		d[i] = make([]int, lb+2)
	}
	d[0][0] = inf
	for i := 0; i <= la; i++ {
		d[i+1][0], d[i+1][1] = inf, i
	}
	for j := 0; j <= lb; j++ {
		d[0][j+1], d[1][j+1] = inf, j
	}
	last := map[rune]int{}
	for i := 1; i <= la; i++ {
		db := 0
		for j := 1; j <= lb; j++ {
			i1, j1 := last[rb[j-1]], db
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost, db = 0, j
			}
			d[i+1][j+1] = min(
				d[i][j]+cost,
				d[i+1][j]+1,
				d[i][j+1]+1,
				d[i1][j1]+(i-i1-1)+1+(j-j1-1),
			)
		}
		last[ra[i-1]] = i
	}
	return d[la+1][lb+1]
}
