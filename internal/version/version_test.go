package version

import "testing"

func TestSchemes(t *testing.T) {
	cases := []struct {
		eco, v, rng string
		contains    bool
		atLeast     string
		admits      bool
	}{
		{"npm", "1.23.0", "^1.20.0", true, "1.24.0", true},
		{"npm", "1.23.0", "~1.23.0", true, "1.24.0", false},
		{"PyPI", "1.22.0", ">=1.0,<1.23", true, "1.23.0", false},
		{"pypi", "1.22.0", "^1.0", true, "1.23.0", true},
		{"Go", "v1.3.0", "v1.3.0", true, "v1.4.0", false},
		{"go", "1.5.0", ">=v1.4.0", true, "1.4.0", true},
	}
	for _, c := range cases {
		s := For(c.eco)
		if s == nil {
			t.Fatalf("no scheme for %q", c.eco)
		}
		v, err := s.Parse(c.v)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.ParseRange(c.rng)
		if err != nil {
			t.Fatal(err)
		}
		if r.Contains(v) != c.contains {
			t.Errorf("%s %q contains %s = %v", c.eco, c.rng, c.v, !c.contains)
		}
		min, _ := s.Parse(c.atLeast)
		if r.AdmitsAtLeast(min) != c.admits {
			t.Errorf("%s %q AdmitsAtLeast(%s) = %v", c.eco, c.rng, c.atLeast, !c.admits)
		}
		iv := Interval{Hi: min}
		if iv.Contains(s, v) != (s.Compare(v, min) < 0) {
			t.Errorf("%s interval", c.eco)
		}
	}
	if For("maven") != nil {
		t.Error("unexpected scheme")
	}
	// Versions of another scheme never match and never crash.
	npmV, _ := For("npm").Parse("1.0.0")
	goR, _ := For("go").ParseRange(">=v0.1.0")
	if goR.Contains(npmV) {
		t.Error("cross-scheme Contains")
	}
	if For("go").Compare(npmV, npmV) != 0 {
		t.Error("fallback compare")
	}
}
