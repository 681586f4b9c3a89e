package search

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/brief-team/brief/briefings"
)

// DiskCache keeps the searchable items of briefing files on disk, between
// processes: a search then parses a briefing once per version of its file
// and of brief, not once per process. A word that every briefing holds
// made `brief grep`, and the reader's first search, parse all of a
// library's briefings every time (10,000 of 20 KB: 4-5 s of two CPUs, 75 %
// of it the parse); read back from here an entry costs a few system calls
// and no parse.
//
// An entry is trusted only for the file it was made from as it is now: it
// names the file's absolute path, its FileKey (device, inode, size,
// modification and, on Linux, inode change time; never a file changed
// within briefings.KeySettle), a CRC-32C of its bytes (checked whenever
// the search has read them: brief grep reads every file anyway; the
// reader's search goes by the key, as ItemCache does) and the running
// executable (so a new build of brief never reads an older parser's
// items). Anything else, or an entry that does not decode whole (its own
// checksum), is a miss: the briefing is parsed and its entry written
// again. It never
// decides access: it is read only where no grant applies (Options.Disk),
// and the entry of the briefing's front matter, like everything else in
// it, is what parsing those bytes gave.
//
// Entries hold briefings' text, so the directory is the user's alone
// (0700, owned by the user; a cache directory that is not is not used).
// Entries unused for 30 days are removed, once a day.
type DiskCache struct {
	dir     string // holds items/ and the trim stamp
	version [16]byte
	trim    sync.Once
}

const (
	diskMagic   = "BRIEFIX2"
	diskUnused  = 30 * 24 * time.Hour // an entry unused this long is removed
	diskTouch   = 24 * time.Hour      // an entry's time is renewed when used after this
	diskMaxSize = 256 << 20           // an entry file larger than this is not read
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// DefaultDiskCacheDir is where brief keeps its item cache:
// $BRIEF_CACHE_DIR if set ("off" for none), else "brief" in the user's
// cache directory ($XDG_CACHE_HOME or ~/.cache on Linux). "" when there
// is none.
func DefaultDiskCacheDir() string {
	if d, ok := os.LookupEnv("BRIEF_CACHE_DIR"); ok {
		if d == "off" {
			return ""
		}
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "brief")
}

// OpenDiskCache returns the cache kept in dir, made if need be, or nil
// (no cache) when dir is "", cannot be made, or is not the user's alone,
// or when the running executable cannot be identified.
func OpenDiskCache(dir string) *DiskCache {
	if dir == "" {
		return nil
	}
	version, ok := executableVersion()
	if !ok {
		return nil
	}
	items := filepath.Join(dir, "items")
	if err := os.MkdirAll(items, 0o700); err != nil {
		return nil
	}
	for _, d := range []string{dir, items} {
		fi, err := os.Lstat(d)
		if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o077 != 0 || !ownedByUser(fi) {
			return nil
		}
	}
	return &DiskCache{dir: dir, version: version}
}

// executableVersion identifies the running executable by its file: a
// rebuilt or upgraded brief is another file (another inode, time or size).
func executableVersion() ([16]byte, bool) {
	exe, err := os.Executable()
	if err != nil {
		return [16]byte{}, false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return [16]byte{}, false
	}
	k := briefings.FileKeyOf(fi)
	if !k.Known() {
		return [16]byte{}, false
	}
	h := sha256.New()
	h.Write([]byte(diskMagic))
	h.Write([]byte(exe))
	h.Write(binary.LittleEndian.AppendUint64(nil, k.Dev))
	h.Write(binary.LittleEndian.AppendUint64(nil, k.Ino))
	h.Write(binary.LittleEndian.AppendUint64(nil, uint64(k.Size)))
	h.Write(binary.LittleEndian.AppendUint64(nil, uint64(k.ModTime)))
	var v [16]byte
	copy(v[:], h.Sum(nil))
	return v, true
}

// workDir is the process's working directory: brief never changes it.
var workDir = sync.OnceValues(os.Getwd)

// absName is the absolute form of a briefing file's name, the key of its
// entry; "" when there is none.
func absName(name string) string {
	if filepath.IsAbs(name) {
		return filepath.Clean(name)
	}
	wd, err := workDir()
	if err != nil {
		return ""
	}
	return filepath.Join(wd, name)
}

// entryPath is the file of the entry for the briefing file abs.
func (d *DiskCache) entryPath(abs string) string {
	sum := sha256.Sum256([]byte(abs))
	name := hex.EncodeToString(sum[:16])
	return filepath.Join(d.dir, "items", name[:2], name[2:])
}

// load returns the items kept for the briefing file name, read under key
// as data; nil when there are none for those exact bytes. With data nil
// the file's key alone vouches for its bytes, as for ItemCache (the
// reader's search, which would otherwise read every file only to check
// it). A nil d holds nothing.
func (d *DiskCache) load(name string, key briefings.FileKey, data []byte) *briefingItems {
	if d == nil || !key.Known() {
		return nil
	}
	abs := absName(name)
	if abs == "" {
		return nil
	}
	p := d.entryPath(abs)
	raw, mod, err := readEntryFile(p)
	if err != nil {
		return nil
	}
	bi, err := decodeEntry(raw, d.version, abs, name, key, data)
	if err != nil {
		return nil
	}
	if time.Since(mod) > diskTouch {
		now := time.Now()
		_ = os.Chtimes(p, now, now) // used: kept from the trim
	}
	return bi
}

// fillMaxSize is the largest briefing Fill parses. A bigger one is left
// to the search that needs it: parsed in the background while the reader
// opened another big briefing, a 10 MB briefing of 100,000 actors took
// the reader's peak memory from 157 MB to 229 MB.
const fillMaxSize = 1 << 20

// Fill makes sure d holds the items of every briefing at paths of lib as
// its file is now (but those over fillMaxSize), parsing those it does
// not, one briefing at a time (one CPU), until ctx ends. It returns the
// number of briefings parsed. The local reader runs it in the background
// once its library is read, so that a library's first search finds them
// kept: at 10,000 briefings a word every briefing holds took 5 s to count
// when each had to be parsed.
func (d *DiskCache) Fill(ctx context.Context, lib *briefings.Library, paths []string) (parsed int) {
	if d == nil {
		return 0
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		// Checked by the file's key alone, without reading the file: a
		// launch over a kept library of 10,000 costs a stat and the head
		// of an entry per briefing. A file rewritten to the same key is
		// caught when a search reads it (load checks its bytes).
		if key, name, err := lib.Stat(p); err != nil || !key.Known() || key.Size > fillMaxSize || d.holds(name, key) {
			continue
		}
		data, name, key, err := lib.ReadKeyed(p)
		if err != nil || !key.Known() {
			continue
		}
		parsed++
		d.parse(p, name, key, data)
	}
	return parsed
}

// parse parses the bytes of the briefing file name (p in its library),
// read under key, into the items a search keeps, and keeps them in d (a
// nil d keeps nothing).
func (d *DiskCache) parse(p, name string, key briefings.FileKey, data []byte) *briefingItems {
	parses.Add(1)
	b, items, err := briefings.ParseItems(name, data)
	bi := newBriefingItems(p, b, items, err)
	d.store(name, key, data, bi)
	return bi
}

// holds reports whether d has an entry for the briefing file name made
// by this executable under key, reading only the head of the entry.
func (d *DiskCache) holds(name string, key briefings.FileKey) bool {
	abs := absName(name)
	if abs == "" {
		return false
	}
	f, err := os.Open(d.entryPath(abs))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(diskMagic)+16+binary.MaxVarintLen64*6+len(abs))
	n, _ := io.ReadFull(f, head)
	r := entryReader{b: head[:n]}
	return r.head(d.version, abs, key)
}

