package server

import (
	"fmt"
	"math/rand/v2"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/log/v2"
)

// Before authentication a connection costs the server a file descriptor, a
// goroutine and a key exchange, and anyone on the network can open one: so
// unauthenticated connections are limited the way OpenSSH's MaxStartups and
// PerSourcePenalties limit them, while logged-in sessions are limited only by
// MaxSessions and MaxSessionsPerKey (never by address: an office behind one
// NAT address, or everyone on a shared box, comes from one address).

// Startups is the MaxStartups-like limit on unauthenticated connections:
// from Start on, a new one is refused with probability Rate percent, rising
// linearly to 100 % at Full.
type Startups struct {
	Start, Rate, Full int
}

// defaultStartups is MaxStartups' shape (OpenSSH: 10:30:100) scaled to the
// server: as many logins as it holds sessions may be under way at once
// before random early drop starts, so that an office reconnecting after a
// restart all gets in, and three times that is the hard limit. Bare
// connections that send nothing do not count here (see startupGuard).
func defaultStartups(maxSessions int) Startups {
	return Startups{Start: maxSessions, Rate: 30, Full: 3 * maxSessions}
}

// String formats s as start:rate:full.
func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Rate, s.Full) }

// ParseStartups reads "start:rate:full" (or "full" alone, which refuses only
// beyond it), as sshd_config's MaxStartups.
func ParseStartups(v string) (Startups, error) {
	parts := strings.Split(v, ":")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 0 {
			return Startups{}, fmt.Errorf("max-startups %q: want start:rate:full, e.g. 10:30:100", v)
		}
		nums[i] = n
	}
	var s Startups
	switch len(nums) {
	case 1:
		s = Startups{Start: nums[0], Rate: 100, Full: nums[0]}
	case 3:
		s = Startups{Start: nums[0], Rate: nums[1], Full: nums[2]}
	default:
		return Startups{}, fmt.Errorf("max-startups %q: want start:rate:full, e.g. 10:30:100", v)
	}
	if s.Full < 1 || s.Start > s.Full || s.Rate > 100 {
		return Startups{}, fmt.Errorf("max-startups %q: need 1 <= full, start <= full and rate <= 100", v)
	}
	return s, nil
}

// Defaults of the other limits before authentication.
const (
	// DefaultHandshakeTimeout bounds the key exchange and authentication.
	DefaultHandshakeTimeout = 10 * time.Second
	// DefaultAuthPenalty is how long an address that keeps failing
	// authentication is refused.
	DefaultAuthPenalty = 30 * time.Second
	// authFailures failed connections from one address within
	// authFailureWindow earn it the penalty.
	authFailures      = 5
	authFailureWindow = time.Minute
	// summaryEvery is how often refusals are summarised in the log.
	summaryEvery = 10 * time.Second
)

// startupConn is one connection that has not authenticated yet.
type startupConn struct {
	g     *guardedConn
	addr  string
	since time.Time
	// spoke: its client's first bytes were seen waiting in the socket
	// before its goroutine read them, so it is not one to close as
	// silent.
	spoke bool
}

// connList is connections in arrival order, counted by address.
type connList struct {
	conns    []*startupConn
	bySource map[string]int
}

func (l *connList) add(sc *startupConn) {
	l.conns = append(l.conns, sc)
	l.bySource[sc.addr]++
}

// remove takes out g's entry, if there, and returns it.
func (l *connList) remove(g *guardedConn) *startupConn {
	for i, sc := range l.conns {
		if sc.g == g {
			l.conns = append(l.conns[:i], l.conns[i+1:]...)
			if l.bySource[sc.addr]--; l.bySource[sc.addr] <= 0 {
				delete(l.bySource, sc.addr)
			}
			return sc
		}
	}
	return nil
}

// oldest returns the first connection (from addr, if given), or nil.
func (l *connList) oldest(addr string) *startupConn {
	for _, sc := range l.conns {
		if addr == "" || sc.addr == addr {
			return sc
		}
	}
	return nil
}

