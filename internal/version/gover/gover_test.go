package gover

import "testing"

func TestParse(t *testing.T) {
	cases := map[string]string{
		"v1.2.3":                               "v1.2.3",
		"1.2.3":                                "v1.2.3",
		"v1.2":                                 "v1.2.0",
		"v2.0.0+incompatible":                  "v2.0.0+incompatible",
		"v0.0.0-20191109021931-daa7c04131f5":   "v0.0.0-20191109021931-daa7c04131f5",
		"v1.4.1-0.20260301120000-abcdef123456": "v1.4.1-0.20260301120000-abcdef123456",
	}
	for in, want := range cases {
		v, err := Parse(in)
		if err != nil || v.String() != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, v, err, want)
		}
	}
	for _, bad := range []string{"", "v", "latest", "v1.2.3.4", "v01.2.3", "master", "v1.2.3-"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func TestOrderAndPseudo(t *testing.T) {
	order := []string{
		"v0.0.0-20191109021931-daa7c04131f5", // pseudo-version with no tag before it
		"v0.0.0",
		"v1.3.0",
		"v1.3.1-0.20260201000000-aaaaaaaaaaaa", // after v1.3.0, before v1.3.1
		"v1.3.1-rc.1",
		"v1.3.1",
		"v1.4.0-pre.0.20260301000000-bbbbbbbbbbbb", // pseudo-version on top of v1.4.0-pre
		"v1.4.0",
		"v2.0.0+incompatible",
		"v2.1.0",
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
	p := MustParse("v1.3.1-0.20260201000000-aaaaaaaaaaaa")
	if !p.IsPseudo() || !p.IsPrerelease() {
		t.Error("pseudo-version not recognised")
	}
	if base, err := p.PseudoBase(); err != nil || base != "v1.3.0" {
		t.Errorf("PseudoBase = %q, %v", base, err)
	}
	if rev, err := p.PseudoRev(); err != nil || rev != "aaaaaaaaaaaa" {
		t.Errorf("PseudoRev = %q, %v", rev, err)
	}
	if !MustParse("v2.0.0+incompatible").Incompatible() || MustParse("v2.0.0").Incompatible() {
		t.Error("Incompatible")
	}
	if Compare(MustParse("v2.0.0+incompatible"), MustParse("v2.0.0")) != 0 {
		t.Error("+incompatible must sort with its version")
	}
}

func TestRange(t *testing.T) {
	cases := []struct {
		rng     string
		in, out []string
	}{
		{"<v1.4.0", []string{"v1.3.9", "v1.4.0-rc.1", "v1.4.0-0.20260101000000-abcdefabcdef", "v0.0.0-20190101000000-abcdefabcdef"}, []string{"v1.4.0", "v1.4.1"}},
		{">=v1.10.0, <=v1.25.3", []string{"v1.10.0", "v1.25.3"}, []string{"v1.9.9", "v1.25.4", "v1.10.0-rc.1"}},
		{"v1.2.3", []string{"v1.2.3"}, []string{"v1.2.4"}},
		{">=v2.0.0", []string{"v2.0.0+incompatible", "v3.0.0"}, []string{"v1.9.9"}},
		{"<1.0.0 || >=2.0.0, <2.1.0", []string{"v0.9.0", "v2.0.5"}, []string{"v1.5.0", "v2.1.0"}},
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
	if _, err := ParseRange(">=banana"); err == nil {
		t.Error("bad range accepted")
	}
	if !MustParseRange(">=v1.0.0").Unbounded() || MustParseRange("<v2").Unbounded() {
		t.Error("Unbounded")
	}
}

func TestAdmits(t *testing.T) {
	fixed := MustParse("v1.4.0")
	for rs, want := range map[string]bool{"v1.3.0": false, "v1.4.0": true, ">=v1.3.0": true, "<v1.4.0": false,
		">v1.3.9, <v1.4.0": false, "<=v1.4.0-rc.1": false, ">v1.4.0-rc.1, <v1.4.1": true} {
		if got := MustParseRange(rs).AdmitsAtLeast(fixed); got != want {
			t.Errorf("%q AdmitsAtLeast(v1.4.0) = %v", rs, got)
		}
	}
	// Exclusive lower bounds: the smallest version above v1.3.9 is a
	// prerelease of v1.3.10, which Go ranges admit.
	r := MustParseRange(">v1.3.9, <v1.3.10")
	if !r.AdmitsWhere(nil, func(v Version) bool { return true }) {
		t.Error(">v1.3.9, <v1.3.10 admits v1.3.10-0")
	}
	if Exactly(MustParse("v1.2.3")).String() != "v1.2.3" {
		t.Error("Exactly")
	}
	iv := Interval{Lo: ptr(MustParse("v1.0.0")), Hi: ptr(MustParse("v1.4.0"))}
	if !iv.Contains(MustParse("v1.3.1-0.20260201000000-aaaaaaaaaaaa")) || iv.Contains(fixed) {
		t.Error("Interval.Contains")
	}
}

func ptr(v Version) *Version { return &v }

func MustParseRange(s string) Range {
	r, err := ParseRange(s)
	if err != nil {
		panic(err)
	}
	return r
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"v1.2.3", "1.2", "v0.0.0-20191109021931-daa7c04131f5", "v2.0.0+incompatible", "v1.2.3-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		w, err := Parse(v.String())
		if err != nil || Compare(v, w) != 0 {
			t.Fatalf("round trip of %q: %v %v", s, w, err)
		}
		_ = v.IsPseudo()
		_ = successor(v)
	})
}
