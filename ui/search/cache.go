package search

import (
	"container/list"
	"context"
	"runtime"
	"sync"

	"github.com/brief-team/brief/briefings"
)

// Cache is the process's ItemCache: the reader's library search (every
// session of a shared server) searches through it, so a second search
// over a library reads and parses only the briefings that changed.
var Cache = NewItemCache(512 << 20)

// ItemCache keeps the searchable items of briefing files, by file name,
// each valid while its file keeps the briefings.FileKey it was read under:
// every use compares the key of the file as it is now, so a changed file
// is read again. It never decides access: it keeps what a file says, and
// the caller's grant is applied to that as to a fresh read. Beyond its
// bound it drops the briefings least recently searched. It is safe for
// concurrent use.
type ItemCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	files map[string]*list.Element // of *cached
	lru   list.List                // most recently used first
}

// cached is one file's items, as read under key.
type cached struct {
	name  string
	key   briefings.FileKey
	items *briefingItems
}

// NewItemCache returns an empty cache that holds about maxBytes of items.
func NewItemCache(maxBytes int64) *ItemCache {
	return &ItemCache{max: maxBytes, files: map[string]*list.Element{}}
}

// Len returns the number of briefings kept and the bytes they hold.
func (c *ItemCache) Len() (briefings int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.files), c.size
}

// get returns the items of the file name if they were read under key; a
// nil c holds none.
func (c *ItemCache) get(name string, key briefings.FileKey) *briefingItems {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.files[name]
	if !ok {
		return nil
	}
	e := el.Value.(*cached)
	if e.key != key {
		c.remove(el) // changed: its reader puts the new version
		return nil
	}
	c.lru.MoveToFront(el)
	return e.items
}

// put keeps the items of the file name, read under key; a nil c keeps
// nothing.
func (c *ItemCache) put(name string, key briefings.FileKey, items *briefingItems) {
	if c == nil || !key.Known() || items.size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.files[name]; ok {
		c.remove(el)
	}
	c.files[name] = c.lru.PushFront(&cached{name, key, items})
	c.size += items.size
	for c.size > c.max {
		c.remove(c.lru.Back())
	}
}

func (c *ItemCache) remove(el *list.Element) {
	e := el.Value.(*cached)
	c.lru.Remove(el)
	delete(c.files, e.name)
	c.size -= e.items.size
}

// Keep reads, parses and keeps the briefings at paths of lib that c does
// not hold for their files as they are now, on every CPU, until ctx ends.
// A search parses only the briefings whose bytes may hold its word, so its
// count comes as soon as the bytes are looked through; the reader keeps
// the rest afterwards, and the next search parses nothing. With disk, it
// takes the items kept there for a file as it is now, and keeps there the
// items it parses, for the next process.
func (c *ItemCache) Keep(ctx context.Context, lib *briefings.Library, paths []string, disk *DiskCache) {
	c.keepOn(ctx, lib, paths, runtime.GOMAXPROCS(0), disk)
}

// Warm keeps the briefings at paths as Keep does, on one CPU. It is for a
// server, whose sessions share the process's cache: warmed once at start
// and with each reload, no analyst's first search parses every briefing
// (at 10,000 briefings a word they all hold took 8-15 s on a first
// search, under 2 s through the cache), and the other CPUs stay the
// sessions'.
func (c *ItemCache) Warm(ctx context.Context, lib *briefings.Library, paths []string) {
	c.keepOn(ctx, lib, paths, 1, nil)
}

// Holds reports whether c holds the briefing at p of lib as its file is
// now.
func (c *ItemCache) Holds(lib *briefings.Library, p string) bool {
	key, name, err := lib.Stat(p)
	return err == nil && key.Known() && c.get(name, key) != nil
}

// keepOn is Keep on the given number of CPUs.
func (c *ItemCache) keepOn(ctx context.Context, lib *briefings.Library, paths []string, workers int, disk *DiskCache) {
	next := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for p := range next {
				c.keep(lib, p, disk)
			}
		})
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- p
	}
	close(next)
	wg.Wait()
}

// keep reads, parses and keeps the briefing at p unless c holds it.
func (c *ItemCache) keep(lib *briefings.Library, p string, disk *DiskCache) {
	if c.Holds(lib, p) {
		return
	}
	data, name, key, err := lib.ReadKeyed(p)
	if err != nil || !key.Known() {
		return
	}
	bi := disk.load(name, key, data)
	if bi == nil {
		bi = disk.parse(p, name, key, data)
	}
	c.put(name, key, bi)
}