// oldestSilent returns the first connection (from addr, if given) whose
// client has sent nothing, or the first of all if every client has. A
// connection stays on the silent list until its goroutine reads, and under
// load that can be well after a real client sent its version line (which
// it does the moment it connects): such a client must not be the one
// closed to make room for a flood's bare connections.
func (l *connList) oldestSilent(addr string) *startupConn {
	for _, sc := range l.conns {
		if addr != "" && sc.addr != addr || sc.spoke {
			continue
		}
		if hasBytesWaiting(sc.g.Conn) {
			sc.spoke = true
			continue
		}
		return sc
	}
	return l.oldest(addr)
}

// startupGuard admits or refuses connections before authentication.
//
// A connection is first silent: accepted, nothing received yet. A real
// client sends its version line as soon as it connects, so a connection
// that stays silent is the cheapest thing to give up: silent connections
// are capped (MaxStartups' full, in total and per address) by closing the
// oldest, never by refusing the newcomer, and a flood of bare connections
// can therefore not lock out a real login. When the first bytes arrive the
// connection is handshaking, and MaxStartups' random early drop decides
// whether it may go on; it stops counting once it has authenticated (or
// closed).
type startupGuard struct {
	limits    Startups
	perSource int // most unauthenticated connections from one address
	penalty   time.Duration
	log       *log.Logger
	rand      func() float64

	mu       sync.Mutex
	silent   connList
	pending  connList               // handshaking
	failures map[string][]time.Time // recent failed logins by address
	banned   map[string]time.Time   // address -> refused until
	// Since the last summary: refusals by reason and by address, silent
	// connections closed, failed logins.
	refused map[string]int
	bySrc   map[string]int
	evicted int
	failed  int
	summary *time.Timer
}

func newStartupGuard(limits Startups, perSource int, penalty time.Duration, l *log.Logger) *startupGuard {
	return &startupGuard{
		limits: limits, perSource: perSource, penalty: penalty, log: l, rand: rand.Float64,
		silent: connList{bySource: map[string]int{}}, pending: connList{bySource: map[string]int{}},
		failures: map[string][]time.Time{}, banned: map[string]time.Time{},
		refused: map[string]int{}, bySrc: map[string]int{},
	}
}

// hostOf is the address part of a remote address, the unit of the limits.
func hostOf(a net.Addr) string {
	if a == nil {
		return "unknown"
	}
	if host, _, err := net.SplitHostPort(a.String()); err == nil {
		return host
	}
	return a.String()
}

// admit takes a new connection as silent, making room by closing the
// oldest silent one if needed. It returns why it refuses the connection,
// or "" (only an address under penalty is refused here).
func (sg *startupGuard) admit(g *guardedConn, addr string, now time.Time) string {
	sg.mu.Lock()
	defer sg.mu.Unlock()
	if until, ok := sg.banned[addr]; ok {
		if now.Before(until) {
			sg.refusedLocked("auth penalty", addr)
			return "too many failed logins from your address; try again later"
		}
		delete(sg.banned, addr)
	}
	if sg.perSource > 0 && sg.silent.bySource[addr] >= sg.perSource {
		sg.evictLocked(sg.silent.oldestSilent(addr))
	}
	if len(sg.silent.conns) >= sg.limits.Full {
		sg.evictLocked(sg.silent.oldestSilent(""))
	}
	sg.silent.add(&startupConn{g: g, addr: addr, since: now})
	return ""
}

// evictLocked closes a silent connection to make room.
func (sg *startupGuard) evictLocked(sc *startupConn) {
	if sc == nil {
		return
	}
	sg.silent.remove(sc.g)
	sc.g.released.Store(true) // it no longer counts anywhere
	sg.evicted++
	sg.armSummaryLocked()
	go sc.g.Conn.Close() // its handshake fails and it goes away
}

