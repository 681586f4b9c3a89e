package briefings

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"testing"
)

// FuzzParse checks that Parse never panics and that whatever it accepts
// survives Write: Parse(Write(b)) == b and Write is then stable.
func FuzzParse(f *testing.F) {
	addBriefingSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Lint("fuzz.md", data)
		b, err := Parse("fuzz.md", data)
		if err != nil {
			if _, ok := err.(Problems); !ok {
				t.Fatalf("error is %T, not Problems", err)
			}
			return
		}
		out := Write(b)
		b2, err := Parse("fuzz.md", out)
		if err != nil {
			t.Fatalf("Parse(Write(b)) failed: %v\n--- written:\n%s", err, out)
		}
		if !reflect.DeepEqual(b, b2) {
			t.Fatalf("Parse(Write(b)) != b\n b: %#v\nb2: %#v\n--- written:\n%s", b, b2, out)
		}
		if out2 := Write(b2); !bytes.Equal(out, out2) {
			t.Fatalf("Write not stable:\n%s\n---\n%s", out, out2)
		}
		_ = b.Panes()
	})
}

// addBriefingSeeds seeds a fuzz target with the shipped briefings and
// fuzzSeeds.
func addBriefingSeeds(f *testing.F) {
	names, _ := fs.Glob(Shipped, "*.md")
	for _, n := range names {
		data, _ := fs.ReadFile(Shipped, n)
		f.Add(data)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
}

var fuzzSeeds = []string{
	"---\ntitle: x\ndate: 2022-01-02\n---\n",
	"---\ntitle: x\n---\n# Heading\n\nPreamble text.\n\n## Overview\n\nA [S1].\n\n- point one [S2]\n",
	"---\ntitle: \"a: b\"\nsources:\n  - id: S1\n---\n## Key actors\n\n- **A, B (C)** (person): role: x. Also: y; z [S1]\n- **Q**. Also: r\n",
	"---\ntitle: t\n---\n## Chronology\n\n- **2022-07-23/2022-07-24**: x [S1, S2]\n- **2022**: \\*y\\* [S1]\n",
	"---\ntitle: t\n---\n## Key quotes\n\n> words *here*\n>\n> — Someone [S1]\n\n> only words\n\n> w\n>\n> [S2]\n",
	"---\ntitle: t\n---\n## Notes\n\n```\n## not a heading\n```\n\nText & more &amp; `code`\n\n## Other\nSetext\n---\n",
	"---\ntitle: t\n---\n## Summary\n\nEsc \x1b[31mred\x1b[0m and \x1b]0;title\x07 bell &#27;[2J [S1].\n",
	"---\r\ntitle: t\r\n---\r\n## Summary\r\n\r\nCRLF [S1]\r\n",
	"---\ntitle: [unclosed\n---\n",
	"no front matter\n",
	"---\ntitle: t\n---\n## Timeline\n\n-\n\n## Actors\n\n- \n",
}

// FuzzPlainItems checks that reading the plain item lines of the Actors
// and Timeline lists without goldmark (fastitems.go) gives exactly what
// goldmark alone gives: briefing, problems and lines.
func FuzzPlainItems(f *testing.F) {
	addBriefingSeeds(f)
	for _, s := range plainItemSeeds {
		f.Add([]byte("---\ntitle: t\n---\n" + s))
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		f.Add(randomItemDoc(r))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastReading(t, data)
	})
}

// plainItemSeeds are bodies of the shapes the fast reading takes, and of
// the neighbours that must stop it.
var plainItemSeeds = []string{
	"## Actors\n\n- **A** (person): role. Also: x; y [S1, S2]\n- **B**: r [S1]\n- **C**\n",
	"## Timeline\n\n- **2022-09-07**: text [S1]\n- **2022/2023** (expected): x\n- **2022-02-30**: bad\n",
	"## Actors\n\n- **A** x\ncontinued\n- **B** y\n\n  indented\n",
	"## Actors\n\n- **A** x\n- **B** y\n[S1]: http://x\n",
	"## Actors\n\n```\n- **A** x\n```\n- **B** y\n",
	"## Actors\n\n<div>\n- **A** x\n\n- **B** y\n",
	"Actors\n---\n\n- **A** x\n\n## Actors\n\n- **B** y\n- **C.**z\n- **D** `c` \\* &amp; _e_ <b>\n",
	"## Key actors\n\n- **A** x\n   ## Timeline\n- **2022** y\n    code\n- **B**\n---\n",
}
