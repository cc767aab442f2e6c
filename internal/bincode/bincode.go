// Package bincode encodes plain Go data (structs of exported fields,
// strings, booleans, integers, floats, slices, string-keyed maps and
// pointers) as compact bytes and decodes them back exactly: a pointer to
// a zero value stays a pointer (encoding/gob would drop it, and a rule's
// "constant: false" would become "no test"), a nil slice or map stays nil.
//
// It exists so that mcpsafe can keep its validated rule catalog between
// runs (catalog.Options.CacheDir) and decode it in a few milliseconds
// where the YAML takes a tenth of a second. Schema names the shape of a
// type, so that a cache written for another shape is never read.
//
// Decode never panics on damaged input: every length is checked against
// the bytes left, and nesting is bounded.
package bincode

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
)

// maxDepth bounds the nesting of values (a condition inside a condition
// inside …), so that damaged input cannot exhaust the stack.
const maxDepth = 200

// Encode returns the bytes of v, which must be of a supported type.
func Encode(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if err := check(rv.Type(), map[reflect.Type]bool{}); err != nil {
		return nil, err
	}
	e := encoder{}
	e.value(rv)
	return e.buf, nil
}

// Decode sets *ptr from data written by Encode for the same type.
func Decode(data []byte, ptr any) error {
	rv := reflect.ValueOf(ptr)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("bincode: Decode needs a non-nil pointer")
	}
	if err := check(rv.Type().Elem(), map[reflect.Type]bool{}); err != nil {
		return err
	}
	d := decoder{data: data}
	if err := d.value(rv.Elem(), 0); err != nil {
		return err
	}
	if d.pos != len(d.data) {
		return fmt.Errorf("bincode: %d bytes left over", len(d.data)-d.pos)
	}
	return nil
}

// Schema describes t's shape: field names and kinds, recursively. Two
// types with the same schema encode alike.
func Schema(t reflect.Type) string {
	var b strings.Builder
	schema(&b, t, map[reflect.Type]bool{})
	return b.String()
}

func schema(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	switch t.Kind() {
	case reflect.Pointer:
		b.WriteByte('*')
		schema(b, t.Elem(), seen)
	case reflect.Slice:
		b.WriteString("[]")
		schema(b, t.Elem(), seen)
	case reflect.Map:
		b.WriteString("map[")
		schema(b, t.Key(), seen)
		b.WriteByte(']')
		schema(b, t.Elem(), seen)
	case reflect.Struct:
		if seen[t] {
			b.WriteString(t.String())
			return
		}
		seen[t] = true
		b.WriteString(t.String())
		b.WriteByte('{')
		for i := range t.NumField() {
			f := t.Field(i)
			b.WriteString(f.Name)
			b.WriteByte(' ')
			schema(b, f.Type, seen)
			b.WriteByte(';')
		}
		b.WriteByte('}')
	default:
		b.WriteString(t.Kind().String())
	}
}

// check refuses the types Encode cannot write exactly: interfaces,
// channels, functions, unexported fields, maps keyed by anything but
// strings.
func check(t reflect.Type, seen map[reflect.Type]bool) error {
	switch t.Kind() {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return nil
	case reflect.Pointer, reflect.Slice:
		return check(t.Elem(), seen)
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return fmt.Errorf("bincode: map key %s is not a string", t.Key())
		}
		return check(t.Elem(), seen)
	case reflect.Struct:
		if seen[t] {
			return nil
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return fmt.Errorf("bincode: %s.%s is not exported", t, f.Name)
			}
			if err := check(f.Type, seen); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("bincode: unsupported type %s", t)
}

type encoder struct{ buf []byte }

func (e *encoder) uvarint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }

