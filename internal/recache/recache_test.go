package recache

import (
	"sync"
	"testing"
)

func TestCompileRemembers(t *testing.T) {
	a, err := Compile(`a+b`)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Compile(`a+b`)
	if a != b {
		t.Error("the same expression compiled twice")
	}
	if !a.MatchString("xaab") || a.MatchString("ba") {
		t.Error("wrong expression")
	}
	if _, err := Compile(`a(`); err == nil {
		t.Error("no error for an invalid expression")
	}
	if _, err := Compile(`a(`); err == nil {
		t.Error("no error for an invalid expression the second time")
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if re := MustCompile(`x\d+`); !re.MatchString("x12") {
				t.Error("wrong expression")
			}
		}()
	}
	wg.Wait()
}