// handshaking is called when a connection's first bytes arrive: it leaves
// the silent ones and is admitted to the handshake (returns "") or refused
// (returns why), MaxStartups-style.
func (sg *startupGuard) handshaking(g *guardedConn) string {
	sg.mu.Lock()
	defer sg.mu.Unlock()
	sc := sg.silent.remove(g)
	if sc == nil {
		return "" // evicted meanwhile: its Close is on its way
	}
	n := len(sg.pending.conns)
	switch {
	case sg.perSource > 0 && sg.pending.bySource[sc.addr] >= sg.perSource:
		sg.refusedLocked("per-address startups", sc.addr)
		return "too many connections being set up from your address; try again in a few seconds"
	case n >= sg.limits.Full:
		sg.refusedLocked("startups full", sc.addr)
		return "too many connections being set up; try again in a few seconds"
	case n >= sg.limits.Start:
		p := float64(sg.limits.Rate) / 100
		if sg.limits.Full > sg.limits.Start {
			p += (1 - p) * float64(n-sg.limits.Start) / float64(sg.limits.Full-sg.limits.Start)
		}
		if sg.rand() < p {
			sg.refusedLocked("startups early drop", sc.addr)
			return "too many connections being set up; try again in a few seconds"
		}
	}
	sg.pending.add(sc)
	return ""
}

// release stops counting a connection: it authenticated, or it closed.
// failedAuth says it closed after a key was refused, which counts towards
// the address's penalty.
func (sg *startupGuard) release(g *guardedConn, failedAuth bool, now time.Time) {
	sg.mu.Lock()
	defer sg.mu.Unlock()
	sc := sg.pending.remove(g)
	if sc == nil {
		sc = sg.silent.remove(g)
	}
	if !failedAuth {
		return
	}
	sg.failed++
	sg.armSummaryLocked()
	if sg.penalty <= 0 {
		return
	}
	addr := hostOf(g.RemoteAddr())
	if sc != nil {
		addr = sc.addr
	}
	recent := sg.failures[addr][:0]
	for _, t := range sg.failures[addr] {
		if now.Sub(t) < authFailureWindow {
			recent = append(recent, t)
		}
	}
	recent = append(recent, now)
	if len(recent) >= authFailures {
		delete(sg.failures, addr)
		sg.banned[addr] = now.Add(sg.penalty)
		sg.log.Warn("address refused after repeated failed logins", "remote", addr, "failures", len(recent), "for", sg.penalty)
		return
	}
	sg.failures[addr] = recent
}

// refusedLocked counts a refusal for the next summary.
func (sg *startupGuard) refusedLocked(reason, addr string) {
	sg.refused[reason]++
	sg.bySrc[addr]++
	sg.armSummaryLocked()
}

// armSummaryLocked schedules the next summary line; nothing runs while no
// connection is refused.
func (sg *startupGuard) armSummaryLocked() {
	if sg.summary == nil {
		sg.summary = time.AfterFunc(summaryEvery, sg.flushSummary)
	}
}

// flushSummary logs one line for every refusal since the last one.
func (sg *startupGuard) flushSummary() {
	sg.mu.Lock()
	defer sg.mu.Unlock()
	sg.summary = nil
	total := 0
	kv := []any{}
	for r, n := range sg.refused {
		total += n
		kv = append(kv, strings.ReplaceAll(r, " ", "_"), n)
	}
	top, topN := "", 0
	for a, n := range sg.bySrc {
		if n > topN {
			top, topN = a, n
		}
	}
	if total > 0 || sg.evicted > 0 || sg.failed > 0 {
		kv = append(kv, "refused", total, "silent_closed", sg.evicted, "failed_logins", sg.failed, "addresses", len(sg.bySrc), "top", top, "top_count", topN,
			"handshaking", len(sg.pending.conns), "silent", len(sg.silent.conns), "limits", sg.limits.String())
		sg.log.Warn("connections refused before authentication", kv...)
	}
	clear(sg.refused)
	clear(sg.bySrc)
	sg.evicted, sg.failed = 0, 0
	// Forget penalties that have run out.
	now := time.Now()
	for a, until := range sg.banned {
		if now.After(until) {
			delete(sg.banned, a)
		}
	}
	for a, ts := range sg.failures {
		if len(ts) == 0 || now.Sub(ts[len(ts)-1]) > authFailureWindow {
			delete(sg.failures, a)
		}
	}
}

// stop cancels a pending summary (at shutdown) after writing it.
func (sg *startupGuard) stop() {
	sg.mu.Lock()
	t := sg.summary
	sg.mu.Unlock()
	if t != nil && t.Stop() {
		sg.flushSummary()
	}
}