func (e *encoder) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.buf = append(e.buf, 1)
		} else {
			e.buf = append(e.buf, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.uvarint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v.Float()))
	case reflect.String:
		e.uvarint(uint64(v.Len()))
		e.buf = append(e.buf, v.String()...)
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.value(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			e.uvarint(0)
			return
		}
		e.uvarint(uint64(v.Len()) + 1)
		for i := range v.Len() {
			e.value(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			e.uvarint(0)
			return
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		e.uvarint(uint64(len(keys)) + 1)
		for _, k := range keys {
			e.value(k)
			e.value(v.MapIndex(k))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			e.value(v.Field(i))
		}
	}
}

type decoder struct {
	data []byte
	pos  int
}

var errShort = errors.New("bincode: data ends early")

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, errShort
	}
	d.pos++
	return d.data[d.pos-1], nil
}

func (d *decoder) uvarint() (uint64, error) {
	n, k := binary.Uvarint(d.data[d.pos:])
	if k <= 0 {
		return 0, errShort
	}
	d.pos += k
	return n, nil
}

// length reads a count of things that take at least one byte each (or
// at most a bounded number when they take none), so a damaged count
// cannot ask for more memory than the data could describe.
func (d *decoder) length(elem reflect.Type, plusOne bool) (n int, isNil bool, err error) {
	u, err := d.uvarint()
	if err != nil {
		return 0, false, err
	}
	if plusOne {
		if u == 0 {
			return 0, true, nil
		}
		u--
	}
	limit := uint64(len(d.data) - d.pos)
	if elem != nil && elem.Size() == 0 {
		limit = 1 << 16
	}
	if u > limit {
		return 0, false, fmt.Errorf("bincode: a length of %d with %d bytes left", u, len(d.data)-d.pos)
	}
	return int(u), false, nil
}

func (d *decoder) value(v reflect.Value, depth int) error {
	if depth > maxDepth {
		return errors.New("bincode: values nested too deeply")
	}
	switch v.Kind() {
	case reflect.Bool:
		b, err := d.byte()
		if err != nil {
			return err
		}
		if b > 1 {
			return fmt.Errorf("bincode: boolean byte %d", b)
		}
		v.SetBool(b == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, k := binary.Varint(d.data[d.pos:])
		if k <= 0 {
			return errShort
		}
		d.pos += k
		if v.OverflowInt(n) {
			return fmt.Errorf("bincode: %d overflows %s", n, v.Type())
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := d.uvarint()
		if err != nil {
			return err
		}
		if v.OverflowUint(n) {
			return fmt.Errorf("bincode: %d overflows %s", n, v.Type())
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		if len(d.data)-d.pos < 8 {
			return errShort
		}
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(d.data[d.pos:])))
		d.pos += 8
	case reflect.String:
		n, _, err := d.length(nil, false)
		if err != nil {
			return err
		}
		v.SetString(string(d.data[d.pos : d.pos+n]))
		d.pos += n
	case reflect.Pointer:
		b, err := d.byte()
		if err != nil {
			return err
		}
		switch b {
		case 0:
			v.SetZero()
		case 1:
			p := reflect.New(v.Type().Elem())
			if err := d.value(p.Elem(), depth+1); err != nil {
				return err
			}
			v.Set(p)
		default:
			return fmt.Errorf("bincode: pointer byte %d", b)
		}
	case reflect.Slice:
		n, isNil, err := d.length(v.Type().Elem(), true)
		if err != nil {
			return err
		}
		if isNil {
			v.SetZero()
			return nil
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			if err := d.value(s.Index(i), depth+1); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Map:
		n, isNil, err := d.length(nil, true)
		if err != nil {
			return err
		}
		if isNil {
			v.SetZero()
			return nil
		}
		m := reflect.MakeMapWithSize(v.Type(), n)
		kt, et := v.Type().Key(), v.Type().Elem()
		for range n {
			k, e := reflect.New(kt).Elem(), reflect.New(et).Elem()
			if err := d.value(k, depth+1); err != nil {
				return err
			}
			if err := d.value(e, depth+1); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if err := d.value(v.Field(i), depth+1); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("bincode: unsupported type %s", v.Type())
	}
	return nil
}
