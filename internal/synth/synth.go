// Package synth makes synthetic briefings of a given size for benchmarks
// and tests: deterministic, lint-clean, in the shipped format, with every
// pane and an extra section populated in realistic proportions.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/brief-team/brief/briefings"
)

var words = strings.Fields(`the a of and to in on for with by from as at ministry government
agency embassy officials minister police border port data report attack hack cyber network
systems services talks agreement sanctions accused denied confirmed announced said stated
according sources documents leaked emails channel migrants crossing security relations ties
diplomatic interest section conference summit warning threat campaign investigation
intelligence state-backed group actors infrastructure capital region week month year early
late recent former current "sensitive" (unconfirmed) 60% 2022 Albania Iran Turkey Tirana
Tehran London Brussels Washington UK US EU NATO Rama Nano King-Smith Patel Mandiant`)

var types = []string{briefings.ActorPerson, briefings.ActorOrganization, briefings.ActorCountry, briefings.ActorGroup}

// Synthetic returns a briefing of about size bytes (never less, at most a
// few hundred bytes more) in the markdown format. The same size always gives
// the same bytes.
func Synthetic(size int) []byte {
	return briefings.Write(Briefing(size))
}

// Briefing returns the briefing that Synthetic(size) writes.
func Briefing(size int) *briefings.Briefing {
	r := rand.New(rand.NewPCG(uint64(size), 0x5eed))
	b := &briefings.Briefing{
		Title:   fmt.Sprintf("Synthetic briefing (%d bytes)", size),
		Date:    "2024-01-31",
		Tags:    []string{"synthetic", "benchmark"},
		Marking: "TLP:CLEAR",
	}
	ids := []string{"S1", "S2", "S3", "S4", "S5"}
	for i, id := range ids {
		b.Sources = append(b.Sources, briefings.Source{
			ID: id, Title: sentence(r, 6, 10), Publisher: fmt.Sprintf("Publisher %d", i+1),
			URL: fmt.Sprintf("https://example.com/articles/%d", 1000+i), Published: fmt.Sprintf("2023-12-%02d", 10+i),
		})
	}
	cites := func() []string {
		c := []string{ids[r.IntN(len(ids))]}
		if r.IntN(3) == 0 {
			if d := ids[r.IntN(len(ids))]; d != c[0] {
				c = append(c, d)
			}
		}
		return c
	}
	b.Sections = []briefings.Section{{Title: "Analyst notes", Markdown: "Confidence is *moderate*.\n\n| Source | Reliability |\n|---|---|\n| S1 | B |\n| S2 | C |\n\n```\nindicator: 203.0.113.7\n```"}}
	day := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	n := len(briefings.Write(b))
	for i := 0; ; i++ {
		if n >= size {
			// The running count is an estimate: measure, and go on if short.
			if n = len(briefings.Write(b)); n >= size {
				break
			}
		}
		switch i % 10 {
		case 0, 1, 2, 3: // summary
			s := briefings.Statement{Text: sentence(r, 18, 40), Cites: cites()}
			b.Summary = append(b.Summary, s)
			n += len(s.Text) + 12
		case 4, 5: // actors
			a := briefings.Actor{
				Name: fmt.Sprintf("%s %s %d", capital(words[r.IntN(len(words))]), capital(words[r.IntN(len(words))]), i),
				Type: types[r.IntN(len(types))], Role: sentence(r, 3, 8), Cites: cites(),
			}
			if r.IntN(2) == 0 {
				a.Aliases = []string{fmt.Sprintf("Alias %d", i)}
			}
			b.Actors = append(b.Actors, a)
			n += len(a.Name) + len(a.Role) + 40
		case 6, 7, 8: // timeline, chronological
			day = day.AddDate(0, 0, 1+r.IntN(3))
			e := briefings.Event{Date: day.Format("2006-01-02"), Text: sentence(r, 10, 25), Cites: cites()}
			if r.IntN(8) == 0 {
				e.End = day.AddDate(0, 0, 1).Format("2006-01-02")
			}
			b.Timeline = append(b.Timeline, e)
			n += len(e.Text) + 30
		case 9: // quotes
			q := briefings.Quote{Text: sentence(r, 12, 40), Speaker: fmt.Sprintf("Speaker %d", r.IntN(50)), Cites: cites()}
			b.Quotes = append(b.Quotes, q)
			n += len(q.Text) + len(q.Speaker) + 20
		}
	}
	return b
}

func sentence(r *rand.Rand, min, max int) string {
	n := min + r.IntN(max-min+1)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		w := words[r.IntN(len(words))]
		if i == 0 {
			w = capital(w)
		} else {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	sb.WriteByte('.')
	return sb.String()
}

func capital(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
