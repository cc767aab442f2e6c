package source

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// httpFetcher performs every HTTP request of the package: it bounds sizes
// and time, reports progress, applies the caller's credentials and words
// failures without ever echoing a credential.
type httpFetcher struct {
	client  *http.Client
	red     *redactor
	prog    *progress
	maxSize int64
	timeout time.Duration
	retries int
	backoff time.Duration
}

func newHTTPFetcher(opts Options, red *redactor, prog *progress) *httpFetcher {
	c := opts.HTTPClient
	if c == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.DialContext = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
		tr.TLSHandshakeTimeout = 30 * time.Second
		tr.ResponseHeaderTimeout = 60 * time.Second
		c = &http.Client{Transport: tr}
	}
	return &httpFetcher{client: c, red: red, prog: prog, maxSize: opts.MaxDownload, timeout: opts.Timeout, retries: 2, backoff: 300 * time.Millisecond}
}

// authFunc adds credentials to a request (a header, basic auth). It is
// called for the first request only: Go's client drops Authorization on a
// redirect to another host, and so credentials never follow a redirect to a
// CDN or elsewhere.
type authFunc func(*http.Request)

// HTTPStatusError is a non-2xx answer.
type HTTPStatusError struct {
	URL    string // redacted
	Status int
}

func (e *HTTPStatusError) Error() string {
	switch e.Status {
	case http.StatusUnauthorized:
		return fmt.Sprintf("%s: 401 Unauthorized: the server wants credentials; configure them the way this ecosystem's own tools read them", e.URL)
	case http.StatusForbidden:
		return fmt.Sprintf("%s: 403 Forbidden: the credentials were refused or lack access", e.URL)
	case http.StatusNotFound:
		return fmt.Sprintf("%s: 404 Not Found", e.URL)
	}
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

func isStatus(err error, codes ...int) bool {
	var se *HTTPStatusError
	if !errors.As(err, &se) {
		return false
	}
	for _, c := range codes {
		if se.Status == c {
			return true
		}
	}
	return false
}

// do sends a GET and returns a 2xx response; retries transient failures.
func (h *httpFetcher) do(ctx context.Context, rawURL string, auth authFunc, accept string) (*http.Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("invalid URL %s: %v", redactString(rawURL), err)
	}
	if u.Scheme != "https" && u.Scheme != "http" {
		return nil, fmt.Errorf("refusing to fetch %s: only http and https URLs are fetched", redactString(rawURL))
	}
	// Userinfo becomes basic auth and is removed from the URL, so no
	// library error message can repeat it.
	var ui *url.Userinfo
	if u.User != nil {
		ui = u.User
		h.red.add(u.User.Username())
		if p, ok := u.User.Password(); ok {
			h.red.add(p)
		}
		u.User = nil
	}
	var lastErr error
	for attempt := 0; attempt <= h.retries; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(h.backoff << (attempt - 1)):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("User-Agent", "mcpsafe (security scanner; never executes fetched code)")
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		if ui != nil {
			p, _ := ui.Password()
			req.SetBasicAuth(ui.Username(), p)
		}
		if auth != nil {
			auth(req)
		}
		resp, err := h.client.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%s: %w", redactString(u.String()), ctx.Err())
			}
			lastErr = fmt.Errorf("cannot reach %s: %v", u.Host, h.red.str(errors.Unwrap(err).Error()))
			continue
		}
		if resp.StatusCode >= 200 && resp.StatusCode < 300 {
			return resp, nil
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		lastErr = &HTTPStatusError{URL: redactString(u.String()), Status: resp.StatusCode}
		if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			return nil, lastErr
		}
	}
	return nil, lastErr
}

// getBytes fetches a small document (metadata), at most limit bytes.
func (h *httpFetcher) getBytes(ctx context.Context, rawURL string, auth authFunc, accept string, limit int64) ([]byte, http.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	resp, err := h.do(ctx, rawURL, auth, accept)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > limit {
		return nil, nil, limitErr("%s is %d bytes, more than the %d allowed", redactString(rawURL), resp.ContentLength, limit)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %v", redactString(rawURL), h.red.str(err.Error()))
	}
	if int64(len(b)) > limit {
		return nil, nil, limitErr("%s is more than the %d bytes allowed", redactString(rawURL), limit)
	}
	return b, resp.Header, nil
}

type downloaded struct {
	size   int64
	sha256 string // hex
	sha512 []byte
	sha1   string // hex
}

// download streams rawURL into the file dest (created), hashing as it goes.
func (h *httpFetcher) download(ctx context.Context, rawURL, dest string, auth authFunc, label string) (*downloaded, error) {
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	resp, err := h.do(ctx, rawURL, auth, "")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > h.maxSize {
		return nil, limitErr("%s is %d bytes, more than the %d-byte download limit", label, resp.ContentLength, h.maxSize)
	}
	f, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	s256, s512, s1 := sha256.New(), sha512.New(), newSHA1()
	body := h.prog.reader(resp.Body, label, resp.ContentLength)
	n, err := io.Copy(io.MultiWriter(f, s256, s512, s1), io.LimitReader(body, h.maxSize+1))
	h.prog.done(label, n)
	cerr := f.Close()
	if err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(dest)
		if ctx.Err() != nil {
			return nil, fmt.Errorf("downloading %s: %w (raise --timeout or try again)", label, ctx.Err())
		}
		return nil, fmt.Errorf("downloading %s: %v", label, h.red.str(err.Error()))
	}
	if n > h.maxSize {
		os.Remove(dest)
		return nil, limitErr("%s is larger than the %d-byte download limit", label, h.maxSize)
	}
	return &downloaded{size: n, sha256: hex.EncodeToString(s256.Sum(nil)), sha512: s512.Sum(nil), sha1: hex.EncodeToString(s1.Sum(nil))}, nil
}

// joinURL appends path segments to a base URL.
func joinURL(base string, elems ...string) string {
	out := trimSlash(base)
	for _, e := range elems {
		out += "/" + strings.TrimLeft(e, "/")
	}
	return out
}
