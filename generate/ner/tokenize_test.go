package ner

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`U.S. President Donald Trump's policies don't work.`, `U.S.|President|Donald|Trump|'s|policies|do|n't|work|.`},
		{`"Seventeen years ago," said Ambassador Mohib.`, `"|Seventeen|years|ago|,|"|said|Ambassador|Mohib|.`},
		{`Khaled Al-Maeena (Saudi Arabia) sold it for $9.99 in Washington D.C.`, `Khaled|Al|-|Maeena|(|Saudi|Arabia|)|sold|it|for|$|9.99|in|Washington|D.C.`},
		{`the students’ union, e-mail 713-853-3989...`, `the|students|’|union|,|e-mail|713-853-3989|...`},
		{`honored for 'courageous achievement' at`, `honored|for|'|courageous|achievement|'|at`},
		{`Mr. Smith can't go; Dr. J. Doe won’t.`, `Mr.|Smith|ca|n't|go|;|Dr.|J.|Doe|wo|n’t|.`},
	} {
		toks := Tokenize(c.in)
		var got []string
		for _, tk := range toks {
			if c.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q at %d-%d reads %q", c.in, tk.Text, tk.Start, tk.End, c.in[tk.Start:tk.End])
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Afghan team honored\n\nFriday, July 21, 2017\n\nA group was awarded a medal. \"It was hard,\" she said. The U.S. team won! Then\nit rained."
	var got []string
	for _, s := range Sentences(text) {
		var w []string
		for _, tk := range s {
			w = append(w, tk.Text)
		}
		got = append(got, strings.Join(w, " "))
	}
	want := []string{
		"Afghan team honored",
		"Friday , July 21 , 2017",
		"A group was awarded a medal .",
		"\" It was hard , \" she said .",
		"The U.S. team won !",
		"Then it rained .",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Sentences:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
