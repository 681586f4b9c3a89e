package briefings

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// plainValues are scalars of front matter as people and programs write
// them, and values a YAML decoder reads as something else than a string.
var plainValues = []string{
	"x", "Synthetic briefing (25340 bytes)", "2024-01-31", "2024-1-31", "2024-01-31T10:00:00Z",
	"2024-01-31 10:00", "2024-13-45", "0000-00-00", "12:30", "TLP:CLEAR", "TLP: CLEAR", "TLP:",
	"https://example.com/a?b=c&d=e", "https://example.com/articles/1000", "yes", "Yes", "YES", "no",
	"No", "on", "On", "off", "OFF", "y", "Y", "n", "N", "true", "True", "TRUE", "tRUE", "false",
	"null", "Null", "NULL", "nULL", "~", "nan", "NaN", ".nan", "inf", "Inf", ".inf", "-.inf", "0x10",
	"0o17", "0b101", "1e3", "12", "012", "1_000", "+1", "-1", ".5", "5.", "20,000", "1 Albania",
	"3 May", "a, b", "Iran's", "Yahoo!", "a  b", "a - b", "a -b", "a ?b", "a? b", "é", "Tiranë",
	"Ελλάδα", "日本語", "\u00a0x", "x\u00a0y", "x\u0085y", "x\u2028y", "x\ufeffy", "x\u200by",
	`"quoted"`, `"a \"b\" c"`, `"a \\ b"`, `"a \n b"`, `"a \t b"`, `"a \u00e9"`, `"a`, `"a" b`,
	`""`, `"a"b"`, `"a\"`, `"it's"`, `"#x"`, `"a: b"`, `"[x]"`, `'single'`, `'it''s'`, `'a'b'`,
	`''`, `'a`, `'a' b`, `'a "b"'`, `'a \n'`, "a #b", "a#b", "#b", "[a, b]", "{a: b}", "a: b",
	"a:", ":a", "-a", "- a", "?a", "a?", "a%", "%a", "@a", "`a", "a`", "!a", "a!", "=a", "a.b",
	"Oslo", "O", "N/A", "n/a", "no.", "No way", "null value", "x,", "x'", "'x", "a=b", "a;b",
	"a(b", "a)b", "(a)", "a[b]", "a{b}", "a|b", "|", ">", "a>b", "a*b", "*a", "&a", "a&b", "a\\b",
	"a/b", "a+b", "a_b", "_a", "a;", "a:b:c", "a,b", "a ,b", "a , b", "Ab Cd Ef", "A.B.C.",
	"version 1.2.3", "v1.2", "1.2.3", "2024", "2024-01", "24-01-31", "S1", "s-1", "a' b",
}

// TestPlainFrontMatter holds decodePlainFrontMatter to goccy/go-yaml's
// decoding on front matter made of plainValues in every place, and in
// layouts of lists and indentation: what it accepts decodes as YAML does.
func TestPlainFrontMatter(t *testing.T) {
	accepted := 0
	check := func(yml string) {
		t.Helper()
		if checkPlainFrontMatter(t, []byte(yml)) {
			accepted++
		}
	}
	for _, v := range plainValues {
		check("title: " + v + "\n")
		check("title: " + v + "\ndate: 2024-01-31\n")
		check("date: " + v + "\nmarking: " + v + "  \n")
		check("tags: [" + v + "]\n")
		check("tags: [a, " + v + ", b]\n")
		check("tags:\n  - " + v + "\n  - b\n")
		check("tags:\n- " + v + "\n")
		check("sources:\n  - id: S1\n    title: " + v + "\n    url: " + v + "\ntitle: t\n")
		check("sources:\n- id: " + v + "\n  publisher: p\n")
	}
	fixed := accepted
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		check(randomFrontMatter(rng))
	}
	// The values and layouts are mostly ones YAML reads otherwise; enough
	// are plain for the comparison to mean something.
	if fixed < 500 || accepted-fixed < 3000 {
		t.Errorf("decoded without YAML: %d fixed front matters, %d random ones", fixed, accepted-fixed)
	}
	t.Logf("decoded without YAML: %d fixed front matters, %d random ones", fixed, accepted-fixed)
}

