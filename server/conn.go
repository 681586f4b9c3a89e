package server

import (
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync/atomic"
	"time"

	"charm.land/ssh"
)

// guardKey finds a connection's guard in its ssh.Context.
type guardKey struct{}

// guardedConn enforces the handshake timeout and an idle backstop for
// whole connections. charm.land/ssh has both (HandshakeTimeout,
// IdleTimeout) but its handshake deadline is written by the connection
// goroutine while the read loop reads it (a data race the race detector
// reports, which can leave the handshake deadline in force on a quiet
// session), so they are done here with a timer instead of read deadlines.
//
// It also tells the startup guard (nil in unit tests) when the connection
// stops counting as unauthenticated.
type guardedConn struct {
	net.Conn
	idle   time.Duration // 0: no idle backstop
	last   atomic.Int64  // UnixNano of the last read or write
	active atomic.Bool   // a session has started
	timer  *time.Timer

	startups   *startupGuard
	heard      atomic.Bool // a byte has arrived from the client
	authed     atomic.Bool // authentication succeeded
	keyRefused atomic.Bool // a key was offered and refused
	released   atomic.Bool // the startup guard no longer counts it
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
		if !g.heard.Load() {
			g.heard.Store(true)
			if g.startups != nil {
				if why := g.startups.handshaking(g); why != "" {
					g.timer.Stop()
					refuseConn(g.Conn, why, true)
					g.release(false)
					return 0, errRefused
				}
			}
		}
	}
	return n, err
}

func (g *guardedConn) Write(p []byte) (int, error) {
	g.last.Store(time.Now().UnixNano())
	return g.Conn.Write(p)
}

func (g *guardedConn) Close() error {
	g.timer.Stop()
	g.release(!g.authed.Load() && g.keyRefused.Load())
	return g.Conn.Close()
}

// release tells the startup guard, once, that the connection is no longer
// an unauthenticated one.
func (g *guardedConn) release(failedAuth bool) {
	if g.startups != nil && g.released.CompareAndSwap(false, true) {
		g.startups.release(g, failedAuth, time.Now())
	}
}

// errRefused ends the handshake of a connection the startup guard refused.
var errRefused = errors.New("refused before authentication")

// refuseConn tells a client in one line why it is refused, as an SSH
// disconnect message before key exchange (OpenSSH prints "Received
// disconnect from HOST: 12: brief: ..."; text before the version line it
// would only show with -v), and closes the connection gracefully: a close
// with the client's bytes unread would reset it and lose the message.
// versionSent says the server's version line is out already.
func refuseConn(c net.Conn, why string, versionSent bool) {
	_ = c.SetDeadline(time.Now().Add(250 * time.Millisecond))
	var b []byte
	if !versionSent {
		b = append(b, "SSH-2.0-brief\r\n"...)
	}
	b = append(b, disconnectPacket(sshDisconnectTooManyConnections, "brief: "+why)...)
	_, _ = c.Write(b)
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
		_, _ = io.Copy(io.Discard, io.LimitReader(c, 64<<10))
	}
	_ = c.Close()
}

// sshDisconnectTooManyConnections is SSH_DISCONNECT_TOO_MANY_CONNECTIONS.
const sshDisconnectTooManyConnections = 12

// disconnectPacket is an unencrypted SSH_MSG_DISCONNECT packet (RFC 4253
// 6 and 11.1), which a client accepts before key exchange.
func disconnectPacket(reason uint32, msg string) []byte {
	payload := []byte{1} // SSH_MSG_DISCONNECT
	payload = binary.BigEndian.AppendUint32(payload, reason)
	payload = binary.BigEndian.AppendUint32(payload, uint32(len(msg)))
	payload = append(payload, msg...)
	payload = binary.BigEndian.AppendUint32(payload, 0) // language tag
	pad := 8 - (5+len(payload))%8
	if pad < 4 {
		pad += 8
	}
	pkt := binary.BigEndian.AppendUint32(nil, uint32(1+len(payload)+pad))
	pkt = append(pkt, byte(pad))
	pkt = append(pkt, payload...)
	return append(pkt, make([]byte, pad)...)
}

// markAuthenticated records that the connection got past authentication
// (it opened a channel or sent a global request, which SSH allows only
// after it).
func markAuthenticated(ctx ssh.Context) {
	if g, ok := ctx.Value(guardKey{}).(*guardedConn); ok && g.authed.CompareAndSwap(false, true) {
		g.release(false)
	}
}

// markKeyRefused records that the client offered a key that was refused.
func markKeyRefused(ctx ssh.Context) {
	if g, ok := ctx.Value(guardKey{}).(*guardedConn); ok {
		g.keyRefused.Store(true)
	}
}

// markActive records that the connection got as far as a session.
func markActive(ctx ssh.Context) {
	if g, ok := ctx.Value(guardKey{}).(*guardedConn); ok {
		g.active.Store(true)
	}
}
