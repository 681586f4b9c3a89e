package synth

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/brief-team/brief/briefings"
)

func TestSynthetic(t *testing.T) {
	for _, size := range []int{10 << 10, 1 << 20} {
		a, b := Synthetic(size), Synthetic(size)
		if !bytes.Equal(a, b) {
			t.Fatalf("%d: not deterministic", size)
		}
		if len(a) < size || len(a) > size+size/20+2048 {
			t.Errorf("Synthetic(%d) is %d bytes", size, len(a))
		}
		got, err := briefings.Parse("synth.md", a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, Briefing(size)) {
			t.Error("does not round-trip")
		}
		if ps := briefings.Lint("synth.md", a); len(ps) > 0 {
			t.Errorf("%d problems, first: %v", len(ps), ps[0])
		}
		if len(got.Summary) == 0 || len(got.Actors) == 0 || len(got.Timeline) == 0 || len(got.Quotes) == 0 || len(got.Sections) == 0 {
			t.Error("a pane is empty")
		}
	}
}