// randomFrontMatter is front matter of random keys, values and layout,
// mostly of values plainScalar reads, so that whole front matters are
// often plain.
func randomFrontMatter(rng *rand.Rand) string {
	var plain []string
	for _, v := range plainValues {
		if _, ok := plainScalar([]byte(v), false); ok {
			plain = append(plain, v)
		}
	}
	val := func() string {
		if rng.IntN(10) == 0 {
			return plainValues[rng.IntN(len(plainValues))]
		}
		return plain[rng.IntN(len(plain))]
	}
	pick := func(s ...string) string { return s[rng.IntN(len(s))] }
	var b strings.Builder
	for range rng.IntN(6) + 1 {
		switch rng.IntN(8) {
		case 0, 1:
			fmt.Fprintf(&b, "%s:%s%s%s\n", pick("title", "date", "marking", "Title", "other"), pick(" ", "  ", "", "\t"), val(), pick("", " ", "  "))
		case 2:
			fmt.Fprintf(&b, "tags: [%s%s, %s]\n", pick("", " "), val(), val())
		case 3:
			ind := pick("", "  ", "    ")
			b.WriteString("tags:\n")
			for range rng.IntN(3) {
				fmt.Fprintf(&b, "%s- %s\n", ind, val())
			}
		case 4, 5:
			ind := pick("", "  ", " ")
			b.WriteString("sources:" + pick("", " ") + "\n")
			for range rng.IntN(3) {
				fmt.Fprintf(&b, "%s- %s: %s\n", ind, pick("id", "title", "url"), val())
				for range rng.IntN(4) {
					fmt.Fprintf(&b, "%s%s%s: %s\n", ind, pick("  ", "   ", " ", "    "), pick("title", "publisher", "url", "published", "path", "id", "other"), val())
				}
				if rng.IntN(8) == 0 {
					b.WriteString(pick("\n", "  \n", "  # note\n"))
				}
			}
		case 6:
			b.WriteString(pick("\n", "   \n", "# comment\n", "title: a\n  b\n", "title:\n", "tags:\n", "sources:\n"))
		case 7:
			fmt.Fprintf(&b, "title: %s\ndate: 2024-01-31\ntags: [synthetic, benchmark]\nmarking: TLP:CLEAR\n", val())
		}
	}
	return b.String()
}

// checkPlainFrontMatter fails t when yml decodes without YAML to anything
// but what goccy/go-yaml gives, and reports whether it decoded so.
func checkPlainFrontMatter(t testing.TB, yml []byte) bool {
	t.Helper()
	fm, ok := decodePlainFrontMatter(yml)
	if !ok {
		return false
	}
	var want frontMatter
	if err := yaml.UnmarshalWithOptions(yml, &want); err != nil {
		t.Fatalf("decoded without YAML, but YAML says %v:\n%s", err, yml)
	}
	if !reflect.DeepEqual(fm, want) {
		t.Fatalf("decoded without YAML as\n%#v\nYAML gives\n%#v\nfor\n%s", fm, want, yml)
	}
	return true
}

// FuzzPlainFrontMatter: whatever decodePlainFrontMatter accepts, goccy/go-
// yaml decodes without error to the same value.
func FuzzPlainFrontMatter(f *testing.F) {
	names, _ := fs.Glob(Shipped, "*.md")
	for _, n := range names {
		data, _ := fs.ReadFile(Shipped, n)
		if start, end, _, _, closed := frontMatterBounds(data); closed {
			f.Add(data[start:end])
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		f.Add([]byte(randomFrontMatter(rng)))
	}
	f.Fuzz(func(t *testing.T, yml []byte) {
		checkPlainFrontMatter(t, yml)
	})
}

// TestPlainFrontMatterReadsBriefings: the front matter of the shipped
// briefings and of what Write writes is decoded without YAML, so that the
// optimisation applies to the briefings brief makes.
func TestPlainFrontMatterReadsBriefings(t *testing.T) {
	names, _ := fs.Glob(Shipped, "*.md")
	if len(names) == 0 {
		t.Fatal("no shipped briefing")
	}
	for _, n := range names {
		data, _ := fs.ReadFile(Shipped, n)
		for _, src := range [][]byte{data, write(t, n, data)} {
			start, end, _, _, closed := frontMatterBounds(src)
			if !closed {
				t.Fatalf("%s: no front matter", n)
			}
			if !checkPlainFrontMatter(t, src[start:end]) {
				t.Errorf("%s: front matter not decoded without YAML:\n%s", n, src[start:end])
			}
		}
	}
}

// write is the briefing of data written again by Write.
func write(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	b, err := Parse(name, data)
	if b == nil {
		t.Fatalf("%s: %v", name, err)
	}
	return Write(b)
}

// BenchmarkDecodeFrontMatter is the front matter of the shipped briefing
// (eight sources, 2 KB) decoded as Parse decodes it (plain: without the
// YAML decoder), and by goccy/go-yaml alone.
func BenchmarkDecodeFrontMatter(b *testing.B) {
	data, err := fs.ReadFile(Shipped, "iran-albania.md")
	if err != nil {
		b.Fatal(err)
	}
	start, end, _, _, _ := frontMatterBounds(data)
	yml := data[start:end]
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(int64(len(yml)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodeFrontMatter(yml); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("yaml", func(b *testing.B) {
		b.SetBytes(int64(len(yml)))
		b.ReportAllocs()
		for b.Loop() {
			var fm frontMatter
			if err := yaml.UnmarshalWithOptions(yml, &fm); err != nil {
				b.Fatal(err)
			}
		}
	})
}
