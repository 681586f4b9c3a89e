package sourcetext

import (
	"errors"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

func TestRead(t *testing.T) {
	d, err := Read("a.md", []byte("---\ntitle: T\npublisher: P\nurl: https://x\npublished: 2024-01-02T10:00:00Z\n---\nT\n\nBody one.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "T" || d.Publisher != "P" || d.URL != "https://x" || d.Published != "2024-01-02" || d.Text != "\nBody one.\n" {
		t.Errorf("front matter: %+v", d)
	}
	if _, err := Read("bad.md", []byte("---\ntitle: [x\n---\n")); err == nil || !strings.HasPrefix(err.Error(), "bad.md:") {
		t.Errorf("bad front matter: %v", err)
	}
}

// TestReadSanitizes: the text is what the reader may show as it is, so
// escape sequences and invisible characters are gone, and offsets into it
// are offsets into what is shown.
func TestReadSanitizes(t *testing.T) {
	for _, name := range []string{"a.txt", "a.html"} {
		in := "Iran\x1b[31m said\u200b on Monday that talks had ended without agreement.\x07"
		if strings.HasSuffix(name, ".html") {
			in = "<html><body><article><p>" + in + "</p><p>Officials from both sides said they would meet again in the spring.</p></article></body></html>"
		}
		d, err := Read(name, []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Text, "Iran said on Monday that talks had ended without agreement.") || strings.ContainsAny(d.Text, "\x1b\x07\u200b") {
			t.Errorf("%s: text not sanitized: %q", name, d.Text)
		}
	}
}

// TestFromLibrary: the shipped library's sources read, as the generator
// read them, from the binary alone; an unreadable one says why.
func TestFromLibrary(t *testing.T) {
	l, err := briefings.OpenFS(briefings.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Load("iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := FromLibrary(l, "iran-albania.md", b.Sources[1])
	if err != nil || !strings.Contains(d.Text, "Last Friday, the US Treasury Department sanctioned") {
		t.Errorf("S2: %v %q", err, d.Text)
	}
	if _, err := FromLibrary(l, "iran-albania.md", briefings.Source{ID: "S9", Path: "../x.txt"}); !errors.Is(err, briefings.ErrOutside) {
		t.Errorf("outside: %v", err)
	}
}
