package pep440

import (
	"testing"
)

func TestNormalise(t *testing.T) {
	cases := map[string]string{
		"1.0.0a1":                   "1.0.0a1",
		"1.0.0-alpha1":              "1.0.0a1",
		"1.0.0.ALPHA.1":             "1.0.0a1",
		"1.0a":                      "1.0a0",
		"1.0b2":                     "1.0b2",
		"1.0-beta.2":                "1.0b2",
		"1.0c1":                     "1.0rc1",
		"1.0pre1":                   "1.0rc1",
		"1.0preview-1":              "1.0rc1",
		"1.0-1":                     "1.0.post1",
		"1.0.rev2":                  "1.0.post2",
		"1.0r":                      "1.0.post0",
		"1.0.post":                  "1.0.post0",
		"1.0-dev":                   "1.0.dev0",
		"1.0dev3":                   "1.0.dev3",
		"v1.0":                      "1.0",
		" 1.0 ":                     "1.0",
		"01.002.0003":               "1.2.3",
		"1!2.0":                     "1!2.0",
		"0!2.0":                     "2.0",
		"1.0+Ubuntu-1":              "1.0+ubuntu.1",
		"1.0+abc_def.5":             "1.0+abc.def.5",
		"1.0a1.post2.dev3":          "1.0a1.post2.dev3",
		"2025.12.18":                "2025.12.18",
		"1.0+0001":                  "1.0+1",
		"99999999999999999999999.0": "99999999999999999999999.0",
	}
	for in, want := range cases {
		v, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if v.String() != want {
			t.Errorf("Parse(%q) = %q, want %q", in, v, want)
		}
	}
	for _, in := range []string{"", "1.0.", "a1", "1.0+", "1.0+a..b", "1.0-", "1..0", "1.0 a", "latest", "1.0.0.dev1.post1", "１.0"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) succeeded", in)
		}
	}
}

