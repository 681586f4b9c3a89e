package eval

import "testing"

// ROUGE on hand-checked cases: identical text scores 1, disjoint 0, and
// one shared word of two against three: P 1/2, R 1/3, F 0.4.
func TestRougeScore(t *testing.T) {
	if s := RougeScore("the cat sat", []string{"the cat sat"}); s != (Rouge{1, 1, 1}) {
		t.Errorf("identical: %+v", s)
	}
	if s := RougeScore("dogs bark", []string{"the cat sat"}); s != (Rouge{}) {
		t.Errorf("disjoint: %+v", s)
	}
	if s := RougeScore("cat runs", []string{"the cat sat"}); s.R1 < 0.399 || s.R1 > 0.401 || s.R2 != 0 || s.RL < 0.399 || s.RL > 0.401 {
		t.Errorf("partial: %+v", s)
	}
	if s := RougeScore("A, b; c", []string{"a b", "c"}); s.R1 < 0.649 || s.R1 > 0.651 {
		t.Errorf("two references (0.8 and 0.5 averaged): %+v", s)
	}
}
