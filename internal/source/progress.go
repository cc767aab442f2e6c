package source

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress writes human-readable status to Options.Progress. The CLI passes
// stderr only when it is a terminal, so in pipes and CI the package is
// silent; lines go through the redactor like errors do.
type progress struct {
	mu  sync.Mutex
	w   io.Writer
	red *redactor
}

func newProgress(w io.Writer, red *redactor) *progress { return &progress{w: w, red: red} }

func (p *progress) printf(format string, a ...any) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, p.red.str(fmt.Sprintf(format, a...)))
}

// reader reports download progress at most a few times a second.
func (p *progress) reader(r io.Reader, label string, total int64) io.Reader {
	if p == nil || p.w == nil {
		return r
	}
	return &progressReader{r: r, p: p, label: label, total: total}
}

func (p *progress) done(label string, n int64) {
	p.printf("\rfetched %s (%s)\033[K\n", label, humanBytes(n))
}

type progressReader struct {
	r     io.Reader
	p     *progress
	label string
	total int64
	n     int64
	last  time.Time
}

func (pr *progressReader) Read(b []byte) (int, error) {
	k, err := pr.r.Read(b)
	pr.n += int64(k)
	if now := time.Now(); now.Sub(pr.last) > 200*time.Millisecond {
		pr.last = now
		if pr.total > 0 {
			pr.p.printf("\rfetching %s %3d%% (%s of %s)\033[K", pr.label, pr.n*100/pr.total, humanBytes(pr.n), humanBytes(pr.total))
		} else {
			pr.p.printf("\rfetching %s (%s)\033[K", pr.label, humanBytes(pr.n))
		}
	}
	return k, err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
