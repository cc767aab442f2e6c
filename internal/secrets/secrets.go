// Package secrets recognises credentials written into files: provider
// formats with a recognisable shape (AWS, GitHub, Stripe, Slack, Google,
// OpenAI, Anthropic, private keys, …), high-entropy literals, and the
// placeholders and variable references that must not count as secrets.
// The formats are data (data/secrets.yaml).
package secrets

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed data/secrets.yaml
var dataYAML []byte

type provider struct {
	ID      string `yaml:"id"`
	Name    string `yaml:"name"`
	Pattern string `yaml:"pattern"`
	re      *regexp.Regexp
}

type data struct {
	Providers    []provider `yaml:"providers"`
	Placeholders struct {
		Whole    string `yaml:"whole"`
		Fragment string `yaml:"fragment"`
	} `yaml:"placeholders"`
	References string `yaml:"references"`
	Entropy    struct {
		MinLength int     `yaml:"min_length"`
		MinBits   float64 `yaml:"min_bits"`
	} `yaml:"entropy"`

	whole, fragment, refs *regexp.Regexp
}

var load = sync.OnceValues(func() (*data, error) {
	dec := yaml.NewDecoder(bytes.NewReader(dataYAML))
	dec.KnownFields(true)
	var d data
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("secrets data: %v", err)
	}
	var err error
	for i := range d.Providers {
		if d.Providers[i].re, err = regexp.Compile(d.Providers[i].Pattern); err != nil {
			return nil, fmt.Errorf("secrets data: %s: %v", d.Providers[i].ID, err)
		}
	}
	for _, c := range []struct {
		dst **regexp.Regexp
		src string
	}{{&d.whole, d.Placeholders.Whole}, {&d.fragment, d.Placeholders.Fragment}, {&d.refs, d.References}} {
		if *c.dst, err = regexp.Compile(c.src); err != nil {
			return nil, fmt.Errorf("secrets data: %v", err)
		}
	}
	return &d, nil
})

// Check loads the bundled data, reporting a problem in it.
func Check() error {
	_, err := load()
	return err
}

// maxValue bounds the text examined.
const maxValue = 64 << 10

// Match is a secret found in a value.
type Match struct {
	// Kind is the provider ID ("github-token") or "high-entropy".
	Kind string
	// Name describes it for people ("GitHub token").
	Name string
	// Start and End delimit the secret in the value (bytes).
	Start, End int
}

// Provider finds a credential of a known format in a value, skipping
// placeholder-looking ones.
func Provider(value string) (Match, bool) {
	d, err := load()
	if err != nil || value == "" {
		return Match{}, false
	}
	if len(value) > maxValue {
		value = value[:maxValue]
	}
	for _, p := range d.Providers {
		for _, loc := range p.re.FindAllStringIndex(value, 8) {
			tok := value[loc[0]:loc[1]]
			if Placeholder(tok) || repetitive(tok) {
				continue
			}
			return Match{Kind: p.ID, Name: p.Name, Start: loc[0], End: loc[1]}, true
		}
	}
	return Match{}, false
}

// HighEntropy reports whether a literal looks random enough to be a key:
// long enough, enough bits per character, no spaces, not a placeholder
// and not a variable reference. For "Bearer <token>" and "Basic <token>"
// values the token is examined.
func HighEntropy(value string) (Match, bool) {
	d, err := load()
	if err != nil {
		return Match{}, false
	}
	start := 0
	v := strings.TrimSpace(value)
	for _, scheme := range []string{"Bearer ", "bearer ", "Basic ", "basic ", "token ", "Token "} {
		if strings.HasPrefix(v, scheme) {
			v = strings.TrimSpace(v[len(scheme):])
			start = strings.Index(value, v)
		}
	}
	if len(v) > maxValue || utf8.RuneCountInString(v) < d.Entropy.MinLength || strings.ContainsAny(v, " \t\n") {
		return Match{}, false
	}
	if Reference(v) || Placeholder(v) || repetitive(v) || looksLikePath(v) {
		return Match{}, false
	}
	if Entropy(v) < d.Entropy.MinBits {
		return Match{}, false
	}
	return Match{Kind: "high-entropy", Name: "high-entropy literal", Start: start, End: start + len(v)}, true
}

// Literal reports whether a value is a literal worth judging: not empty,
// not a placeholder, not a variable reference.
func Literal(value string) bool {
	v := strings.TrimSpace(value)
	return v != "" && !Placeholder(v) && !Reference(v) && !repetitive(v)
}

// Placeholder reports whether a value is an example rather than a
// credential: "xxx", "changeme", "<your key>", "your-api-key", "…".
func Placeholder(value string) bool {
	d, err := load()
	if err != nil {
		return false
	}
	v := strings.TrimSpace(value)
	if len(v) > maxValue {
		v = v[:maxValue]
	}
	return d.whole.MatchString(v) || d.fragment.MatchString(v)
}

// Reference reports whether a value names a variable rather than holding a
// secret: ${VAR}, ${input:token}, ${env:X}, {env:X}, $VAR, %VAR%, $(cmd),
// op://… and similar secret-manager references.
func Reference(value string) bool {
	d, err := load()
	if err != nil {
		return false
	}
	v := value
	if len(v) > maxValue {
		v = v[:maxValue]
	}
	return d.refs.MatchString(strings.TrimSpace(v))
}

// repetitive reports values made of one repeated character or a short
// repeated run ("aaaaaaaa", "abcabcabc").
func repetitive(v string) bool {
	if len(v) < 4 {
		return false
	}
	for period := 1; period <= 4 && period*2 <= len(v); period++ {
		ok := true
		for i := period; i < len(v); i++ {
			if v[i] != v[i-period] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	// A token whose random part is all x's or stars ("sk-xxxxxxxx").
	tail := v[len(v)/2:]
	return strings.Trim(tail, "xX*.-_0") == ""
}

func looksLikePath(v string) bool {
	return strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.HasPrefix(v, "~/") ||
		strings.HasPrefix(v, "http://") || (strings.HasPrefix(v, "https://") && !strings.Contains(v, "@"))
}

// Entropy returns the Shannon entropy of s in bits per character.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	counts := map[rune]int{}
	n := 0
	for _, r := range s {
		counts[r]++
		n++
	}
	var h float64
	for _, c := range counts {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	return h
}
