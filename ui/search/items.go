package search

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/brief-team/brief/briefings"
)

// ItemHit is an item of a briefing that a query matches.
type ItemHit struct {
	briefings.Item
	// Segments are the matches in Text: Line is 0, Col and EndCol are
	// cells of Text (with any newline in it read as a space).
	Segments []Segment
	Matches  int // matches that start in this item
}

// MatchItems returns the items q matches, in order, each once, with where
// it matches. Matching is the reader's (smart case, diacritics, /regexp/),
// and each item is searched alone: a phrase never runs from the end of one
// item into the next. It is the engine of `brief grep`, `show --grep` and
// the library search.
func MatchItems(items []briefings.Item, q *Query) []ItemHit {
	if q.Empty() {
		return nil
	}
	var hits []ItemHit
	for start := 0; start < len(items); {
		end := start + 1
		for end < len(items) && items[end].Pane == items[start].Pane {
			end++
		}
		// One pane of items, an empty line between two: Pane never lets
		// a match cross an empty line.
		lines := make([]string, 0, 2*(end-start))
		size := 0
		plain := true
		for k := start; k < end; k++ {
			if k > start {
				lines = append(lines, "")
			}
			l := strings.ReplaceAll(items[k].Text, "\n", " ")
			lines = append(lines, l)
			size += len(items[k].Text) + 1
			plain = plain && isNormal(l)
		}
		// Items are plain text: the pane's text is about their size.
		var pane *Pane
		if plain {
			pane = normalPane(items[start].Pane, lines, size)
		} else {
			pane = newPane(items[start].Pane, lines, size)
		}
		x := Search([]*Pane{pane}, q)
		last := -1
		for k := 0; k < x.Len(); k++ {
			m := x.Match(k)
			for i, s := range m.Segments {
				item := start + s.Line/2
				if item != last {
					hits = append(hits, ItemHit{Item: items[item]})
					last = item
				}
				h := &hits[len(hits)-1]
				s.Line = 0
				h.Segments = append(h.Segments, s)
				if i == 0 {
					h.Matches++
				}
			}
		}
		start = end
	}
	return hits
}

// BriefingHits is what a query found in one briefing.
type BriefingHits struct {
	// Path is the briefing's Entry.Path; Name its file as problems name
	// it (the library's directory joined to Path).
	Path, Name string
	// Entry is the briefing as the text just searched describes itself
	// (briefings.EntryOf): access is decided on it.
	Entry   briefings.Entry
	Items   []ItemHit
	Matches int
	// Err holds the problems of items that could not be read (the rest
	// was searched), or why the briefing could not be read at all.
	Err error
}

// PaneFilter picks, from the titles of a briefing's panes (in order, as
// Briefing.PaneTitles gives them), the titles of the panes to search.
type PaneFilter func(titles []string) []string

// Options say what SearchLibrary and SearchBriefing search and show.
type Options struct {
	// Only picks the panes searched (nil: every pane).
	Only PaneFilter
	// Allow decides whether a briefing may be shown, on the entry of its
	// text as just read (nil: every briefing). A briefing it rejects is
	// passed over as if it did not match.
	Allow func(briefings.Entry) bool
	// Cache keeps the items of each briefing parsed for the next search
	// (nil: none).
	Cache *ItemCache
	// Disk keeps the items of each briefing parsed for the next process
	// (nil: none). It is not read when Allow is set: a shared server's
	// access is decided on a fresh reading of each file, and it keeps
	// its items in Cache.
	Disk *DiskCache
}

// disk is the DiskCache o lets a search read and write.
func (o Options) disk() *DiskCache {
	if o.Allow != nil {
		return nil
	}
	return o.Disk
}

// parses counts the briefings parsed for a search, for tests.
var parses atomic.Int64