// readEntryFile reads an entry file whole, with its modification time.
func readEntryFile(p string) ([]byte, time.Time, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > diskMaxSize {
		return nil, time.Time{}, errors.New("not an entry")
	}
	raw := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, raw); err != nil {
		return nil, time.Time{}, err
	}
	return raw, fi.ModTime(), nil
}

// store keeps bi, the items of the briefing file name read under key as
// data, for the next process. Failures are ignored: the cache only saves
// work. A nil d keeps nothing.
func (d *DiskCache) store(name string, key briefings.FileKey, data []byte, bi *briefingItems) {
	if d == nil || !key.Known() || !bi.read {
		return
	}
	abs := absName(name)
	if abs == "" {
		return
	}
	raw, ok := encodeEntry(d.version, abs, name, key, data, bi)
	if !ok {
		return
	}
	d.trim.Do(d.trimUnused)
	p := d.entryPath(abs)
	// Written in place, not to a new file renamed over the old: on ext4 a
	// file created while thousands were just deleted (each rename deletes
	// the file it replaces) costs a scan of the inode table, and the
	// first grep after an upgrade spent 5-6 s of system time so. A reader
	// that catches an entry half written, or two writers' bytes mixed,
	// finds its length or checksum wrong and parses the briefing.
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if errors.Is(err, fs.ErrNotExist) {
		if os.MkdirAll(filepath.Dir(p), 0o700) == nil {
			f, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		}
	}
	if err != nil {
		return
	}
	_, werr := f.Write(raw)
	if cerr := f.Close(); werr != nil || cerr != nil {
		_ = os.Remove(p)
	}
}

