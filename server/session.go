package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"path"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/brief-team/brief/ui"
)

// Terminal sizes beyond these are clamped. Bubble Tea's renderer keeps
// cell buffers of width*height per session, about 220 bytes a cell
// (measured: a 1000x1000 session held 219 MiB), so a client claiming a huge
// window must not decide what the server allocates. 400x150 (13 MiB at
// most) is wider and taller than a 4K screen at a small font; beyond it the
// reader draws in the top-left corner of the window.
const (
	maxCols = 400
	maxRows = 150
)

// endReason says why the server, not the user, ended a session.
type endReason int32

const (
	endNone endReason = iota
	endIdle
	endShutdown
	endKeyRemoved // the key left authorized_keys
	endNoGrant    // the access file no longer names the key
)

// liveSession is one open reader, in the registry so that reloads,
// revocations and shutdown reach it.
type liveSession struct {
	prog   *tea.Program // nil until the program is built; guarded by registry.mu
	reason atomic.Int32 // endReason

	// Who the session is, to check it again when authorized_keys or the
	// access file changes.
	key         ssh.PublicKey
	fingerprint string
	log         *log.Logger
	// access is what the session may read now; revalidate replaces it.
	access atomic.Pointer[sessionAccess]
}

// sessionAccess is a session's grant (nil: everything, no access file).
type sessionAccess struct{ g *grant }

// end records why the server ends the session; only the first reason
// counts, and end reports whether it was this one.
func (ls *liveSession) end(r endReason) bool {
	return ls.reason.CompareAndSwap(int32(endNone), int32(r))
}

// allows reports whether the session's current grant covers a briefing.
func (ls *liveSession) allows(p, marking string, tags []string) bool {
	a := ls.access.Load()
	return a != nil && safePath(p) && a.g.allows(marking, tags)
}

// handle is the only session handler: it logs, refuses what the server does
// not offer, enforces limits, then runs the reader.
func (s *server) handle(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		markActive(sess.Context())
		start := time.Now()
		key := sess.PublicKey()
		fp, comment := s.identify(key)
		pty, _, hasPty := sess.Pty()
		l := s.log.With("remote", sess.RemoteAddr().String(), "user", sess.User(), "key", fp)
		if comment != "" {
			l = l.With("comment", comment)
		}
		l.Info("connect", "term", pty.Term, "width", pty.Window.Width, "height", pty.Window.Height, "client", sess.Context().ClientVersion())
		status := "closed"
		defer func() {
			if r := recover(); r != nil {
				// A panic outside the program (bubbletea catches its own);
				// the session ends, the server goes on.
				l.Error("panic in session", "panic", r, "stack", string(debug.Stack()))
				status = "panic"
				refuse(sess, "brief: internal error; this session is closed (the server is still up)")
			}
			l.Info("disconnect", "duration", time.Since(start).Round(time.Millisecond), "status", status)
		}()

		if cmd := sess.RawCommand(); cmd != "" {
			status = "exec refused"
			l.Warn("exec refused", "command_len", len(cmd))
			refuse(sess, "brief: commands are not allowed here; connect without one: "+howToConnect(sess))
			return
		}
		if !hasPty {
			status = "no pty"
			refuse(sess, "brief: the reader needs a terminal; connect with: "+howToConnect(sess))
			return
		}
		gen := s.accessGen.Load()
		g, ok := s.grantFor(fp, comment)
		if !ok {
			status = "no grant"
			refuse(sess, "brief: no briefing is granted to this key ("+fp+"); ask the operator to add it to the access file")
			return
		}
		ls := &liveSession{key: key, fingerprint: fp, log: l}
		ls.access.Store(&sessionAccess{g})
		if err := s.reg.add(ls); err != nil {
			status = err.Error()
			s.refuseAdd(sess, err)
			return
		}
		defer s.reg.remove(ls)
		if s.accessGen.Load() != gen {
			// authorized_keys or the access file changed while this
			// session was being set up: check it like the others.
			s.revalidate()
		}
		agent := false
		if ssh.AgentRequested(sess) {
			// The library has already said yes to the request; no agent
			// channel is ever opened, so the agent is never used. The
			// user is told when the reader ends: written before it, the
			// line races the reader's switch to the alternate screen
			// (stderr and stdout are separate channels) and may vanish
			// with it.
			l.Warn("agent forwarding refused")
			agent = true
		}

		env := sessionEnv{
			allow:      ls.allows,
			everything: g.everything(),
			opened:     func(p string) { l.Info("briefing opened", "path", p) },
		}
		err := s.runReader(sess, ls, env)
		if agent {
			wish.Errorf(sess, "brief: agent forwarding is disabled; your agent was not used\r\n")
		}
		status = s.sayEnd(sess, ls, err, l)
		next(sess)
	}
}

