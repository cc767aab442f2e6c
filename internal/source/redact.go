package source

import (
	"context"
	"errors"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Secrets come from the user's own configuration (tokens in .npmrc,
// passwords in PIP_INDEX_URL or GOPROXY, Docker auths). They must never reach
// output, logs, errors or cache paths. Two layers make sure of it: every
// secret the package reads is registered with the resolver's redactor, and
// URL credentials and credential-looking query parameters are masked
// wherever they appear, registered or not.

var (
	userinfoRe = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#\s"'@]*@`)
	queryKeyRe = regexp.MustCompile(`(?i)([?&;](?:[a-z0-9_-]*(?:token|sig|signature|secret|password|passwd|pwd|auth|credential|key|session)[a-z0-9_-]*)=)[^&#\s"']+`)
)

// redactString masks URL userinfo and credential-looking query values.
func redactString(s string) string {
	s = userinfoRe.ReplaceAllString(s, "${1}***@")
	return queryKeyRe.ReplaceAllString(s, "${1}***")
}

type redactor struct {
	mu      sync.Mutex
	secrets []string
}

func newRedactor() *redactor { return &redactor{} }

// add registers a secret. Very short values are not registered: masking
// every "a" in a message would hide more than it protects, and no registry
// issues such tokens.
func (r *redactor) add(secret string) {
	if r == nil || len(secret) < 4 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.secrets {
		if s == secret {
			return
		}
	}
	r.secrets = append(r.secrets, secret)
	// Longest first, so a secret that contains another is masked whole.
	sort.Slice(r.secrets, func(i, j int) bool { return len(r.secrets[i]) > len(r.secrets[j]) })
}

func (r *redactor) str(s string) string {
	s = redactString(s)
	if r == nil {
		return s
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, sec := range r.secrets {
		s = strings.ReplaceAll(s, sec, "***")
	}
	return s
}

// err returns an error whose message is redacted. It keeps errors.Is for
// sentinels and context errors, and errors.As for this package's own error
// types, which never carry secrets; it does not unwrap to the original
// error, whose message might.
func (r *redactor) err(e error) error {
	if e == nil {
		return nil
	}
	var re *redactedError
	if errors.As(e, &re) && re == e {
		return e
	}
	return &redactedError{msg: r.str(e.Error()), orig: e}
}

type redactedError struct {
	msg  string
	orig error
}

func (e *redactedError) Error() string { return e.msg }

func (e *redactedError) Is(target error) bool {
	switch target {
	case context.Canceled, context.DeadlineExceeded, ErrNotCached, ErrUnsafeArchive, ErrLimit, ErrChecksum:
		return errors.Is(e.orig, target)
	}
	return false
}

func (e *redactedError) As(target any) bool {
	switch target.(type) {
	case **AmbiguousError, **NotCachedError:
		return errors.As(e.orig, target)
	}
	return false
}
