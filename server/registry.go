package server

import (
	"errors"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// registry holds the open sessions: it enforces MaxSessions, broadcasts
// reloads and ends everyone at shutdown.
type registry struct {
	mu      sync.Mutex
	max     int
	perKey  int // < 0: no limit per key
	closing bool
	live    map[*liveSession]struct{}
	byKey   map[string]int // open sessions per key fingerprint
	empty   chan struct{}  // closed and replaced when live becomes empty
}

var (
	errFull    = errors.New("server full")
	errKeyFull = errors.New("too many sessions for this key")
	errClosing = errors.New("server shutting down")
)

func newRegistry(max, perKey int) *registry {
	return &registry{max: max, perKey: perKey, live: map[*liveSession]struct{}{}, byKey: map[string]int{}}
}

func (r *registry) add(ls *liveSession) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return errClosing
	}
	if len(r.live) >= r.max {
		return errFull
	}
	if r.perKey >= 0 && r.byKey[ls.fingerprint] >= r.perKey {
		return errKeyFull
	}
	r.live[ls] = struct{}{}
	r.byKey[ls.fingerprint]++
	return nil
}

// snapshot returns the open sessions.
func (r *registry) snapshot() []*liveSession {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*liveSession, 0, len(r.live))
	for ls := range r.live {
		out = append(out, ls)
	}
	return out
}

// send gives one session's program a message, without waiting for it.
func (r *registry) send(ls *liveSession, msg tea.Msg) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p := ls.prog; p != nil {
		go p.Send(msg)
	}
}

// quit asks one session's program to end. A session whose program is not
// built yet ends as soon as it is (setProgram sees its reason).
func (r *registry) quit(ls *liveSession) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p := ls.prog; p != nil {
		go p.Quit()
	}
}

// setProgram records the session's program; false means the server began
// shutting down meanwhile and the program must not start.
func (r *registry) setProgram(ls *liveSession, p *tea.Program) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		ls.end(endShutdown)
		return false
	}
	if endReason(ls.reason.Load()) != endNone {
		return false // revoked while it was starting
	}
	ls.prog = p
	return true
}

func (r *registry) remove(ls *liveSession) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.live[ls]; ok {
		delete(r.live, ls)
		if r.byKey[ls.fingerprint]--; r.byKey[ls.fingerprint] <= 0 {
			delete(r.byKey, ls.fingerprint)
		}
	}
	if len(r.live) == 0 && r.empty != nil {
		close(r.empty)
		r.empty = nil
	}
}

func (r *registry) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.live)
}

// broadcast sends msg to every running program. Each Send gets its own
// goroutine: Send blocks until that program's event loop takes the message,
// and one busy session must not hold up the others.
func (r *registry) broadcast(msg tea.Msg) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for ls := range r.live {
		if p := ls.prog; p != nil {
			go p.Send(msg)
		}
	}
}

// closeAll refuses new sessions and asks every open one to end.
func (r *registry) closeAll() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closing = true
	for ls := range r.live {
		ls.end(endShutdown)
		if p := ls.prog; p != nil {
			go p.Quit()
		}
	}
}

// waitEmpty returns when no session is open or at deadline.
func (r *registry) waitEmpty(deadline time.Time) bool {
	r.mu.Lock()
	if len(r.live) == 0 {
		r.mu.Unlock()
		return true
	}
	if r.empty == nil {
		r.empty = make(chan struct{})
	}
	ch := r.empty
	r.mu.Unlock()
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}