// SearchBriefing reads the briefing at path from lib and matches q on the
// items of the panes opts.Only picks. With opts.Cache or opts.Disk it
// takes the items kept for the file as it is now (by its key, without
// reading it), or else reads it and, if its bytes may hold a match,
// parses it and keeps its items in both. A briefing whose bytes cannot
// hold a match is not parsed (ItemCache.Keep and DiskCache.Fill parse it
// for the next search).
func SearchBriefing(lib *briefings.Library, path string, q *Query, opts Options) BriefingHits {
	h := BriefingHits{Path: path, Name: path}
	var tried briefings.FileKey // the key the caches had nothing under
	if opts.Cache != nil || opts.disk() != nil {
		if key, name, err := lib.Stat(path); err == nil && key.Known() {
			if bi := opts.Cache.get(name, key); bi != nil {
				h.Name = name
				return bi.hits(h, q, opts.Only)
			}
			// Kept on disk for the file as it is now (its key, change
			// time included): no need to read the file, or parse it.
			if bi := opts.disk().load(name, key, nil); bi != nil {
				h.Name = name
				opts.Cache.put(name, key, bi)
				if h = bi.hits(h, q, opts.Only); len(h.Items) == 0 {
					h.Err = nil // as for a briefing whose bytes cannot hold a match
				}
				return h
			}
			tried = key
		}
	}
	data, name, key, err := lib.ReadKeyed(path)
	h.Name = name
	if err != nil {
		h.Err = err
		return h
	}
	if !q.MayMatch(data) {
		return h
	}
	var bi *briefingItems
	if key != tried {
		// Changed since its stat (or not looked up): its entry may be of
		// these bytes. Under the same key the disk had nothing.
		bi = opts.disk().load(name, key, data)
	}
	if bi == nil {
		bi = opts.disk().parse(path, name, key, data)
	}
	opts.Cache.put(name, key, bi)
	return bi.hits(h, q, opts.Only)
}

// SearchLibrary searches the briefings at paths of lib on every CPU and
// calls found, on the calling goroutine and in the order of paths, with
// each briefing that matched or could not be read (i is its index in
// paths). A briefing whose text opts.Allow rejects is passed over as if it
// did not match: the grant is decided on what was read, not on the
// listing alone. It stops when ctx ends or found returns false, and
// reports whether it searched every path.
func SearchLibrary(ctx context.Context, lib *briefings.Library, paths []string, q *Query, opts Options, found func(i int, h BriefingHits) bool) bool {
	return searchEach(ctx, len(paths), func(i int) BriefingHits {
		return SearchBriefing(lib, paths[i], q, opts)
	}, opts, found)
}

// SearchListing is SearchLibrary over the files of a briefings.Listing,
// without a cache, for brief grep: each file is read once, whole. Its
// front matter is read as the listing of a Library reads it, and a file
// that a Library would not list is found with that problem as its Err; a
// file whose bytes cannot hold a match is not parsed further.
func SearchListing(ctx context.Context, ls *briefings.Listing, paths []string, q *Query, opts Options, found func(i int, h BriefingHits) bool) bool {
	return searchEach(ctx, len(paths), func(i int) BriefingHits {
		return searchListed(ls, paths[i], q, opts)
	}, opts, found)
}

// searchListed is SearchListing's search of the file at p.
func searchListed(ls *briefings.Listing, p string, q *Query, opts Options) BriefingHits {
	data, name, key, ok, err := ls.Read(p)
	h := BriefingHits{Path: p, Name: name, Err: err}
	if !ok {
		return h
	}
	if !q.MayMatch(data) {
		h.Err = briefings.HeaderProblem(name, data)
		return h
	}
	if bi := opts.disk().load(name, key, data); bi != nil {
		return bi.hits(h, q, opts.Only)
	}
	bi := opts.disk().parse(p, name, key, data)
	if !bi.read {
		// Refused as the listing refuses it: its first problem.
		h.Err = briefings.HeaderProblem(name, data)
		return h
	}
	return bi.hits(h, q, opts.Only)
}

// searchEach runs one on the indices [0, n) on every CPU and calls found
// as SearchLibrary says.
func searchEach(ctx context.Context, n int, one func(i int) BriefingHits, opts Options, found func(i int, h BriefingHits) bool) bool {
	workers := runtime.GOMAXPROCS(0)
	// Every worker takes the next briefing as soon as it is done with one
	// (in blocks with a wait at the end of each, the fastest worker idled
	// for the slowest), at most window briefings ahead of the one found
	// is called with, so that the results wait in order in little memory.
	window := 16 * workers
	out := make([]chan BriefingHits, n)
	for i := range out {
		out[i] = make(chan BriefingHits, 1)
	}
	ahead := make(chan struct{}, window)
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Go(func() {
			for {
				select {
				case ahead <- struct{}{}:
				case <-stop:
					return
				}
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if ctx.Err() != nil {
					out[i] <- BriefingHits{}
					continue
				}
				out[i] <- one(i)
			}
		})
	}
	defer func() {
		close(stop)
		wg.Wait()
	}()
	for i := range n {
		h := <-out[i]
		<-ahead
		if ctx.Err() != nil {
			return false
		}
		if opts.Allow != nil && h.Entry.Path != "" && !opts.Allow(h.Entry) {
			continue
		}
		if (h.Matches > 0 || h.Err != nil) && !found(i, h) {
			return false
		}
	}
	return true
}
