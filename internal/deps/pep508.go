package deps

import (
	"errors"
	"regexp"
	"strings"
)

// requirement is a parsed PEP 508 dependency specification.
type requirement struct {
	name      string // as written
	extras    []string
	specifier string // version specifier set, parentheses removed
	url       string // "name @ url"
	markers   string
}

var pep508Name = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`)

// parsePEP508 reads "name[extra,…] specifier ; markers" or
// "name[extra] @ url ; markers".
func parsePEP508(s string) (requirement, error) {
	var req requirement
	s = strings.TrimSpace(s)
	name := pep508Name.FindString(s)
	if name == "" {
		return req, errors.New("no package name")
	}
	req.name = name
	rest := strings.TrimSpace(s[len(name):])
	if strings.HasPrefix(rest, "[") {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return req, errors.New("unclosed extras")
		}
		for _, e := range strings.Split(rest[1:end], ",") {
			if e = strings.TrimSpace(e); e != "" {
				req.extras = append(req.extras, e)
			}
		}
		rest = strings.TrimSpace(rest[end+1:])
	}
	if after, ok := strings.CutPrefix(rest, "@"); ok {
		after = strings.TrimSpace(after)
		// A URL ends at whitespace; markers follow " ;".
		url, markers, _ := strings.Cut(after, " ")
		req.url = strings.TrimSpace(url)
		if m := strings.TrimSpace(markers); m != "" {
			if !strings.HasPrefix(m, ";") {
				return req, errors.New("unexpected text after URL")
			}
			req.markers = strings.TrimSpace(m[1:])
		}
		if req.url == "" {
			return req, errors.New("empty URL")
		}
		return req, nil
	}
	spec, markers, hasMarkers := strings.Cut(rest, ";")
	if hasMarkers {
		req.markers = strings.TrimSpace(markers)
	}
	spec = strings.TrimSpace(spec)
	if strings.HasPrefix(spec, "(") {
		if !strings.HasSuffix(spec, ")") {
			return req, errors.New("unclosed parenthesis")
		}
		spec = strings.TrimSpace(spec[1 : len(spec)-1])
	}
	if spec != "" && !strings.ContainsAny(spec[:1], "<>=!~") {
		return req, errors.New("unexpected text after the name")
	}
	req.specifier = spec
	return req, nil
}
