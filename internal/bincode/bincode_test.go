package bincode

import (
	"math"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

type level int

type inner struct {
	Name  string
	Flag  *bool
	Not   *inner
	Any   []inner
	Count level
}

type sample struct {
	S      string
	B      bool
	I      int
	I8     int8
	I64    int64
	U      uint
	U16    uint16
	F      float64
	F32    float32
	List   []string
	Empty  []string
	Nil    []string
	Bytes  []byte
	Map    map[string]string
	EmptyM map[string]int
	NilM   map[string]int
	Ptr    *inner
	NilPtr *inner
	Deep   []*inner
	Nested map[string][]inner
}

func ptr[T any](v T) *T { return &v }

func full() sample {
	return sample{
		S: "héllo\x00world", B: true, I: -42, I8: math.MinInt8, I64: math.MaxInt64, U: 7, U16: math.MaxUint16,
		F: -1.5, F32: 0.25,
		List: []string{"", "a", "日本"}, Empty: []string{}, Bytes: []byte{0, 1, 255},
		Map: map[string]string{"py": "x = 1", "js": "", "go": "package a"}, EmptyM: map[string]int{},
		Ptr:    &inner{Name: "n", Flag: ptr(false), Not: &inner{Flag: ptr(true), Count: -3}, Any: []inner{{Name: "a"}, {}}},
		Deep:   []*inner{nil, {Name: "d"}},
		Nested: map[string][]inner{"k": {{Name: "x", Flag: ptr(false)}}, "nil": nil},
	}
}

func TestRoundTripIsExact(t *testing.T) {
	in := full()
	data, err := Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	var out sample
	if err := Decode(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip differs:\n in %+v\nout %+v", in, out)
	}
	// What encoding/gob loses, this keeps.
	if out.Ptr.Flag == nil || *out.Ptr.Flag {
		t.Error("a pointer to false was not kept")
	}
	if out.Empty == nil || out.Nil != nil || out.EmptyM == nil || out.NilM != nil {
		t.Error("nil and empty were not kept apart")
	}
	again, _ := Encode(out)
	if string(again) != string(data) {
		t.Error("encoding is not deterministic (map order?)")
	}
}

func TestDecodeRefusesDamage(t *testing.T) {
	data, err := Encode(full())
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		var out sample
		if err := Decode(data[:n], &out); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	var out sample
	if err := Decode(append(append([]byte(nil), data...), 0), &out); err == nil || !strings.Contains(err.Error(), "left over") {
		t.Fatalf("trailing byte: %v", err)
	}
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		d := append([]byte(nil), data...)
		for k := 1 + rng.Intn(3); k > 0; k-- {
			d[rng.Intn(len(d))] = []byte{0, 1, 0x7f, 0x80, 0xff, byte(rng.Intn(256))}[rng.Intn(6)]
		}
		var out sample
		_ = Decode(d, &out) // must not panic nor allocate without bound
	}
}

func TestDecodeBoundsNesting(t *testing.T) {
	deep := &inner{}
	for range maxDepth {
		deep = &inner{Not: deep}
	}
	data, err := Encode(deep)
	if err != nil {
		t.Fatal(err)
	}
	var out *inner
	if err := Decode(data, &out); err == nil || !strings.Contains(err.Error(), "nested") {
		t.Fatalf("nesting of %d: %v", maxDepth+1, err)
	}
	shallow, _ := Encode(&inner{Not: &inner{Name: "x"}})
	if err := Decode(shallow, &out); err != nil || out.Not.Name != "x" {
		t.Fatalf("shallow: %v %+v", err, out)
	}
}

func TestRefusesWhatItCannotKeep(t *testing.T) {
	type unexported struct{ a int }
	type iface struct{ V any }
	type intKeys struct{ M map[int]string }
	type fn struct{ F func() }
	for _, v := range []any{unexported{}, iface{}, intKeys{}, fn{}} {
		if _, err := Encode(v); err == nil {
			t.Errorf("%T: encoded", v)
		}
	}
	if err := Decode([]byte{0}, sample{}); err == nil {
		t.Error("Decode into a non-pointer")
	}
}

func TestSchemaNamesTheShape(t *testing.T) {
	type a struct {
		X string
		Y []int
	}
	type b struct {
		X string
		Y []int
		Z bool
	}
	type c struct {
		X string
		W []int
	}
	sa := Schema(reflect.TypeFor[a]())
	for _, other := range []reflect.Type{reflect.TypeFor[b](), reflect.TypeFor[c](), reflect.TypeFor[*a]()} {
		if Schema(other) == sa {
			t.Errorf("%s and a have the same schema %q", other, sa)
		}
	}
	if s := Schema(reflect.TypeFor[inner]()); !strings.Contains(s, "Not *bincode.inner;") {
		t.Errorf("recursive type: %q", s)
	}
}
