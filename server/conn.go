package server

import (
	"net"
	"sync/atomic"
	"time"

	"charm.land/ssh"
)

// handshakeTimeout is how long a connection may take from accept to its
// first session (handshake and authentication included).
const handshakeTimeout = 20 * time.Second

// guardKey finds a connection's guard in its ssh.Context.
type guardKey struct{}

// guardedConn enforces the handshake timeout and an idle backstop for
// whole connections. charm.land/ssh has both (HandshakeTimeout,
// IdleTimeout) but its handshake deadline is written by the connection
// goroutine while the read loop reads it (a data race the race detector
// reports, which can leave the handshake deadline in force on a quiet
// session), so they are done here with a timer instead of read deadlines.
type guardedConn struct {
	net.Conn
	idle   time.Duration // 0: no idle backstop
	last   atomic.Int64  // UnixNano of the last read or write
	active atomic.Bool   // a session has started
	timer  *time.Timer
}

func guardConn(c net.Conn, handshake, idle time.Duration) *guardedConn {
	g := &guardedConn{Conn: c, idle: idle}
	g.last.Store(time.Now().UnixNano())
	g.timer = time.AfterFunc(handshake, g.check)
	return g
}

func (g *guardedConn) check() {
	if !g.active.Load() {
		g.Conn.Close() // no session within the handshake timeout
		return
	}
	if g.idle <= 0 {
		return
	}
	since := time.Since(time.Unix(0, g.last.Load()))
	if since >= g.idle {
		g.Conn.Close()
		return
	}
	g.timer.Reset(g.idle - since)
}

func (g *guardedConn) Read(p []byte) (int, error) {
	n, err := g.Conn.Read(p)
	if n > 0 {
		g.last.Store(time.Now().UnixNano())
	}
	return n, err
}

func (g *guardedConn) Write(p []byte) (int, error) {
	g.last.Store(time.Now().UnixNano())
	return g.Conn.Write(p)
}

func (g *guardedConn) Close() error {
	g.timer.Stop()
	return g.Conn.Close()
}

// markActive records that the connection got as far as a session.
func markActive(ctx ssh.Context) {
	if g, ok := ctx.Value(guardKey{}).(*guardedConn); ok {
		g.active.Store(true)
	}
}