// identify names the session's key: its fingerprint and, when
// authorized_keys gives one, its comment, for the log and the access file.
func (s *server) identify(key ssh.PublicKey) (fp, comment string) {
	if key != nil {
		fp = gossh.FingerprintSHA256(key)
		if ak, ok := s.keys.lookup(key); ok {
			comment = ak.comment
		}
	}
	return fp, comment
}

// refuseAdd tells the user why the registry would not take the session.
func (s *server) refuseAdd(sess ssh.Session, err error) {
	switch {
	case errors.Is(err, errFull):
		refuse(sess, fmt.Sprintf("brief: server full (%d sessions open); try again later", s.cfg.MaxSessions))
	case errors.Is(err, errKeyFull):
		refuse(sess, fmt.Sprintf("brief: this key already has %d sessions open, the most allowed; close one first", s.cfg.MaxSessionsPerKey))
	default:
		refuse(sess, "brief: the server is shutting down; try again later")
	}
}

// sayEnd tells the user why the server ended the reader, when it did, and
// returns the status the disconnect line logs.
func (s *server) sayEnd(sess ssh.Session, ls *liveSession, err error, l *log.Logger) string {
	switch endReason(ls.reason.Load()) {
	case endShutdown:
		refuse(sess, "brief: the server is shutting down; goodbye")
		return "server shutdown"
	case endIdle:
		refuse(sess, fmt.Sprintf("brief: closed after %s without a keypress", s.cfg.IdleTimeout))
		return "idle"
	case endKeyRemoved:
		refuse(sess, "brief: your key was removed from authorized_keys; this session is closed")
		return "key removed"
	case endNoGrant:
		refuse(sess, "brief: no briefing is granted to this key any more; this session is closed")
		return "access withdrawn"
	default:
		if errors.Is(err, tea.ErrProgramPanic) {
			l.Error("reader panicked", "err", err)
			refuse(sess, "brief: the reader hit an internal error; this session is closed (the server is still up)")
			return "panic"
		} else if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
			l.Warn("reader ended with an error", "err", err)
			return "error"
		}
	}
	return "closed"
}

// grantFor returns what a key may read: nil (everything) without an access
// file, else the rules naming it; ok is false when none does.
func (s *server) grantFor(fingerprint, comment string) (*grant, bool) {
	if s.access == nil {
		return nil, true
	}
	return s.access.current().grantFor(fingerprint, comment)
}

// safePath accepts only slash-separated paths inside the library: a
// belt-and-braces check on top of the library, which never lists files
// outside its directory.
func safePath(p string) bool {
	if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || strings.ContainsRune(p, 0) {
		return false
	}
	c := path.Clean(p)
	return c == p && c != ".." && !strings.HasPrefix(c, "../")
}

// refuse writes one line to the client's stderr and ends the session with
// status 1.
func refuse(sess ssh.Session, msg string) {
	wish.Errorf(sess, "%s\r\n", msg)
	_ = sess.Exit(1)
}

// howToConnect is the command line a user should type, from the address
// they reached.
func howToConnect(sess ssh.Session) string {
	host, port := "HOST", "23234"
	if a, ok := sess.LocalAddr().(*net.TCPAddr); ok {
		port = fmt.Sprint(a.Port)
		if a.IP.IsLoopback() {
			host = "localhost"
		}
	}
	return fmt.Sprintf("ssh -t -p %s %s", port, host)
}

