package ui

import (
	"slices"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// loads is the reader's loading state: the briefing being opened, the one
// being prefetched, the library reloads, and the few briefings loaded last.
// Its methods change only this state; the Model's methods in load.go
// start the commands and show what arrives.
type loads struct {
	// docs are the briefings loaded last, newest last (see remember).
	docs []*loadedDoc
	// path is the briefing being opened; seq rejects stale loads.
	path string
	seq  int
	// gen counts reloads per path; it is part of a loaded version.
	gen map[string]int
	// reloadSeq rejects all but the latest library reload; changed
	// (changedAll: every path) collects what changed since the last one
	// applied.
	reloadSeq  int
	changed    []string
	changedAll bool
	// openPending holds Options.Open until Init.
	openPending string
	// prefetchSeq identifies the latest selection change (see prefetch).
	prefetchSeq int
	// prefetching is the path and version being prefetched; awaitSeq is
	// the seq of an open waiting for that prefetch.
	prefetching string
	awaitSeq    int
}

func newLoads(open string) loads {
	return loads{gen: map[string]int{}, openPending: open}
}

// version names what is loaded of an entry: its file's time and how often
// it was reloaded.
func (l *loads) version(e briefings.Entry) string {
	return strconv.FormatInt(e.ModTime.UnixNano(), 36) + "." + strconv.Itoa(l.gen[e.Path])
}

// fresh reports whether d is the current version of its briefing.
func (l *loads) fresh(d *loadedDoc) bool {
	return d != nil && l.version(d.entry) == d.version
}

// cached returns the loaded briefing at version v, or nil.
func (l *loads) cached(e briefings.Entry, v string) *loadedDoc {
	for _, d := range l.docs {
		if d.entry.Path == e.Path && d.version == v {
			return d
		}
	}
	return nil
}

// remember keeps the last few loaded briefings so that reopening one is
// instant; big briefings are not worth more.
func (l *loads) remember(d *loadedDoc) {
	l.docs = slices.DeleteFunc(l.docs, func(x *loadedDoc) bool { return x.entry.Path == d.entry.Path })
	l.docs = append(l.docs, d)
	if len(l.docs) > 3 {
		l.docs = l.docs[1:]
	}
}

// start begins opening path and returns the seq its load carries.
func (l *loads) start(path string) int {
	l.seq++
	l.path = path
	return l.seq
}

// drop stops the open under way, if any: its load, when it arrives, is
// only remembered.
func (l *loads) drop() {
	l.seq++
	l.path = ""
}

// reopen returns the seq of a reload of the briefing on screen, which
// stays while it loads.
func (l *loads) reopen() int {
	l.seq++
	return l.seq
}

// opening reports whether the load with seq is the open under way.
func (l *loads) opening(seq int) bool { return seq == l.seq && l.path != "" }

// queue records a change on disk (no paths: any) and returns what the next
// library reload re-reads (nil: everything) and its seq. Reloads may
// overlap and finish out of order: only the latest counts, and it re-reads
// every path changed since the last one was applied.
func (l *loads) queue(paths []string) ([]string, int) {
	l.reloadSeq++
	l.changed = append(l.changed, paths...)
	if len(paths) == 0 {
		l.changedAll = true
	}
	if l.changedAll {
		return nil, l.reloadSeq
	}
	return slices.Clone(l.changed), l.reloadSeq
}

// applied forgets the queued changes once the latest reload arrived.
func (l *loads) applied(seq int) {
	if seq == l.reloadSeq {
		l.changed, l.changedAll = nil, false
	}
}

// forget drops the loaded briefings that changed, and bumps the version of
// those and of the one on screen (open, or nil).
func (l *loads) forget(changed func(string) bool, open *loadedDoc) {
	for _, d := range l.docs {
		if changed(d.entry.Path) {
			l.gen[d.entry.Path]++
		}
	}
	if open != nil && changed(open.entry.Path) {
		l.gen[open.entry.Path]++
	}
	l.docs = slices.DeleteFunc(l.docs, func(d *loadedDoc) bool { return changed(d.entry.Path) })
}

// prefetchLater schedules a prefetch of the selected briefing.
func (l *loads) prefetchLater() tea.Cmd {
	l.prefetchSeq++
	seq := l.prefetchSeq
	return tea.Tick(prefetchDelay, func(time.Time) tea.Msg { return prefetchMsg{seq: seq} })
}
