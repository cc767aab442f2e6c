package npm

import (
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	valid := map[string]string{
		"1.2.3":                "1.2.3",
		" v1.2.3 ":             "1.2.3",
		"1.2.3-beta.1":         "1.2.3-beta.1",
		"1.2.3-0":              "1.2.3-0",
		"1.2.3+build.5":        "1.2.3",
		"1.2.3-rc.1+sha.abc":   "1.2.3-rc.1",
		"0.0.0":                "0.0.0",
		"9007199254740991.0.0": "9007199254740991.0.0",
		"1.2.3-x-y-z.--":       "1.2.3-x-y-z.--",
		"2025.12.18":           "2025.12.18",
	}
	for in, want := range valid {
		v, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if v.String() != want {
			t.Errorf("Parse(%q) = %s, want %s", in, v, want)
		}
	}
	for _, in := range []string{"", "1.2", "1", "01.2.3", "1.02.3", "1.2.3-01", "=1.2.3", "1.2.3.4", "latest",
		"1.2.3-", "1.2.3+", "1.2.3-beta..1", "9007199254740992.0.0", "a.b.c", "1.2.3 4", "v", "1.2.3-β"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) succeeded", in)
		}
	}
}

func TestCompareOrder(t *testing.T) {
	// Ascending, per semver §11 and node-semver.
	order := []string{"0.0.0-0", "0.0.0", "1.0.0-0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
		"1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0"}
	for i := range order {
		for j := range order {
			a, b := MustParse(order[i]), MustParse(order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := Compare(a, b); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
	if Compare(MustParse("1.0.0+a"), MustParse("1.0.0+b")) != 0 {
		t.Error("build metadata must not order")
	}
}

func TestRangeContains(t *testing.T) {
	cases := []struct {
		rng string
		in  []string
		out []string
	}{
		{"^1.2.3", []string{"1.2.3", "1.9.9", "1.2.4"}, []string{"1.2.2", "2.0.0", "2.0.0-0", "1.3.0-beta", "1.2.3-beta"}},
		{"^0.2.3", []string{"0.2.3", "0.2.9"}, []string{"0.3.0", "0.2.2"}},
		{"^0.0.3", []string{"0.0.3"}, []string{"0.0.4", "0.0.2"}},
		{"^0.0", []string{"0.0.0", "0.0.9"}, []string{"0.1.0"}},
		{"^1.2.3-beta.2", []string{"1.2.3-beta.2", "1.2.3-beta.4", "1.2.3", "1.9.0"}, []string{"1.2.3-beta.1", "1.2.4-beta", "2.0.0"}},
		{"~1.2.3", []string{"1.2.3", "1.2.99"}, []string{"1.3.0", "1.2.2"}},
		{"~1", []string{"1.0.0", "1.9.0"}, []string{"2.0.0"}},
		{"~> 1.2", []string{"1.2.0", "1.2.9"}, []string{"1.3.0"}},
		{"1.x", []string{"1.0.0", "1.99.0"}, []string{"2.0.0", "0.9.0", "1.0.0-rc.1"}},
		{"1.2.*", []string{"1.2.0", "1.2.7"}, []string{"1.3.0", "1.2.0-0"}},
		{"*", []string{"0.0.0", "99.0.0"}, []string{"1.0.0-rc.1"}},
		{"", []string{"1.0.0"}, []string{"1.0.0-rc.1"}},
		{">1.2", []string{"1.3.0"}, []string{"1.2.9"}},
		{"<=1.2", []string{"1.2.9"}, []string{"1.3.0"}},
		{"<1.2", []string{"1.1.9"}, []string{"1.2.0", "1.2.0-0"}},
		{"1.2.3 - 2.3", []string{"1.2.3", "2.3.9"}, []string{"2.4.0", "1.2.2"}},
		{"1.2 - 2.3.4", []string{"1.2.0", "2.3.4"}, []string{"2.3.5", "1.1.9"}},
		{"1.2.3-pre - 1.2.4", []string{"1.2.3-pre.2", "1.2.4"}, []string{"1.2.4-pre"}},
		{">=1.2.3-beta.1", []string{"1.2.3-beta.2", "5.0.0"}, []string{"1.2.4-alpha", "1.2.3-alpha"}},
		{"<1.2.3", []string{"1.2.2"}, []string{"1.2.3-beta", "1.2.3"}},
		{"1.2.3 || >=2.0.0 <2.1.0", []string{"1.2.3", "2.0.5"}, []string{"1.2.4", "2.1.0"}},
		{"=v1.2.3", []string{"1.2.3"}, []string{"1.2.4"}},
		{">= 1.2.3 < 2", []string{"1.5.0"}, []string{"2.0.0"}},
		{"1.2.3*", []string{"1.2.3"}, []string{"1.2.4"}},
		{"<0.0.0-0 || 1.x", []string{"1.5.0"}, []string{"0.1.0"}},
		{">=0.0.0 <=0.0.0-beta", []string{"0.0.0-alpha"}, []string{"0.0.0"}},
	}
	for _, c := range cases {
		r, err := ParseRange(c.rng)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", c.rng, err)
			continue
		}
		for _, v := range c.in {
			if !r.Contains(MustParse(v)) {
				t.Errorf("%q (%s) should contain %s", c.rng, r.Desugared(), v)
			}
		}
		for _, v := range c.out {
			if r.Contains(MustParse(v)) {
				t.Errorf("%q (%s) should not contain %s", c.rng, r.Desugared(), v)
			}
		}
	}
}

func TestParseRangeRejects(t *testing.T) {
	for _, s := range []string{"latest", "next", "1.2.3, 1.2.4", ">=1.0.0,<2", "x.1", "1.x.2", "==1.2.3", "~", "^",
		"git+https://github.com/a/b", "npm:foo@1", "workspace:*", "file:../x", "1.2.3-", "<", "1 2 - 3", "01.2.3"} {
		if r, err := ParseRange(s); err == nil {
			t.Errorf("ParseRange(%q) = %q, want error", s, r.Desugared())
		}
	}
}

func TestDesugared(t *testing.T) {
	// Expected values are node-semver 7's Range.range.
	cases := map[string]string{
		"^1.2.3":        ">=1.2.3 <2.0.0-0",
		"^0.0.x":        "<0.1.0-0",
		"~1.2":          ">=1.2.0 <1.3.0-0",
		"1.2.3 - 2.3":   ">=1.2.3 <2.4.0-0",
		"1.x || >=2.5":  ">=1.0.0 <2.0.0-0||>=2.5.0",
		"*":             "",
		">*":            "<0.0.0-0",
		">=1.2.3 1.x":   ">=1.2.3 >=1.0.0 <2.0.0-0",
		"1.2.3 || *":    "",
		"v1.2.3":        "1.2.3",
		">= 1.2 <= 2.3": ">=1.2.0 <2.4.0-0",
	}
	for in, want := range cases {
		if got := MustParseRange(in).Desugared(); got != want {
			t.Errorf("%q desugars to %q, want %q", in, got, want)
		}
	}
}

func TestExactAndUnbounded(t *testing.T) {
	for s, want := range map[string]bool{"1.2.3": true, "=1.2.3": true, "v1.2.3": true, "^1.2.3": false, "1.2": false, "1.2.3 || 1.2.4": false} {
		_, ok := MustParseRange(s).Exact()
		if ok != want {
			t.Errorf("Exact(%q) = %v", s, ok)
		}
	}
	for s, want := range map[string]bool{"*": true, "": true, ">=1.0.0": true, "^1.0.0": false, "1.x": false,
		"1.x || >2": true, "<0.0.0-0": false, "1.2.3": false, ">1 <3": false} {
		if got := MustParseRange(s).Unbounded(); got != want {
			t.Errorf("Unbounded(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAdmits(t *testing.T) {
	fixed := MustParse("1.24.0")
	cases := []struct {
		rng                string
		atLeastFix, before bool
	}{
		{"^1.20.0", true, true},
		{"~1.23.0", false, true},
		{"^1.24.0", true, false},
		{">=1.24.0-beta.1 <1.24.0", false, true}, // only prereleases of 1.24.0, which sort below it
		{"1.24.0-rc.1", false, true},
		{"*", true, true},
		{">1.23.9", true, true}, // 1.23.10
		{"<1.24.0", false, true},
		{"1.23.0 || 1.25.0", true, true},
	}
	for _, c := range cases {
		r := MustParseRange(c.rng)
		if got := r.AdmitsAtLeast(fixed); got != c.atLeastFix {
			t.Errorf("%q AdmitsAtLeast(1.24.0) = %v", c.rng, got)
		}
		if got := r.AdmitsBetween(nil, &fixed, false); got != c.before {
			t.Errorf("%q admits < 1.24.0 = %v", c.rng, got)
		}
	}
}

// TestAdmitsWhereBruteForce checks AdmitsWhere against an enumeration of a
// dense set of versions: whenever some enumerated version is admitted and
// in the interval, AdmitsWhere must say so (it can only answer true with a
// witness, so the other direction holds by construction).
func TestAdmitsWhereBruteForce(t *testing.T) {
	var universe []Version
	pres := [][]string{nil, {"0"}, {"alpha"}, {"beta", "1"}, {"beta", "1", "0"}, {"rc", "1"}}
	for M := uint64(0); M < 4; M++ {
		for m := uint64(0); m < 4; m++ {
			for p := uint64(0); p < 3; p++ {
				for _, pre := range pres {
					universe = append(universe, Version{Major: M, Minor: m, Patch: p, Prerelease: pre})
				}
			}
		}
	}
	parts := []string{"0.0.0", "0.1.0", "1.0.0", "1.1.0-beta.1", "1.1.0", "1.2.3", "2.0.0-rc.1", "2.0.0", "2.1.0"}
	ops := []string{"", "^", "~", ">", ">=", "<", "<=", "="}
	var ranges []string
	for _, a := range parts {
		for _, o := range ops {
			ranges = append(ranges, o+a)
			for _, b := range parts[len(parts)-3:] {
				ranges = append(ranges, o+a+" <"+b, o+a+" || "+b)
			}
		}
	}
	ranges = append(ranges, "1.x", "1.1.x", "*", "1 - 2", ">=1.1.0-beta.1 <1.1.0")
	bounds := []string{"", "0.1.0", "1.1.0-beta.1", "1.1.0", "1.2.3", "2.0.0-rc.1", "2.0.0"}
	for _, rs := range ranges {
		r := MustParseRange(rs)
		for _, lo := range bounds {
			for _, hi := range bounds {
				var plo, phi *Version
				if lo != "" {
					v := MustParse(lo)
					plo = &v
				}
				if hi != "" {
					v := MustParse(hi)
					phi = &v
				}
				for _, incl := range []bool{false, true} {
					brute := false
					for _, v := range universe {
						inLo := plo == nil || Compare(v, *plo) >= 0
						inHi := phi == nil || Compare(v, *phi) < 0 || (incl && Compare(v, *phi) == 0)
						if inLo && inHi && r.Contains(v) {
							brute = true
							break
						}
					}
					if got := r.AdmitsBetween(plo, phi, incl); brute && !got {
						t.Fatalf("%q admits a version in [%s, %s] (incl %v) but AdmitsBetween says no", rs, lo, hi, incl)
					}
				}
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.2.3", "v1.2.3-beta.1+b", "01.2.3", "1.2.3-", "9007199254740991.0.0", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		// A parsed version prints to a string that parses to the same version.
		w, err := Parse(v.String())
		if err != nil || Compare(v, w) != 0 {
			t.Fatalf("round trip of %q: %v %v", s, w, err)
		}
	})
}

func FuzzParseRange(f *testing.F) {
	for _, s := range []string{"^1.2.3", "1.x || >=2.0.0 <3", "1.2.3 - 2", "~> 1.2", "*", "", "<0.0.0-0", ">=1.2.3-beta.1", "1.2.3*", "latest"} {
		f.Add(s, "1.2.3")
	}
	f.Fuzz(func(t *testing.T, rs, vs string) {
		r, err := ParseRange(rs)
		if err != nil {
			return
		}
		_ = r.Desugared()
		_ = r.Unbounded()
		if v, err := Parse(vs); err == nil {
			got := r.Contains(v)
			if got && !r.AdmitsBetween(&v, &v, true) {
				t.Fatalf("%q contains %s but does not admit [%s, %s]", rs, v, v, v)
			}
		}
	})
}

func ExampleRange_AdmitsAtLeast() {
	r := MustParseRange("^1.20.0")
	fmt.Println(r.Contains(MustParse("1.23.0")), r.AdmitsAtLeast(MustParse("1.24.0")))
	// Output: true true
}
