package search

import (
	"slices"
	"strings"

	"github.com/brief-team/brief/briefings"
)

// briefingItems is what a search needs of one briefing, as its file was
// read: the entry of its front matter (the grant is applied to it), its
// problems, its panes' titles (for a pane filter) and its items, packed
// into one string and a few words per item so that a library's worth
// fits in memory.
type briefingItems struct {
	read   bool // the front matter was read: entry, titles and items hold
	entry  briefings.Entry
	err    error
	titles []string
	panes  []string // the Pane of each run of items
	text   string   // the items' texts, one after another
	refs   []itemRef
	keys   itemKeys // the folded text of the items that need one
	size   int64    // bytes held, about
}

// itemRef is one item of briefingItems: its text ends at end of text;
// folded when its folded text is in keys (keySimple rejected it).
type itemRef struct {
	end, line, pane int32
	folded          bool
}

// newBriefingItems packs what briefings.ParseItems returned for the file
// of the briefing at path.
func newBriefingItems(path string, b *briefings.Briefing, items []briefings.Item, err error) *briefingItems {
	bi := &briefingItems{err: err, size: 256}
	if err != nil {
		bi.size += int64(len(err.Error()))
	}
	if b == nil {
		return bi
	}
	bi.read = true
	bi.entry = briefings.EntryOf(path, b)
	bi.titles = b.PaneTitles()
	total := 0
	for _, it := range items {
		total += len(it.Text)
	}
	var text, folded strings.Builder
	text.Grow(total)
	bi.refs = make([]itemRef, len(items))
	for i, it := range items {
		if len(bi.panes) == 0 || bi.panes[len(bi.panes)-1] != it.Pane {
			bi.panes = append(bi.panes, it.Pane)
		}
		text.WriteString(it.Text)
		bi.refs[i] = itemRef{end: int32(text.Len()), line: int32(it.Line), pane: int32(len(bi.panes) - 1)}
		if !keySimple(it.Text) {
			bi.refs[i].folded = true
			folded.WriteString(keyText(it.Text))
			bi.keys.refs = append(bi.keys.refs, keyRef{item: int32(i), end: int32(folded.Len())})
		}
	}
	bi.text = text.String()
	bi.keys.folded = folded.String()
	bi.size += int64(len(bi.text)) + int64(len(bi.refs))*16 + entrySize(bi.entry)
	bi.size += int64(len(bi.keys.folded)) + int64(len(bi.keys.refs))*8
	for _, s := range slices.Concat(bi.titles, bi.panes) {
		bi.size += 16 + int64(len(s))
	}
	return bi
}

// entrySize is about the bytes an entry holds.
func entrySize(e briefings.Entry) int64 {
	n := 128 + len(e.Path) + len(e.Title) + len(e.Date) + len(e.Marking)
	for _, s := range slices.Concat(e.Tags, e.SourceTitles, e.Publishers) {
		n += 16 + len(s)
	}
	return int64(n)
}

// item returns item i.
func (bi *briefingItems) item(i int) briefings.Item {
	start := int32(0)
	if i > 0 {
		start = bi.refs[i-1].end
	}
	r := bi.refs[i]
	return briefings.Item{Pane: bi.panes[r.pane], Line: int(r.line), Text: bi.text[start:r.end]}
}

// hits fills h, the search of this briefing at h.Path, with what q
// matches in the panes only picks.
func (bi *briefingItems) hits(h BriefingHits, q *Query, only PaneFilter) BriefingHits {
	h.Err = bi.err
	if !bi.read {
		return h
	}
	h.Entry = bi.entry
	h.Entry.Path = h.Path // the same file may be named otherwise by another library
	var keep []string
	if only != nil {
		keep = only(bi.titles)
	}
	var items []briefings.Item
	for _, i := range bi.candidates(q.key) {
		if only == nil || slices.Contains(keep, bi.panes[bi.refs[i].pane]) {
			items = append(items, bi.item(i))
		}
	}
	h.Items = MatchItems(items, q)
	for _, it := range h.Items {
		h.Matches += it.Matches
	}
	return h
}