// runReader runs a fresh program on the session until the user quits, the
// server ends it, or the client goes away. It returns Run's error.
//
// This is what bm.MiddlewareWithProgramHandler does, plus what it cannot
// give: Run's error (to tell the client about a panic rather than only
// logging it to the global logger), clamped window sizes, coalesced resizes
// and the idle timer.
func (s *server) runReader(sess ssh.Session, ls *liveSession, env sessionEnv) error {
	pty, winch, _ := sess.Pty()
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()

	in := &activityReader{r: sess}
	w, h := clampSize(pty.Window.Width, pty.Window.Height)
	opts := append(bm.MakeOptions(sess),
		tea.WithInput(in),
		tea.WithContext(ctx),
		// The server handles SIGINT/SIGTERM once, for all sessions.
		tea.WithoutSignalHandler(),
		tea.WithWindowSize(w, h),
		// Only the last WithFilter counts: this one replaces wish's and
		// does its job too.
		tea.WithFilter(sessionFilter),
		// Frames every 8.3 ms instead of 16.7 ms halve the wait from a
		// key to its frame; an idle program parks its ticker, so this
		// costs nothing while nobody types.
		tea.WithFPS(120),
	)
	p := tea.NewProgram(s.app.newModel(env), opts...)
	if !s.reg.setProgram(ls, p) {
		return nil
	}
	if d := s.cfg.IdleTimeout; d > 0 {
		t := time.AfterFunc(d, func() { ls.end(endIdle); p.Quit() })
		// Bubble Tea's input goroutine can outlive Run by a read; it must
		// not re-arm the timer then, or the timer would keep the finished
		// program alive (and in memory) for another IdleTimeout.
		var (
			mu      sync.Mutex
			stopped bool
		)
		in.onRead = func() {
			mu.Lock()
			if !stopped {
				t.Reset(d)
			}
			mu.Unlock()
		}
		defer func() {
			mu.Lock()
			stopped = true
			t.Stop()
			mu.Unlock()
		}()
	}
	go forwardResizes(ctx, winch, p)
	final, err := p.Run()
	p.Kill()
	if m, ok := final.(*ui.Model); ok {
		m.Close() // renders still running end with the session
	}
	if m, ok := final.(*ui.Model); ok && m.Crashed() != nil {
		// The reader caught its own panic: end the session as Bubble
		// Tea's panic handling would, with the stack in the server's log.
		c := m.Crashed()
		s.log.Error("reader crashed", "err", c.Value, "stack", string(c.Stack))
		return fmt.Errorf("%w: %s", tea.ErrProgramPanic, c.Value)
	}
	return err
}

// forwardResizes turns the client's window-change requests into
// WindowSizeMsg. A storm of resizes is coalesced: only the latest size
// waiting in the channel is sent.
func forwardResizes(ctx context.Context, winch <-chan ssh.Window, p *tea.Program) {
	for {
		var win ssh.Window
		select {
		case <-ctx.Done():
			return
		case w, ok := <-winch:
			if !ok {
				return
			}
			win = w
		}
	drain:
		for {
			select {
			case w, ok := <-winch:
				if !ok {
					break drain
				}
				win = w
			default:
				break drain
			}
		}
		w, h := clampSize(win.Width, win.Height)
		p.Send(tea.WindowSizeMsg{Width: w, Height: h})
	}
}

// sessionFilter sees every message before the model does. It clamps every
// WindowSizeMsg, whatever its origin: pty-req and window-change are clamped
// on the way in, but Bubble Tea also decodes a resize report typed on the
// input (CSI 8;rows;cols t) into a WindowSizeMsg, and the renderer sizes its
// buffers from whatever the model is sent. It also does what wish's own
// filter does (its WithFilter is replaced by this one): a session cannot
// suspend the server's process, so ctrl+z resumes at once.
func sessionFilter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		msg.Width, msg.Height = clampSize(msg.Width, msg.Height)
		return msg
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	return msg
}

// clampSize keeps a window between 1x1 (RFC 4254: zero means unknown, so
// 80x24) and maxCols x maxRows.
func clampSize(w, h int) (int, int) {
	if w <= 0 {
		w = 80
	}
	if h <= 0 {
		h = 24
	}
	return min(w, maxCols), min(h, maxRows)
}

// activityReader calls onRead after every read that returned bytes: input
// from the client is what keeps a session from going idle (output does not,
// so a live reload cannot keep an abandoned session open).
type activityReader struct {
	r      io.Reader
	onRead func()
}

func (a *activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 && a.onRead != nil {
		a.onRead()
	}
	return n, err
}
