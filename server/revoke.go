package server

import (
	"context"
	"path/filepath"
	"reflect"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Revocation reaches open sessions: when authorized_keys or the access file
// changes, every open session is checked again. A session whose key left
// authorized_keys, or that the access file no longer names, ends with one
// line; a session whose grant changed gets the new grant at once (a
// narrowed one closes the briefings it no longer covers).

// revalidateDebounce lets an editor's burst of writes and renames settle
// before the files are read again.
const revalidateDebounce = 150 * time.Millisecond

// watchAccessFiles calls revalidate after each change to authorized_keys or
// the access file, until ctx is done. It watches the files' directories, not
// the files, since editors and config tools replace a file by renaming a new
// one over it.
func (s *server) watchAccessFiles(ctx context.Context) {
	targets := map[string]bool{}
	dirs := map[string]bool{}
	for _, f := range []string{s.cfg.AuthorizedKeys, s.cfg.AccessFile} {
		if f == "" {
			continue
		}
		names := []string{f}
		if real, err := filepath.EvalSymlinks(f); err == nil && real != f {
			names = append(names, real) // a link: its target changes
		}
		for _, n := range names {
			if abs, err := filepath.Abs(n); err == nil {
				targets[abs] = true
				dirs[filepath.Dir(abs)] = true
			}
		}
	}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		defer w.Close()
		for d := range dirs {
			if e := w.Add(d); e != nil {
				err = e
				break
			}
		}
	}
	if err != nil {
		// Without notifications, look every 2 s: still within the 5 s
		// an operator is promised.
		s.log.Warn("cannot watch authorized_keys and the access file; checking them every 2 s", "err", err)
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				s.revalidate()
			}
		}
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if abs, err := filepath.Abs(ev.Name); err == nil && targets[abs] {
				timer.Reset(revalidateDebounce)
			}
		case _, ok := <-w.Errors:
			if !ok {
				return
			}
			timer.Reset(revalidateDebounce) // events lost: check anyway
		case <-timer.C:
			s.revalidate()
		}
	}
}

// confirmEnd is how long a key's removal must last before its sessions are
// ended: a file rewritten in place (truncated, then written) is briefly
// short of keys, and ending a session cannot be undone. Meanwhile the
// session may read nothing.
const confirmEnd = time.Second

// revalidate checks every open session against authorized_keys and the
// access file as they are now.
func (s *server) revalidate() {
	s.accessGen.Add(1)
	s.revalidateMu.Lock()
	defer s.revalidateMu.Unlock()
	live := s.reg.snapshot()
	doomed := make(map[*liveSession]endReason, len(s.doomed))
	for _, ls := range live {
		ak, known := s.keys.lookup(ls.key)
		var (
			g  *grant
			ok bool
			r  = endNone
		)
		if !known && !s.cfg.Anyone {
			r = endKeyRemoved
		} else if g, ok = s.grantFor(ls.fingerprint, ak.comment); !ok {
			r = endNoGrant
		}
		if r != endNone {
			if s.doomed[ls] == r {
				// Seen twice, confirmEnd apart: end it.
				if ls.end(r) {
					if r == endKeyRemoved {
						ls.log.Warn("session ended: key removed from authorized_keys")
					} else {
						ls.log.Warn("session ended: the access file no longer grants this key anything")
					}
					s.reg.quit(ls)
				}
				continue
			}
			doomed[ls] = r
			g = &grant{} // nothing, until it ends or comes back
		}
		if old := ls.access.Load(); old != nil && sameGrant(old.g, g) {
			continue
		}
		ls.access.Store(&sessionAccess{g})
		ls.log.Info("access changed for an open session", "everything", g.everything(), "revoked", r != endNone)
		s.reg.send(ls, s.app.accessChanged(g.everything()))
	}
	s.doomed = doomed
	if len(doomed) > 0 {
		time.AfterFunc(confirmEnd, s.revalidate)
	}
}

// sameGrant reports whether two grants allow the same briefings (the rules'
// lines in the file do not count).
func sameGrant(a, b *grant) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	strip := func(g *grant) []grantRule {
		rs := make([]grantRule, len(g.rules))
		for i, r := range g.rules {
			r.line = 0
			rs[i] = r
		}
		return rs
	}
	return reflect.DeepEqual(strip(a), strip(b))
}
