package taint

import "github.com/mcpsafe/mcpsafe/internal/finding"

// maxTrace bounds a trace; longer ones keep their first and last steps.
const maxTrace = 24

// traceHead is how many of a long trace's first steps are kept (where the
// data came from); the other maxTrace-traceHead are its last ones (how it
// reached the sink).
const traceHead = maxTrace / 3

// traceCompact is the length at which the chain of a trace's last steps
// is copied down to the steps it shows, so that a trace holds on to at
// most this many steps whatever the path it followed.
const traceCompact = 2 * maxTrace

// stepNode is one step of a trace, linked to the step before it. Nodes are
// immutable and shared: a label copied with one more step shares every
// earlier step with the label it was copied from.
type stepNode struct {
	step finding.Step
	prev *stepNode
}

// trace is the path of a label: its first traceHead steps (head, newest
// first) and the steps after them (tail, newest first). It shows the head
// and the last maxTrace-traceHead steps of the tail: the same steps as a
// slice to which every step was appended and which, past maxTrace steps,
// dropped the oldest step after its first traceHead ones.
type trace struct {
	head, tail       *stepNode
	headLen, tailLen int
}

func newTrace(s finding.Step) trace {
	return trace{head: &stepNode{step: s}, headLen: 1}
}

func (t trace) empty() bool { return t.headLen == 0 }

// last returns the trace's last step.
func (t trace) last() *finding.Step {
	if t.tailLen > 0 {
		return &t.tail.step
	}
	if t.headLen > 0 {
		return &t.head.step
	}
	return nil
}

// appendStep returns the trace with one more step, unless its last step
// is already s (same file, line and note).
func appendStep(t trace, s finding.Step) trace {
	if l := t.last(); l != nil && l.File == s.File && l.Line == s.Line && l.Note == s.Note {
		return t
	}
	if t.headLen < traceHead {
		t.head = &stepNode{step: s, prev: t.head}
		t.headLen++
		return t
	}
	t.tail = &stepNode{step: s, prev: t.tail}
	t.tailLen++
	if t.tailLen >= traceCompact {
		// Only the last maxTrace-traceHead steps of the tail are shown.
		keep := maxTrace - traceHead
		var steps [maxTrace]finding.Step
		n := 0
		for p := t.tail; n < keep; p = p.prev {
			steps[n] = p.step
			n++
		}
		var tail *stepNode
		for i := n - 1; i >= 0; i-- {
			tail = &stepNode{step: steps[i], prev: tail}
		}
		t.tail, t.tailLen = tail, n
	}
	return t
}

// appendSteps writes the steps the trace shows, in order, into buf.
func (t trace) appendSteps(buf []finding.Step) []finding.Step {
	start := len(buf)
	for p := t.head; p != nil; p = p.prev {
		buf = append(buf, p.step)
	}
	reverse(buf[start:])
	start = len(buf)
	n := min(t.tailLen, maxTrace-traceHead)
	for p := t.tail; n > 0; p, n = p.prev, n-1 {
		buf = append(buf, p.step)
	}
	reverse(buf[start:])
	return buf
}

// steps returns the steps the trace shows, in order.
func (t trace) steps() []finding.Step {
	if t.empty() {
		return nil
	}
	return t.appendSteps(make([]finding.Step, 0, t.headLen+min(t.tailLen, maxTrace-traceHead)))
}

// joinTrace appends b's steps to a.
func joinTrace(a, b trace) trace {
	if b.empty() {
		return a
	}
	var buf [maxTrace]finding.Step
	for _, s := range b.appendSteps(buf[:0]) {
		a = appendStep(a, s)
	}
	return a
}

func reverse(s []finding.Step) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
