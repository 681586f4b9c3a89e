package search

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func testPanes() []*Pane {
	return []*Pane{
		NewPane("Summary", []string{"  an attack", "  nothing here", "  attack and attack"}),
		NewPane("Actors", []string{"  no match"}),
		nil, // not rendered yet
		NewPane("Timeline", []string{"  2024 attack", "", "  the attack"}),
	}
}

func TestCountsAndOrder(t *testing.T) {
	x := Search(testPanes(), mustCompile(t, "attack"))
	if x.Len() != 5 {
		t.Fatalf("Len = %d", x.Len())
	}
	var counts []int
	for p := 0; p < 5; p++ {
		counts = append(counts, x.Count(p))
	}
	if !reflect.DeepEqual(counts, []int{3, 0, 0, 2, 0}) {
		t.Errorf("counts %v", counts)
	}
	var got []Pos
	for k := 0; k < x.Len(); k++ {
		m := x.Match(k)
		got = append(got, Pos{m.Pane, m.Line, m.Col})
	}
	want := []Pos{{0, 0, 5}, {0, 2, 2}, {0, 2, 13}, {3, 0, 7}, {3, 2, 6}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches %v, want %v", got, want)
	}
	if e := Search(testPanes(), mustCompile(t, "")); e.Len() != 0 || e.Count(0) != 0 {
		t.Error("empty query matched")
	}
	var nilIndex *Index
	if nilIndex.Len() != 0 || nilIndex.Count(0) != 0 || nilIndex.Segments(nil, 0, 0) != nil {
		t.Error("nil index")
	}
}

func TestNextPrevWrap(t *testing.T) {
	x := Search(testPanes(), mustCompile(t, "attack"))
	type step struct {
		k       int
		wrapped bool
	}
	var walk []step
	k := -1
	for i := 0; i < 6; i++ {
		var w bool
		k, w = x.Next(k)
		walk = append(walk, step{k, w})
	}
	want := []step{{0, false}, {1, false}, {2, false}, {3, false}, {4, false}, {0, true}}
	if !reflect.DeepEqual(walk, want) {
		t.Errorf("n walk %v", walk)
	}
	// From match 2 (Summary) n crosses into Timeline.
	if k, _ := x.Next(2); x.PaneOf(k) != 3 {
		t.Errorf("Next(2) in pane %d", x.PaneOf(k))
	}
	walk = nil
	k = 1
	for i := 0; i < 3; i++ {
		var w bool
		k, w = x.Prev(k)
		walk = append(walk, step{k, w})
	}
	if want := []step{{0, false}, {4, true}, {3, false}}; !reflect.DeepEqual(walk, want) {
		t.Errorf("N walk %v", walk)
	}
	empty := Search(testPanes(), mustCompile(t, "zebra"))
	if k, w := empty.Next(0); k != -1 || w {
		t.Error("Next on no matches")
	}
	if k, w := empty.Prev(0); k != -1 || w {
		t.Error("Prev on no matches")
	}
}

func TestAfterBefore(t *testing.T) {
	x := Search(testPanes(), mustCompile(t, "attack"))
	for _, tc := range []struct {
		pos           Pos
		after, before int
		wrapA, wrapB  bool
	}{
		{Pos{0, 0, 0}, 0, 4, false, true},
		{Pos{0, 0, 5}, 0, 4, false, true},
		{Pos{0, 0, 6}, 1, 0, false, false},
		{Pos{0, 1, 0}, 1, 0, false, false},
		{Pos{0, 2, 3}, 2, 1, false, false},
		{Pos{1, 0, 0}, 3, 2, false, false}, // crosses the empty panes
		{Pos{2, 0, 0}, 3, 2, false, false},
		{Pos{3, 1, 0}, 4, 3, false, false},
		{Pos{3, 3, 0}, 0, 4, true, false},
		{Pos{9, 0, 0}, 0, 4, true, false},
	} {
		a, wa := x.After(tc.pos)
		b, wb := x.Before(tc.pos)
		if a != tc.after || wa != tc.wrapA || b != tc.before || wb != tc.wrapB {
			t.Errorf("%v: After %d %v, Before %d %v; want %d %v, %d %v", tc.pos, a, wa, b, wb, tc.after, tc.wrapA, tc.before, tc.wrapB)
		}
	}
}

func TestSegmentsPerLine(t *testing.T) {
	panes := []*Pane{NewPane("p", []string{"  one attack", "  vector here and attack", "  vector again"})}
	x := Search(panes, mustCompile(t, "attack vector"))
	if x.Len() != 2 {
		t.Fatalf("Len %d", x.Len())
	}
	got := x.Segments(nil, 0, 1)
	want := []Segment{{Line: 1, Col: 2, EndCol: 8, Match: 0}, {Line: 1, Col: 18, EndCol: 24, Match: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("line 1: %+v", got)
	}
	if got := x.Segments(nil, 0, 2); !reflect.DeepEqual(got, []Segment{{Line: 2, Col: 2, EndCol: 8, Match: 1}}) {
		t.Errorf("line 2: %+v", got)
	}
	if got := x.Segments(nil, 0, 7); got != nil {
		t.Errorf("line out of range: %+v", got)
	}
}

func TestGrep(t *testing.T) {
	panes := []PaneLines{
		{"Summary", render(t, "The cyber attack on the grid lasted several days according to officials [S1].", "dark", 30)},
		{"Actors", render(t, "- **Sandworm** (group): carried out the cyber attack [S1]", "dark", 80)},
		{"Timeline", render(t, "- 2015-12-23: power cut [S2]", "dark", 80)},
	}
	hits, err := Grep(panes, "on the grid")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.Pane+":"+strconv.Itoa(h.Line)+":"+h.Text)
	}
	want := []string{"Summary:2:The cyber attack on the", "Summary:3:grid lasted several days"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	hits, _ = Grep(panes, "cyber attack")
	got = nil
	for _, h := range hits {
		got = append(got, h.Pane+":"+strconv.Itoa(h.Line))
	}
	if strings.Join(got, " ") != "Summary:2 Actors:3" {
		t.Errorf("cyber attack: %q", got)
	}
	if _, err := Grep(panes, "/(/"); err == nil {
		t.Error("bad regexp: no error")
	}
}
