package lang

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestPerLanguageBuildsEachLanguageOnceOnUse(t *testing.T) {
	var calls [8]atomic.Int32
	index := map[ID]int{}
	for i, l := range All {
		index[l.ID] = i
	}
	p := NewPerLanguage(func(l *Language) (string, error) {
		calls[index[l.ID]].Add(1)
		if l.ID == Go {
			return "", errors.New("no")
		}
		return l.Name, nil
	})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := p.Get(JavaScript); v != "JavaScript" || err != nil {
				t.Errorf("Get: %q %v", v, err)
			}
		}()
	}
	wg.Wait()
	if _, err := p.Get(Go); err == nil {
		t.Error("the build error was not returned")
	}
	if v, err := p.Get("cobol"); v != "" || err != nil {
		t.Errorf("unknown language: %q %v", v, err)
	}
	for _, l := range All {
		want := int32(0)
		if l.ID == JavaScript || l.ID == Go {
			want = 1
		}
		if got := calls[index[l.ID]].Load(); got != want {
			t.Errorf("%s built %d times, want %d", l.Name, got, want)
		}
	}
	var built []string
	p.Built(func(v string) { built = append(built, v) })
	if len(built) != 1 || built[0] != "JavaScript" {
		t.Errorf("Built: %q", built)
	}
}
