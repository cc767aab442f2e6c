package toolmodel

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/well-known-tools.yaml
var wellKnownYAML []byte

// WellKnownName is a tool name many clients know, with the servers that
// own it.
type WellKnownName struct {
	Name   string   `yaml:"name"`
	Owners []string `yaml:"owners"`
}

// WellKnownPrefix is a server's namespace prefix.
type WellKnownPrefix struct {
	Prefix string   `yaml:"prefix"`
	Owners []string `yaml:"owners"`
}

// WellKnownData is the bundled list (data/well-known-tools.yaml).
type WellKnownData struct {
	Tools    []WellKnownName   `yaml:"tools"`
	Prefixes []WellKnownPrefix `yaml:"prefixes"`

	bySkeleton map[string]*WellKnownName
}

// WellKnown returns the bundled well-known tool names, decoded once.
var WellKnown = sync.OnceValues(func() (*WellKnownData, error) {
	dec := yaml.NewDecoder(bytes.NewReader(wellKnownYAML))
	dec.KnownFields(true)
	var d WellKnownData
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("well-known tools: %v", err)
	}
	d.bySkeleton = map[string]*WellKnownName{}
	for i := range d.Tools {
		d.bySkeleton[Skeleton(d.Tools[i].Name)] = &d.Tools[i]
	}
	return &d, nil
})

// Lookup returns the well-known name a tool name equals or is confusable
// with.
func (d *WellKnownData) Lookup(name string) (*WellKnownName, bool) {
	w, ok := d.bySkeleton[Skeleton(name)]
	return w, ok
}

// Owns reports whether a server (by its declared name) is one of the
// owners, or the name of the server starts with one.
func Owns(owners []string, server string) bool {
	s := strings.ToLower(strings.TrimSpace(server))
	if s == "" {
		return false
	}
	for _, o := range owners {
		o = strings.ToLower(o)
		if s == o || strings.HasPrefix(s, o+"-") || strings.HasPrefix(s, o+"_") || strings.HasPrefix(s, o+" ") {
			return true
		}
	}
	return false
}

// confusables maps characters that look like ASCII letters to them
// (Cyrillic, Greek and other look-alikes, and digits used for letters).
var confusables = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'ɡ': 'g', 'һ': 'h', 'к': 'k', 'м': 'm', 'т': 't', 'в': 'b', 'н': 'h', 'ı': 'i', 'ӏ': 'l',
	'ο': 'o', 'α': 'a', 'ν': 'v', 'τ': 't', 'ρ': 'p', 'κ': 'k', 'ι': 'i', 'ε': 'e', 'Α': 'a', 'Β': 'b',
	'Ε': 'e', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n', 'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Χ': 'x',
	'Υ': 'y', 'Ζ': 'z', 'А': 'a', 'В': 'b', 'Е': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p',
	'С': 'c', 'Т': 't', 'Х': 'x', 'Ѕ': 's', 'І': 'i', 'Ј': 'j', 'ℓ': 'l',
	'0': 'o', '1': 'l', '|': 'l',
}

// Confusable reports whether r looks like a Latin letter.
func Confusable(r rune) (rune, bool) {
	c, ok := confusables[r]
	return c, ok
}

// Skeleton folds a name to what it looks like (UTS #39 in spirit):
// compatibility forms and accents removed, look-alikes mapped to ASCII,
// lower case, "rn" as "m", and -, ., space as _.
func Skeleton(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		if c, ok := confusables[r]; ok {
			r = c
		}
		switch r {
		case '-', '.', ' ':
			r = '_'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "rn", "m"), "vv", "w")
}
