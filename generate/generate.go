package generate

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/brief-team/brief/briefings"
)

// Options set what the sources do not say.
type Options struct {
	// Title of the briefing; default: the first source's title.
	Title string
	// Published is the briefing's date (YYYY-MM-DD) and the publication date
	// of sources that give none; default: the latest source date.
	Published string
	// Tags; default: the most mentioned countries, lower case.
	Tags []string
	// Marking such as "TLP:CLEAR"; default: unmarked.
	Marking string
	// BaseDir, when set, is the directory the briefing will be written to:
	// source paths are made relative to it (as the format wants).
	BaseDir string
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
	b := &briefings.Briefing{Marking: oneLine(opts.Marking)}
	in, err := readDocs(docs, opts, st)
	if err != nil {
		return nil, err
	}
	ids, sents, finders, latest := in.ids, in.sents, in.finders, in.latest
	b.Sources = in.sources

	b.Title = oneLine(opts.Title)
	if b.Title == "" {
		b.Title = oneLine(docs[0].Title)
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
	for _, si := range summarizeStop(sents, pos, st) {
		b.Summary = append(b.Summary, briefings.Statement{Text: sents[si].text, Cites: []string{ids[sents[si].doc]}})
	}

	b.Actors = x.output(ids)
	b.Timeline = timeline(sents, finders, ids, st)
	b.Quotes = x.quotes(ids)

	b.Tags = opts.Tags
	if b.Tags == nil {
		b.Tags = x.autoTags()
	}
	for i, t := range b.Tags {
		b.Tags[i] = oneLine(t)
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
// publication date (its own, else opts.Published), and splits its text
// into sentences.
func readDocs(docs []Document, opts Options, st *stopper) (docsRead, error) {
	r := docsRead{ids: make([]string, len(docs))}
	for i, d := range docs {
		st.now()
		r.ids[i] = fmt.Sprintf("S%d", i+1)
		pub := d.Published
		if pub == "" {
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
		r.sources = append(r.sources, briefings.Source{
			ID: r.ids[i], Title: oneLine(d.Title), Publisher: oneLine(d.Publisher), URL: oneLine(d.URL),
			Published: pub, Path: oneLine(sourcePath(d.Path, opts.BaseDir)),
		})
		r.sents = append(r.sents, segmentDocStop(i, d.Text, st)...)
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
