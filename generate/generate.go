package generate

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/brief-team/brief/briefings"
)

// Options set what the sources do not say.
type Options struct {
	// Title of the briefing; default: the first source's title.
	Title string
	// Published is the briefing's date (YYYY-MM-DD) and the publication date
	// of sources whose metadata gives none (it outweighs a date read from
	// a byline); default: the latest source date.
	Published string
	// Tags; default: the most mentioned countries, lower case.
	Tags []string
	// Marking such as "TLP:CLEAR"; default: unmarked.
	Marking string
	// BaseDir, when set, is the directory the briefing will be written to:
	// source paths are made relative to it (as the format wants).
	BaseDir string
	// Warn, when set, is told once per source what was left out of it or
	// stood in for it, and why: a source with no publication date (its own
	// or Published) leaves out the dates counted from it ("last Friday",
	// "March 10"); a source with no title is titled by its file's name.
	Warn func(source, message string)
}

// Generate builds a briefing from documents. Sources get the ids S1..Sn in
// the order given. The result depends only on the documents and options.
func Generate(docs []Document, opts Options) (*briefings.Briefing, error) {
	return GenerateContext(context.Background(), docs, opts)
}

// GenerateContext is Generate that stops, returning ctx's error, soon
// after ctx is done.
func GenerateContext(ctx context.Context, docs []Document, opts Options) (b *briefings.Briefing, err error) {
	st := &stopper{ctx: ctx}
	defer func() {
		if r := recover(); r != nil {
			s, ok := r.(stopped)
			if !ok {
				panic(r)
			}
			b, err = nil, s.err
		}
	}()
	st.now()
	return generate(docs, opts, st)
}

func generate(docs []Document, opts Options, st *stopper) (*briefings.Briefing, error) {
	if len(docs) == 0 {
		return nil, errors.New("generate: no source documents")
	}
	if opts.Published != "" {
		iso, err := normDate(opts.Published)
		if err != nil {
			return nil, fmt.Errorf("generate: published: %v", err)
		}
		opts.Published = iso
	}
	b := &briefings.Briefing{Marking: briefings.CleanValue(opts.Marking)}
	in, err := readDocs(docs, opts, st)
	if err != nil {
		return nil, err
	}
	ids, sents, finders, latest := in.ids, in.sents, in.finders, in.latest
	b.Sources = in.sources

	b.Title = briefings.CleanValue(opts.Title)
	if b.Title == "" && len(b.Sources) > 0 {
		// The first source's title, its file's name when it had none.
		b.Title = b.Sources[0].Title
	}
	if b.Title == "" {
		b.Title = "Briefing"
	}
	b.Date = opts.Published
	if b.Date == "" {
		b.Date = latest
	}

	x := newExtractor(sents)
	x.stop = st
	x.run()
	st.now()

	// Summary.
	pos := make([]int, len(sents))
	for i, s := range sents {
		pos[i] = s.pos
	}
	for _, si := range summarizeStop(sents, pos, st, x.carriedQuote) {
		b.Summary = append(b.Summary, briefings.Statement{Text: sents[si].text, Cites: []string{ids[sents[si].doc]}})
	}

	b.Actors = x.output(ids)
	b.Timeline = timeline(sents, finders, ids, st)
	b.Quotes = x.quotes(ids)
	if b.Date == "" {
		// No publication date: the briefing is as of the latest date it
		// holds, so that it is a valid briefing; none leaves it undated.
		b.Date = latestDay(b.Timeline)
	}
	if opts.Warn != nil && b.Date != "" {
		for i, f := range finders {
			if n := leftOut(sents, i, f); n > 0 {
				opts.Warn(docs[i].Path, fmt.Sprintf("no publication date: %d relative or year-less %s left out; give its date with --published YYYY-MM-DD", n, plural(n, "date", "dates")))
			}
		}
	}

	b.Tags = opts.Tags
	if b.Tags == nil {
		b.Tags = x.autoTags()
	}
	for i, t := range b.Tags {
		b.Tags[i] = briefings.CleanValue(t)
	}
	return b, nil
}

// docsRead is what generate reads from the documents before extracting:
// their ids, source entries, sentences, date finders (one per document,
// with its publication date) and the latest publication date.
type docsRead struct {
	ids     []string
	sources []briefings.Source
	sents   []sentence
	finders []dateFinder
	latest  string
}

