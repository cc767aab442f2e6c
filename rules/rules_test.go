package rules_test

import (
	"testing"

	"github.com/mcpsafe/mcpsafe/internal/engine"
	"github.com/mcpsafe/mcpsafe/internal/ruleset"
	"github.com/mcpsafe/mcpsafe/internal/ruletest"
)

// TestBuiltinRules runs every built-in rule on its fixtures and on the
// examples in its documentation. Any missing, extra or misplaced finding
// fails, and so does a rule without fixtures for one of its languages.
func TestBuiltinRules(t *testing.T) {
	cat, err := ruleset.LoadStrict(nil)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine.Compile(cat, nil, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	if err := eng.CompileAll(); err != nil {
		t.Fatal(err)
	}
	deep, err := engine.Compile(cat, nil, engine.Options{Mode: "deep"})
	if err != nil {
		t.Fatal(err)
	}
	defer deep.Close()
	problems, st := ruletest.Check(cat, eng, deep, nil)
	for _, p := range problems {
		t.Error(p)
	}
	if st.Rules == 0 || st.Fixtures == 0 {
		t.Fatalf("checked nothing: %+v", st)
	}
	t.Logf("%d rules, %d fixtures, %d examples, %d must-fire and %d must-not-fire lines",
		st.Rules, st.Fixtures, st.Examples, st.MustFire, st.MustNotFire)
}