func TestOrder(t *testing.T) {
	// Ascending, from PEP 440's summary of permitted suffixes and relative
	// ordering, plus epochs and local versions.
	order := []string{
		"1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
		"1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
		"1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1", "2025.12.18", "1!0.1",
	}
	for i := range order {
		for j := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := Compare(MustParse(order[i]), MustParse(order[j])); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	for _, eq := range [][2]string{{"1.0", "1.0.0"}, {"1.0.0.0", "1"}, {"1.0a1", "1.0.0-alpha1"}, {"0!1.0", "1.0"}} {
		if Compare(MustParse(eq[0]), MustParse(eq[1])) != 0 {
			t.Errorf("%s and %s should be equal", eq[0], eq[1])
		}
	}
}

func TestSpecifierSet(t *testing.T) {
	cases := []struct {
		spec    string
		in, out []string
	}{
		{">=1.0,<2.0", []string{"1.0", "1.9.9", "1.0.post1"}, []string{"0.9", "2.0", "1.5a1", "2.0a1"}},
		{"<1.23.0", []string{"1.22.9", "1.22.9.post1"}, []string{"1.23.0", "1.23.0rc1", "1.23.0.dev0"}},
		{"<1.23.0rc2", []string{"1.22"}, []string{"1.23.0rc1", "1.23.0rc2"}}, // < a prerelease does not ask for prereleases
		{">=1.23.0rc1", []string{"1.23.0rc1", "1.23.0rc2", "1.23.0", "2.0a1"}, []string{"1.22"}},
		{">1.0", []string{"1.0.1", "1.1"}, []string{"1.0", "1.0.post1", "1.0+local"}},
		{">1.0.post1", []string{"1.0.post2", "1.1"}, []string{"1.0.post1"}},
		{"<=1.0", []string{"1.0", "1.0+local", "0.9"}, []string{"1.0.post1"}},
		{"==1.0", []string{"1.0", "1.0.0", "1.0+local"}, []string{"1.0.post1", "1.0.1"}},
		{"==1.0+local", []string{"1.0+local"}, []string{"1.0", "1.0+other"}},
		{"!=1.0", []string{"1.0.1", "0.9"}, []string{"1.0", "1.0+x"}},
		{"==1.1.*", []string{"1.1", "1.1.0", "1.1.5", "1.1.post1"}, []string{"1.10", "1.2", "1.0", "1.1a1"}},
		{"==1.1.*,>=1.1a1", []string{"1.1a1", "1.1"}, []string{"1.2a1"}},
		{"==1.0.*", []string{"1", "1.0.7"}, []string{"1.1"}},
		{"!=1.1.*", []string{"1.10", "1.0"}, []string{"1.1.3"}},
		{"~=2.2", []string{"2.2", "2.9", "2.2.post3"}, []string{"3.0", "2.1", "2.2.dev1"}},
		{"~=1.4.5", []string{"1.4.5", "1.4.99"}, []string{"1.5.0", "1.4.4"}},
		{"~=1.4.5a4", []string{"1.4.5a4", "1.4.5", "1.4.9"}, []string{"1.5.0", "1.4.5a3"}},
		{"~=2.2.post3", []string{"2.2.post3", "2.9"}, []string{"2.2", "3.0"}},
		{"===1.0", []string{"1.0"}, []string{"1.0.0"}},
		{"", []string{"1.0", "0.0.1"}, []string{"1.0a1", "1.0.dev0"}},
		{">=1!1.0", []string{"1!1.0", "1!2.0"}, []string{"9.0", "2025.1.1"}},
		{"==1!1.0.*", []string{"1!1.0.3"}, []string{"1.0.3"}},
		{"<1!0", []string{"99999"}, []string{"1!0"}},
		{">=1.0.dev0,<1.1", []string{"1.0.dev0", "1.0a1", "1.0"}, []string{"1.1.dev0"}}, // a dev operand asks for prereleases
	}
	for _, c := range cases {
		set, err := ParseSpecifierSet(c.spec)
		if err != nil {
			t.Errorf("ParseSpecifierSet(%q): %v", c.spec, err)
			continue
		}
		for _, v := range c.in {
			if !set.Contains(MustParse(v)) {
				t.Errorf("%q should contain %s", c.spec, v)
			}
		}
		for _, v := range c.out {
			if set.Contains(MustParse(v)) {
				t.Errorf("%q should not contain %s", c.spec, v)
			}
		}
	}
	for _, bad := range []string{"1.0", ">=", "~=1", ">=1.0+local", "<1.0.*", "==1.0a1.*", "==1.*.*", ">=1.0 <2", "=>1.0", "~= 1.0 , > = 2"} {
		if _, err := ParseSpecifierSet(bad); err == nil {
			t.Errorf("ParseSpecifierSet(%q) succeeded", bad)
		}
	}
}

func TestPoetryRanges(t *testing.T) {
	cases := []struct {
		rng     string
		in, out []string
	}{
		{"^1.2.3", []string{"1.2.3", "1.9"}, []string{"2.0", "1.2.2", "2.0a1"}},
		{"^0.2.3", []string{"0.2.3", "0.2.9"}, []string{"0.3.0"}},
		{"^0.0.3", []string{"0.0.3"}, []string{"0.0.4"}},
		{"^0.0", []string{"0.0.5"}, []string{"0.1.0"}},
		{"^0", []string{"0.9"}, []string{"1.0"}},
		{"~1.2.3", []string{"1.2.3", "1.2.9"}, []string{"1.3.0"}},
		{"~1.2", []string{"1.2.0", "1.2.9"}, []string{"1.3"}},
		{"~1", []string{"1.9"}, []string{"2.0"}},
		{"*", []string{"0.1", "99"}, []string{"1.0a1"}},
		{"1.2.3", []string{"1.2.3"}, []string{"1.2.4"}},
		{"1.2.*", []string{"1.2.9"}, []string{"1.3"}},
		{">=1.2 <2.0", []string{"1.5"}, []string{"2.0"}},
		{">= 1.2, < 2.0", []string{"1.5"}, []string{"2.0"}},
		{"^1.0 || ^3.0", []string{"1.5", "3.1"}, []string{"2.0", "4.0"}},
		{"~=1.4", []string{"1.9"}, []string{"2.0"}},
	}
	for _, c := range cases {
		r, err := ParseRange(c.rng)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", c.rng, err)
			continue
		}
		for _, v := range c.in {
			if !r.Contains(MustParse(v)) {
				t.Errorf("%q should contain %s", c.rng, v)
			}
		}
		for _, v := range c.out {
			if r.Contains(MustParse(v)) {
				t.Errorf("%q should not contain %s", c.rng, v)
			}
		}
	}
	for _, bad := range []string{"latest", "^", "~", "1.0 ||", ">=1.0 garbage", "^x"} {
		if _, err := ParseRange(bad); err == nil {
			t.Errorf("ParseRange(%q) succeeded", bad)
		}
	}
}