// trimUnused removes, at most once a day, the entries unused for
// diskUnused (briefings removed, renamed or changed since) and temporary
// files left by a process that stopped while writing.
func (d *DiskCache) trimUnused() {
	stamp := filepath.Join(d.dir, "trimmed")
	if fi, err := os.Stat(stamp); err == nil && time.Since(fi.ModTime()) < diskTouch {
		return
	}
	now := time.Now()
	_ = filepath.WalkDir(filepath.Join(d.dir, "items"), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return nil
		}
		fi, err := e.Info()
		if err != nil {
			return nil
		}
		age := now.Sub(fi.ModTime())
		if age > diskUnused || (strings.HasPrefix(e.Name(), ".tmp-") && age > time.Hour) {
			_ = os.Remove(p)
		}
		return nil
	})
	_ = os.WriteFile(stamp, nil, 0o600)
	_ = os.Chtimes(stamp, now, now)
}

// An entry file is diskMagic, the executable's version, the briefing
// file's absolute path, key and CRC-32C, then the payload (the items, as
// briefingItems holds them) and its CRC-32C. Numbers are uvarints.

func encodeEntry(version [16]byte, abs, name string, key briefings.FileKey, data []byte, bi *briefingItems) ([]byte, bool) {
	var probs briefings.Problems
	if bi.err != nil && !errors.As(bi.err, &probs) {
		return nil, false // not a parse's problems: not kept
	}
	var pl []byte
	e := bi.entry
	pl = appendStrings(pl, e.Title, e.Date, e.Marking)
	pl = appendList(pl, e.Tags)
	pl = binary.AppendUvarint(pl, uint64(e.Sources))
	pl = appendList(pl, e.SourceTitles)
	pl = appendList(pl, e.Publishers)
	pl = binary.AppendUvarint(pl, uint64(len(probs)))
	for _, p := range probs {
		if p.File != name {
			return nil, false // named otherwise: kept only as a parse of this file names it
		}
		pl = appendStrings(pl, p.Msg)
		pl = binary.AppendUvarint(pl, uint64(p.Line))
		pl = appendBool(pl, p.Warning)
	}
	pl = appendList(pl, bi.titles)
	pl = appendList(pl, bi.panes)
	pl = appendStrings(pl, bi.text)
	pl = binary.AppendUvarint(pl, uint64(len(bi.refs)))
	for _, r := range bi.refs {
		pl = binary.AppendUvarint(pl, uint64(r.end))
		pl = binary.AppendUvarint(pl, uint64(r.line))
		pl = binary.AppendUvarint(pl, uint64(r.pane))
		pl = appendBool(pl, r.folded)
	}
	pl = appendStrings(pl, bi.keys.folded)
	pl = binary.AppendUvarint(pl, uint64(len(bi.keys.refs)))
	for _, r := range bi.keys.refs {
		pl = binary.AppendUvarint(pl, uint64(r.item))
		pl = binary.AppendUvarint(pl, uint64(r.end))
	}
	pl = binary.AppendUvarint(pl, uint64(bi.size))

	out := make([]byte, 0, len(pl)+len(abs)+96)
	out = append(out, diskMagic...)
	out = append(out, version[:]...)
	out = appendStrings(out, abs)
	out = appendKey(out, key)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(data, castagnoli))
	out = binary.AppendUvarint(out, uint64(len(pl)))
	out = append(out, pl...)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(pl, castagnoli))
	return out, true
}

func appendKey(b []byte, k briefings.FileKey) []byte {
	b = binary.AppendUvarint(b, k.Dev)
	b = binary.AppendUvarint(b, k.Ino)
	b = binary.AppendVarint(b, k.Size)
	b = binary.AppendVarint(b, k.ModTime)
	return binary.AppendVarint(b, k.Change)
}