// readDocs gives each document its id (S1..Sn), its source entry and its
// publication date (its front matter's, else opts.Published, else its
// byline's), and splits its text
// into sentences.
func readDocs(docs []Document, opts Options, st *stopper) (docsRead, error) {
	r := docsRead{ids: make([]string, len(docs))}
	// The sentences of all the documents go in one slice, sized as it
	// fills by the sentences per byte of the documents read: appended one
	// document at a time, as append grows a large slice (by a quarter),
	// it took four times its size in copies, and the documents' own
	// slices as much again (a tenth of the generator's bytes).
	total, read := 0, 0
	for _, d := range docs {
		total += len(d.Text)
	}
	var doc []sentence // one document's sentences, the slice reused
	for i, d := range docs {
		st.now()
		r.ids[i] = fmt.Sprintf("S%d", i+1)
		pub := d.Published
		if pub == "" || d.PublishedFromByline && opts.Published != "" {
			pub = opts.Published
		}
		var f dateFinder
		if pub != "" {
			iso, err := normDate(pub)
			if err != nil {
				return docsRead{}, fmt.Errorf("%s: published: %v", d.Path, err)
			}
			pub = iso
			t, _ := time.Parse("2006-01-02", iso)
			f = dateFinder{pub: t, hasPub: true}
			if iso > r.latest {
				r.latest = iso
			}
		}
		r.finders = append(r.finders, f)
		title := briefings.CleanValue(d.Title)
		if title == "" {
			// A page whose title the reader cannot find is titled by its
			// file's name, as the library titles a briefing without one:
			// a readable page is never refused for its layout, and lint
			// (which requires every source's title) still holds.
			title = fileTitle(d.Path)
			if opts.Warn != nil {
				opts.Warn(d.Path, fmt.Sprintf(`no title found (a first line followed by a blank line, or "title:" in front matter); titled %q after its file`, title))
			}
		}
		r.sources = append(r.sources, briefings.Source{
			// As Parse will read them back: a path or title with an
			// invisible format character (U+200B, U+0604) round-trips.
			ID: r.ids[i], Title: title, Publisher: briefings.CleanValue(d.Publisher), URL: briefings.CleanValue(d.URL),
			Published: pub, Path: briefings.CleanValue(sourcePath(d.Path, opts.BaseDir)),
		})
		doc = segmentDocStop(doc[:0], i, d.Text, st)
		read += len(d.Text)
		if n := len(r.sents) + len(doc); n > cap(r.sents) {
			// Room for the documents left too, and an eighth more.
			r.sents = slices.Grow(r.sents, len(doc)+n*(total-read)/read*9/8)
		}
		r.sents = append(r.sents, doc...)
	}
	return r, nil
}

// sourcePath makes p relative to base (both as seen from the working
// directory), slash-separated.
func sourcePath(p, base string) string {
	if p == "" || base == "" {
		return filepath.ToSlash(p)
	}
	ap, err1 := filepath.Abs(p)
	ab, err2 := filepath.Abs(base)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(ab, ap)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// leftOut counts the dates of document doc that f, having no publication
// date, leaves out: those found when one is given and counted from it.
func leftOut(sents []sentence, doc int, f dateFinder) int {
	if f.hasPub {
		return 0
	}
	probe := dateFinder{pub: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), hasPub: true}
	n := 0
	for _, s := range sents {
		if s.doc != doc {
			continue
		}
		for _, h := range probe.find(s.toks) {
			if probe.dependsOnPub(s.toks, h) {
				n++
			}
		}
	}
	return n
}

// latestDay is the last day the timeline's entries that have happened
// reach (the end of a month or year for a partial date), "" when none.
func latestDay(tl []briefings.Event) string {
	last := ""
	for _, e := range tl {
		if e.Expected {
			continue
		}
		d := e.Date
		if e.End != "" {
			d = e.End
		}
		switch len(d) {
		case 4:
			d += "-12-31"
		case 7:
			t, err := time.Parse("2006-01", d)
			if err != nil {
				continue
			}
			d = ymd(t.AddDate(0, 1, -1))
		}
		last = max(last, d)
	}
	return last
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// fileTitle is a source's title from its file's name: the name without
// its extension ("port-strike" for "news/port-strike.txt"), or the whole
// name when that leaves nothing (".txt").
func fileTitle(path string) string {
	base := filepath.Base(path)
	if stem := strings.TrimSuffix(base, filepath.Ext(base)); stem != "" {
		base = stem
	}
	return briefings.CleanValue(base)
}
