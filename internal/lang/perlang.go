package lang

import "sync"

// PerLanguage holds a value built for each language on first use, such as
// the compiled queries of a grammar: compiling a query costs milliseconds
// per pattern, and a scan of one language should not pay for five
// grammars. It is safe for concurrent use.
type PerLanguage[T any] struct {
	build func(*Language) (T, error)
	slots map[ID]*perLanguageSlot[T] // one per language, made up front
}

type perLanguageSlot[T any] struct {
	once  sync.Once
	built bool
	v     T
	err   error
}

// NewPerLanguage returns a PerLanguage whose values build makes.
func NewPerLanguage[T any](build func(*Language) (T, error)) *PerLanguage[T] {
	p := &PerLanguage[T]{build: build, slots: map[ID]*perLanguageSlot[T]{}}
	for _, l := range All {
		p.slots[l.ID] = &perLanguageSlot[T]{}
	}
	return p
}

// Get returns the language's value, building it on the first call. An
// unknown language gives the zero value and no error.
func (p *PerLanguage[T]) Get(id ID) (T, error) {
	s := p.slots[id]
	if s == nil {
		var zero T
		return zero, nil
	}
	s.once.Do(func() {
		s.v, s.err = p.build(ByID(id))
		s.built = true
	})
	return s.v, s.err
}

// Built calls fn with each value built so far. It must not run
// concurrently with Get (it is for releasing the values at the end).
func (p *PerLanguage[T]) Built(fn func(T)) {
	for _, l := range All {
		if s := p.slots[l.ID]; s.built && s.err == nil {
			fn(s.v)
		}
	}
}
