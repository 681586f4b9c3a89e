package search

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// TestMayMatchNeverMissesAMatch: the prefilter may only skip a briefing
// whose items hold no match, whatever the query (smart case, diacritics,
// regexps) and the markup (bold dates and names, emphasis inside a word,
// entities, curly quotes).
func TestMayMatchNeverMissesAMatch(t *testing.T) {
	shipped, err := os.ReadFile("../../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	crafted := []byte("---\ntitle: Crafted\n---\n\n## Summary\n\n- Edi Ra**ma** met Gda&#324;sk officials in Tir_ana_. [S1]\n- The *Çavuşoğlu* visit. [S1]\n\n## Timeline\n\n- **2024-02-28**: Hackers hit the port. [S1]\n")
	// Sanitize drops an escape sequence inside a word, and the matcher a
	// tab inside one (an extra section keeps its tabs); a file of CR line
	// ends is read as one of LF.
	hostile := []byte("---\ntitle: Hostile\n---\n\n## Summary\n\n- Sand\x1b[1mworm \u200bhit Ca\u200bfé. [S1]\n\n## Notes\n\nIce\tberg ahead.\n")
	crlf := []byte(strings.ReplaceAll(string(crafted), "\n", "\r\n"))
	files := map[string][]byte{"shipped": shipped, "crafted": crafted, "synth": synth.Synthetic(20 << 10), "hostile": hostile, "crlf": crlf}
	queries := []string{
		"Rama", "rama", "Edi Rama", "gdansk", "Gdańsk", "cavusoglu", "Çavuşoğlu", "tirana", "Tirana",
		"2024-02-28 — Hackers", "(person) — Albanian", "Also: Tirana", "“The", "S1, S2",
		"/ra+ma/", "/Edi R[a-z]+/", "/hackers? hit/", "/\\d{4}-02/", "mandiant", "/Alban(ia|ian)s?/",
		"albania’s former", "albania's", "no-such-word-here", "sandworm", "iceberg", "/ice.erg/", "cafe", "Café",
	}
	for name, raw := range files {
		_, items, _ := briefings.ParseItems(name, raw)
		for _, query := range queries {
			q, err := Compile(query)
			if err != nil {
				t.Fatal(err)
			}
			if hits := MatchItems(items, q); len(hits) > 0 && !q.MayMatch(raw) {
				t.Errorf("%s: %q matches %q but MayMatch says it cannot", name, query, hits[0].Text)
			}
		}
	}
}

// TestMayMatchSkips: a briefing without the query's word is not parsed.
func TestMayMatchSkips(t *testing.T) {
	raw := []byte("---\ntitle: Port\n---\n\n## Summary\n\n- The **port** of Gdańsk reopened. [S1]\n")
	for query, want := range map[string]bool{
		// Blind to case: "GDANSK" may not match Gdańsk, but the file is
		// parsed to tell (one folded form serves every query).
		"gdansk": true, "GDANSK": true, "Gdańsk": true, "port of": true, "sandworm": false,
		"/sand(worm)?/": false, "/Gd(a|e)nsk/": true, "/sandworm/": false, "/Gda.sk/": true, "/gdansk/": true,
	} {
		q, err := Compile(query)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.MayMatch(raw); got != want {
			t.Errorf("MayMatch(%q) = %v, want %v", query, got, want)
		}
	}
}

// TestRawFixedEightBytesAtATime: rawFixed, which skips eight ASCII bytes
// without a tab at a time, agrees with checking every rune, at every
// offset.
func TestRawFixedEightBytesAtATime(t *testing.T) {
	ref := func(s string) bool {
		for _, r := range s {
			if r == '\t' || r >= utf8.RuneSelf && !keyFixed(r) {
				return false
			}
		}
		return true
	}
	parts := []string{"a", "Z", " ", "\n", "\t", "é", "—", "“", "東", "Ω", "\u0301", "abcdefgh"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			if rng.IntN(4) == 0 {
				b.WriteString(parts[rng.IntN(len(parts))])
			} else {
				b.WriteString(parts[rng.IntN(3)])
			}
		}
		s := b.String()
		if got, want := rawFixed(s), ref(s); got != want {
			t.Fatalf("rawFixed(%q) = %v, want %v", s, got, want)
		}
	}
}