func appendStrings(b []byte, ss ...string) []byte {
	for _, s := range ss {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

func appendList(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	return appendStrings(b, ss...)
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

var errEntry = errors.New("not an entry for these bytes")

// decodeEntry returns the items of raw, an entry file, if it was made by
// this executable (version) for the file abs read under key as data;
// the problems it holds are named name, as this search names the file.
func decodeEntry(raw []byte, version [16]byte, abs, name string, key briefings.FileKey, data []byte) (*briefingItems, error) {
	r := entryReader{b: raw}
	if !r.head(version, abs, key) {
		return nil, errEntry
	}
	if sum := r.u32(); data != nil && (key.Size != int64(len(data)) || sum != crc32.Checksum(data, castagnoli)) {
		return nil, errEntry
	}
	n := r.uint()
	pl := r.bytes(int(min(n, uint64(len(raw)))))
	if r.err != nil || uint64(len(pl)) != n || r.u32() != crc32.Checksum(pl, castagnoli) || r.err != nil || len(r.b) != 0 {
		return nil, errEntry
	}
	return decodePayload(pl, name)
}

// decodePayload reads encodeEntry's payload back into briefingItems,
// checking that every item lies within the text.
func decodePayload(pl []byte, name string) (*briefingItems, error) {
	r := entryReader{b: pl, keep: string(pl)}
	bi := &briefingItems{read: true}
	e := &bi.entry
	e.Title, e.Date, e.Marking = r.str(), r.str(), r.str()
	e.Tags = r.list()
	e.Sources = int(r.uint() & 0x7fffffff)
	e.SourceTitles = r.list()
	e.Publishers = r.list()
	var probs briefings.Problems
	for n := r.count(); n > 0 && r.err == nil; n-- {
		var p briefings.Problem
		// The problems are the file's own (encodeEntry keeps no others),
		// named as this search names the file.
		p.File, p.Msg = name, r.str()
		p.Line = int(r.uint() & 0x7fffffff)
		p.Warning = r.bool()
		probs = append(probs, p)
	}
	if len(probs) > 0 {
		bi.err = probs
	}
	bi.titles = r.list()
	bi.panes = r.list()
	bi.text = r.str()
	n := r.count()
	bi.refs = make([]itemRef, 0, n)
	for ; n > 0 && r.err == nil; n-- {
		ref := itemRef{end: r.i32(), line: r.i32(), pane: r.i32(), folded: r.bool()}
		if int(ref.end) > len(bi.text) || int(ref.pane) >= len(bi.panes) ||
			(len(bi.refs) > 0 && ref.end < bi.refs[len(bi.refs)-1].end) {
			return nil, errEntry
		}
		bi.refs = append(bi.refs, ref)
	}
	bi.keys.folded = r.str()
	for n := r.count(); n > 0 && r.err == nil; n-- {
		kr := keyRef{item: r.i32(), end: r.i32()}
		if int(kr.item) >= len(bi.refs) || int(kr.end) > len(bi.keys.folded) ||
			(len(bi.keys.refs) > 0 && (kr.end < bi.keys.refs[len(bi.keys.refs)-1].end || kr.item <= bi.keys.refs[len(bi.keys.refs)-1].item)) {
			return nil, errEntry
		}
		bi.keys.refs = append(bi.keys.refs, kr)
	}
	bi.size = int64(r.uint() & (1<<40 - 1))
	if r.err != nil || len(r.b) != 0 {
		return nil, errEntry
	}
	// The items cover the text, and the folded ones their folded text,
	// exactly: a search maps every offset in them to an item.
	if (len(bi.refs) == 0 && bi.text != "") || (len(bi.refs) > 0 && int(bi.refs[len(bi.refs)-1].end) != len(bi.text)) ||
		(len(bi.keys.refs) == 0 && bi.keys.folded != "") || (len(bi.keys.refs) > 0 && int(bi.keys.refs[len(bi.keys.refs)-1].end) != len(bi.keys.folded)) {
		return nil, errEntry
	}
	return bi, nil
}

// head reads an entry's head and reports whether it is this executable's
// (version) entry for the file abs under key.
func (r *entryReader) head(version [16]byte, abs string, key briefings.FileKey) bool {
	if string(r.bytes(len(diskMagic))) != diskMagic || !bytes.Equal(r.bytes(16), version[:]) || r.str() != abs {
		return false
	}
	dev, ino, size, mod, change := r.uint(), r.uint(), r.int(), r.int(), r.int()
	return r.err == nil && dev == key.Dev && ino == key.Ino && size == key.Size && mod == key.ModTime && change == key.Change
}

// entryReader reads an entry's fields, remembering the first error. Its
// strings are slices of keep, one copy of the payload.
type entryReader struct {
	b    []byte
	keep string
	err  error
}

func (r *entryReader) fail() { r.err, r.b = errEntry, nil }

func (r *entryReader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *entryReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *entryReader) int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *entryReader) i32() int32 {
	v := r.uint()
	if v > 1<<31-1 {
		r.fail()
		return 0
	}
	return int32(v)
}

// count reads a number of things that each take at least a byte.
func (r *entryReader) count() int {
	v := r.uint()
	if v > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *entryReader) bool() bool {
	b := r.bytes(1)
	if len(b) == 0 || b[0] > 1 {
		r.fail()
		return false
	}
	return b[0] == 1
}

func (r *entryReader) u32() uint32 {
	b := r.bytes(4)
	if len(b) < 4 {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *entryReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	if r.keep == "" {
		return string(r.bytes(n))
	}
	start := len(r.keep) - len(r.b)
	r.bytes(n)
	return r.keep[start : start+n]
}

func (r *entryReader) list() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, 0, n)
	for ; n > 0 && r.err == nil; n-- {
		ss = append(ss, r.str())
	}
	return ss
}
