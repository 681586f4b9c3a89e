package search

import (
	"fmt"
	"os"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// TestKeyFoldSettles: every form a query may match a letter in (case
// folded, diacritics stripped, both, neither) has the keyFold of the
// letter itself, and keyFold changes nothing twice; keyFixed says which
// runes keyFold keeps. This is what lets an item be skipped when its
// keyFold lacks the keyFold of the query's word, for every rune there is.
func TestKeyFoldSettles(t *testing.T) {
	bad := 0
	for r := rune(0); r <= utf8.MaxRune && bad < 10; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		k := keyFold(s)
		for _, v := range [][2]bool{{true, false}, {false, true}, {true, true}} {
			if g, _ := foldText(s, v[0], v[1]); keyFold(g) != k {
				t.Errorf("%U: folded (case %v, diacritics %v) to %q, whose keyFold is %q, not %q", r, v[0], v[1], g, keyFold(g), k)
				bad++
			}
		}
		if keyFold(k) != k {
			t.Errorf("%U: keyFold %q, then %q", r, k, keyFold(k))
			bad++
		}
		if r >= utf8.RuneSelf && keyFixed(r) != (k == s) {
			t.Errorf("%U: keyFixed %v, keyFold %q", r, keyFixed(r), k)
			bad++
		}
	}
}

// TestItemKeysNeverMissAMatch: skipping the items whose folded text lacks
// the query's word finds exactly what matching every item finds, whatever
// the query (smart case, diacritics, regexps, words of no letters) and the
// text (diacritics, Greek, the Kelvin sign, a tab inside a word, curly
// quotes), and it does skip items.
func TestItemKeysNeverMissAMatch(t *testing.T) {
	shipped, err := os.ReadFile("../../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	crafted := []byte("---\ntitle: Crafted\n---\n\n## Summary\n\n" +
		"- Edi Ra**ma** met Gda&#324;sk officials in Tir_ana_. [S1]\n" +
		"- The *Çavuşoğlu* visit to ΑΘΗΝΑ and Ιωάννινα. [S1]\n" +
		"- The \u212Aelvin sign, the long \u017Fign and ǾRESUND. [S1]\n" +
		"- “Quoted” — dashed… STRASSE Straße. [S1]\n\n" +
		"## Timeline\n\n- **2024-02-28**: Hackers hit the port. [S1]\n\n## Notes\n\nΟδυσσέας met ἰωάννης.\nA tab inside a word: Ice\tberg.\n")
	files := map[string][]byte{"shipped": shipped, "crafted": crafted, "synth": synth.Synthetic(20 << 10)}
	queries := []string{
		"Rama", "rama", "Edi Rama", "gdansk", "Gdańsk", "cavusoglu", "Çavuşoğlu", "tirana", "Tirana",
		"2024-02-28 — Hackers", "(person) — Albanian", "Also: Tirana", "“The", "S1, S2", "“", "—", "[S1]",
		"/ra+ma/", "/Edi R[a-z]+/", "/hackers? hit/", "/\\d{4}-02/", "mandiant", "/Alban(ia|ian)s?/", "/./", "/\\w+ing/",
		"albania’s former", "albania's", "no-such-word-here", "athina", "αθηνα", "Αθηνα", "ιωαννινα", "ιωάννινα", "ἰωάννης",
		"kelvin", "Kelvin", "\u212Aelvin", "sign", "ſign", "oresund", "øresund", "Øresund", "sandworm", "Sandworm", "strasse", "straße",
		"οδυσσεας", "ΟΔΥΣΣΕΑΣ", "/[Ss]and/", "/(?i)sand/", "/ιωαν+/", "iceberg", "/iceberg/",
	}
	for name, raw := range files {
		b, items, perr := briefings.ParseItems(name, raw)
		bi := newBriefingItems(name, b, items, perr)
		skipped := false
		for _, query := range queries {
			q, err := Compile(query)
			if err != nil {
				t.Fatal(err)
			}
			want := MatchItems(items, q)
			got := bi.hits(BriefingHits{Path: name}, q, nil).Items
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q finds %d items, %d without skipping:\n%s\nwant:\n%s", name, query, len(got), len(want), fmt.Sprint(got), fmt.Sprint(want))
			}
			skipped = skipped || len(bi.candidates(q.key)) < len(items)
		}
		if !skipped {
			t.Errorf("%s: no query skipped an item", name)
		}
	}
}

// TestIndexFoldASCII: the scan finds the first place, in either case of
// each ASCII letter, and only exact bytes elsewhere.
func TestIndexFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"Sandworm", "sandworm", 0},
		{"the SANDWORM group", "sandworm", 4},
		{"sandwor", "sandworm", -1},
		{"xmmmMmmMandiant", "mandiant", 7},
		{"café CAFÉ", "café", 0},
		{"CAFÉ café", "café", 6}, // É is two bytes
		{"a-b A-B", "a-b", 0},
		{"2024-12-28", "12", 5},
		{"", "x", -1},
		{"abc", "", 0},
	} {
		if got := indexFoldASCII(c.s, c.w); got != c.want {
			t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", c.s, c.w, got, c.want)
		}
	}
}
