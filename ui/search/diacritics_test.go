package search

import (
	"reflect"
	"testing"
)

// TestDiacriticFolding: a query without diacritics finds the words with
// them ("gdansk" finds Gdańsk, "Cavusoglu" Çavuşoğlu), precomposed or
// decomposed; a query with a diacritic finds only that spelling; smart case
// still holds; the highlight covers the original characters. It failed
// before: "gdansk" found nothing.
func TestDiacriticFolding(t *testing.T) {
	lines := []string{
		"  The port of Gdańsk and GDAŃSK in capitals, Gdansk unaccented,",
		"  Gdan\u0301sk decomposed; Mevlüt Çavuşoğlu met Łukasz in Łódź.",
		"  Ibrahim Kalın visited Malmö and São Paulo.",
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"gdansk", []string{"Gdańsk", "GDAŃSK", "Gdansk", "Gdan\u0301sk"}},
		{"Gdansk", []string{"Gdańsk", "Gdansk", "Gdan\u0301sk"}},
		{"Gdańsk", []string{"Gdańsk"}},
		{"gdańsk", []string{"Gdańsk", "GDAŃSK"}},
		{"Cavusoglu", []string{"Çavuşoğlu"}},
		{"cavusoglu", []string{"Çavuşoğlu"}},
		{"mevlut cavus", []string{"Mevlüt Çavuş"}},
		{"lukasz in lodz", []string{"Łukasz in Łódź"}},
		{"kalin", []string{"Kalın"}},
		{"malmo and sao", []string{"Malmö and São"}},
		{"gdan", []string{"Gdań", "GDAŃ", "Gdan", "Gdan\u0301"}},
		{"/gda.sk/", []string{"Gdańsk", "GDAŃSK", "Gdansk", "Gdan\u0301sk"}},
		{"/Ca[a-z]+/", []string{"Çavuşoğlu"}},
	} {
		got := texts(lines, find(t, lines, tc.q))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestGrepFoldsDiacritics: show --grep folds the same way.
func TestGrepFoldsDiacritics(t *testing.T) {
	hits, err := Grep([]PaneLines{{Name: "Actors", Lines: []string{"  • Mevlüt Çavuşoğlu (person)"}}}, "cavusoglu")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Text != "• Mevlüt Çavuşoğlu (person)" {
		t.Fatalf("grep: %+v", hits)
	}
}