func TestExactUnbounded(t *testing.T) {
	for s, want := range map[string]string{"==1.9.0": "1.9.0", "===1.0": "1.0", "1.2.3": "1.2.3", "==1.*": "", ">=1": "", "==1,!=2": ""} {
		v, ok := MustParseRange(s).Exact()
		got := ""
		if ok {
			got = v.String()
		}
		if got != want {
			t.Errorf("Exact(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]bool{"": true, "*": true, ">=1.0": true, "!=1.5": true, ">=1,<2": false, "~=1.2": false,
		"==1.*": false, "^1.0 || >=3": true, "^1.0": false} {
		if got := MustParseRange(s).Unbounded(); got != want {
			t.Errorf("Unbounded(%q) = %v", s, got)
		}
	}
}

func TestAdmits(t *testing.T) {
	fixed := MustParse("1.23.0")
	cases := []struct {
		rng            string
		atLeast, below bool
	}{
		{">=1.0", true, true},
		{"<1.23", false, true},
		{"~=1.22.0", false, true},
		{"~=1.22", true, true},
		{"==1.22.*", false, true},
		{">=1.23.0rc1,<1.23", false, false}, // empty: <1.23 excludes 1.23 prereleases
		{"^1.23.0", true, false},
		{">1.22", true, true}, // 1.22.0.1
		{"==1.23.0", true, false},
		{"", true, true},
	}
	for _, c := range cases {
		r := MustParseRange(c.rng)
		if got := r.AdmitsAtLeast(fixed); got != c.atLeast {
			t.Errorf("%q AdmitsAtLeast(1.23.0) = %v", c.rng, got)
		}
		if got := r.AdmitsBetween(nil, &fixed, false); got != c.below {
			t.Errorf("%q admits < 1.23.0 = %v", c.rng, got)
		}
	}
}

// TestAdmitsWhereBruteForce checks that whenever an enumerated version lies
// in both the range and an interval, AdmitsBetween finds one.
func TestAdmitsWhereBruteForce(t *testing.T) {
	var universe []Version
	for _, rel := range []string{"0", "0.1", "1", "1.0.1", "1.1", "1.1.0.1", "1.2", "2", "2.0.1", "3"} {
		for _, suf := range []string{"", ".dev0", "a1", "a1.dev1", "rc1", "rc1.post1", ".post1", ".post1.dev0", ".post2"} {
			universe = append(universe, MustParse(rel+suf))
		}
	}
	specs := []string{">=1.1", ">1.1", "<1.2", "<=1.1", "==1.1", "!=1.1", "~=1.1", "==1.*", "!=1.*", "==1.1.*",
		">1.1,<2", ">=1.1rc1", ">1.1.post1", "<2a1", "~=1.1a1", ">=1.1,!=1.1.0.1", "^1.1", "~1.1", "==1.1.*,>1.1.0.1", ""}
	bounds := []string{"", "0.1", "1.1rc1", "1.1", "1.1.post1", "1.2", "2"}
	for _, s := range specs {
		r := MustParseRange(s)
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
						if (plo == nil || Compare(v, *plo) >= 0) &&
							(phi == nil || Compare(v, *phi) < 0 || (incl && Compare(v, *phi) == 0)) && r.Contains(v) {
							brute = true
							break
						}
					}
					if got := r.AdmitsBetween(plo, phi, incl); brute && !got {
						t.Fatalf("%q admits a version in [%s, %s] (incl %v) but AdmitsBetween says no", s, lo, hi, incl)
					}
				}
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.0.0a1", "1!2.0.post1.dev3+local.1", "v1.0-1", "01.0", "1.0+", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		w, err := Parse(v.String())
		if err != nil || Compare(v, w) != 0 || w.String() != v.String() {
			t.Fatalf("normalisation of %q not stable: %q %v", s, w, err)
		}
	})
}

func FuzzParseRange(f *testing.F) {
	for _, s := range []string{">=1.0,<2", "~=1.4.5", "==1.1.*", "^1.2 || ~3", "===x", "*", ""} {
		f.Add(s, "1.4.6")
	}
	f.Fuzz(func(t *testing.T, rs, vs string) {
		r, err := ParseRange(rs)
		if err != nil {
			return
		}
		_ = r.Unbounded()
		if v, err := Parse(vs); err == nil && r.Contains(v) && !r.AdmitsBetween(&v, &v, true) {
			t.Fatalf("%q contains %s but does not admit it", rs, v)
		}
	})
}
