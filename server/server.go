// Package server serves the brief reader over SSH: every connection gets its
// own reader (a fresh ui model) on the same library, limited to the briefings
// its key is granted.
//
// Built on charm.land/wish/v2. Authentication is by public key only, against
// an authorized_keys file; there is no shell, exec, subsystem, or port or
// agent forwarding.
package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// Defaults applied by Run to zero Config fields.
const (
	DefaultListen            = "127.0.0.1:23234"
	DefaultIdleTimeout       = 30 * time.Minute
	DefaultMaxSessions       = 100
	DefaultMaxSessionsPerKey = 10
	DefaultShutdownTimeout   = 10 * time.Second
)

// Config says how to serve. The zero value serves the shipped library on
// 127.0.0.1:23234 to the keys in ~/.ssh/authorized_keys.
type Config struct {
	// Listen is the TCP address; default 127.0.0.1:23234. Anything wider
	// is the operator's explicit choice.
	Listen string
	// HostKeyPath is the server's ed25519 key, created (mode 0600) on first
	// start; default $XDG_DATA_HOME/brief/ssh_host_ed25519_key
	// (~/.local/share/brief/... when unset).
	HostKeyPath string
	// AuthorizedKeys lists the keys that may connect, in OpenSSH format;
	// default ~/.ssh/authorized_keys. Re-read when it changes.
	AuthorizedKeys string
	// LibraryDir is the directory of briefings, watched for changes; ""
	// serves the briefings built into brief.
	LibraryDir string
	// AccessFile maps keys to the briefings they may read (YAML, see the
	// package README); "" lets every authenticated key read everything.
	AccessFile string
	// Anyone accepts any public key (read-only, like every session); keys
	// in AuthorizedKeys still get their comment for the access file.
	Anyone bool
	// IdleTimeout closes a session after this long without a keypress;
	// 0 means 30 minutes, negative means never.
	IdleTimeout time.Duration
	// MaxSessions is how many sessions may be open at once; newcomers
	// beyond it are told the server is full. 0 means 100.
	MaxSessions int
	// MaxSessionsPerKey is how many sessions one key may have open at
	// once; 0 means 10, negative means no limit but MaxSessions.
	MaxSessionsPerKey int
	// MaxStartups limits connections that are handshaking and have not
	// authenticated yet, as sshd's MaxStartups; the zero value means
	// MaxSessions:30:3*MaxSessions (100:30:300).
	MaxStartups Startups
	// MaxStartupsPerSource caps unauthenticated connections from one
	// address; 0 means MaxStartups.Full (no cap of its own).
	MaxStartupsPerSource int
	// HandshakeTimeout bounds key exchange and authentication (and the
	// wait for the first session); 0 means 10 s.
	HandshakeTimeout time.Duration
	// AuthPenalty is how long an address is refused after 5 failed
	// logins within a minute; 0 means 30 s, negative disables it.
	AuthPenalty time.Duration
	// Trace keeps Bubble Tea's debug output (TEA_TRACE frame logs,
	// TEA_DEBUG panic files) when the environment asks for it. Off, the
	// server removes those variables: frames carry briefing content.
	Trace bool
	// Logger receives connection logs (never briefing content); nil means
	// log.Default().
	Logger *log.Logger

	// ShutdownTimeout bounds how long Run waits for sessions to close after
	// ctx is done; 0 means 10 s. (Added.)
	ShutdownTimeout time.Duration
	// Ready, if set, is called with the listening address once the server
	// accepts connections (useful with Listen "127.0.0.1:0"). (Added.)
	Ready func(addr net.Addr)
}

// app is what sessions run: the reader over a library in production, a small
// model in tests of the SSH plumbing.
type app interface {
	// newModel builds a fresh model for one session.
	newModel(env sessionEnv) tea.Model
	// watch blocks until ctx is done, calling broadcast with the message
	// every open session must get when the library changes. It may return
	// at once when there is nothing to watch.
	watch(ctx context.Context, log *log.Logger, broadcast func(tea.Msg)) error
	// accessChanged is the message that tells a session's model its grant
	// changed (its sessionEnv.allow already answers with the new one);
	// everything is the new grant's sessionEnv.everything.
	accessChanged(everything bool) tea.Msg
}

// sessionEnv is what a session's model needs to know about its client.
type sessionEnv struct {
	// allow reports whether the session's grant covers a briefing.
	allow func(path, marking string, tags []string) bool
	// everything is set when the grant covers every briefing: only then
	// may the session see the names of files the library could not read.
	everything bool
	// opened is called with the library path of each briefing the session
	// opens, for the log.
	opened func(path string)
}

// server is one running Run.
type server struct {
	cfg    Config
	log    *log.Logger
	app    app
	keys   *keyring      // nil only with Anyone and no authorized_keys file
	access *accessPolicy // nil: everyone reads everything
	guard  *startupGuard
	reg    *registry
	ssh    *ssh.Server

	// accessGen counts revalidations, so that a session set up while one
	// ran can tell and check itself; revalidateMu runs one at a time.
	accessGen    atomic.Uint64
	revalidateMu sync.Mutex
	// doomed are the sessions the last revalidation found revoked, to end
	// if the next one still does; guarded by revalidateMu.
	doomed map[*liveSession]endReason
}

func withDefaults(cfg Config) (Config, error) {
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.HostKeyPath == "" {
		p, err := defaultHostKeyPath()
		if err != nil {
			return cfg, err
		}
		cfg.HostKeyPath = p
	}
	if cfg.AuthorizedKeys == "" {
		p, err := defaultAuthorizedKeys()
		if err != nil {
			return cfg, err
		}
		cfg.AuthorizedKeys = p
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.MaxSessionsPerKey == 0 {
		cfg.MaxSessionsPerKey = DefaultMaxSessionsPerKey
	}
	if cfg.MaxStartups == (Startups{}) {
		cfg.MaxStartups = defaultStartups(cfg.MaxSessions)
	}
	if cfg.MaxStartupsPerSource <= 0 {
		cfg.MaxStartupsPerSource = cfg.MaxStartups.Full
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if cfg.AuthPenalty == 0 {
		cfg.AuthPenalty = DefaultAuthPenalty
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Default()
	}
	return cfg, nil
}

// run is Run with the session model supplied by the caller.
func run(ctx context.Context, cfg Config, a app) error {
	cfg, err := withDefaults(cfg)
	if err != nil {
		return err
	}
	s := &server{cfg: cfg, log: cfg.Logger, app: a, reg: newRegistry(cfg.MaxSessions, cfg.MaxSessionsPerKey)}
	s.debugOutput()
	if err := s.setup(); err != nil {
		return err
	}

	ln, err := new(net.ListenConfig).Listen(ctx, "tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Listen, err)
	}
	s.log.Info("serving briefings over SSH", "addr", ln.Addr().String())
	serveErr := make(chan error, 1)
	go func() { serveErr <- s.ssh.Serve(ln) }()

	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go func() {
		if err := s.app.watch(watchCtx, s.log, s.reg.broadcast); err != nil && watchCtx.Err() == nil {
			s.log.Error("live reload stopped", "err", err)
		}
	}()
	go s.watchAccessFiles(watchCtx)
	if cfg.Ready != nil {
		cfg.Ready(ln.Addr())
	}

	select {
	case err := <-serveErr:
		// The listener failed on its own: nothing more will connect, so
		// close what is open and report it.
		s.shutdown()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.shutdown()
	<-serveErr
	return nil
}

// debugVars are Bubble Tea's debug switches, read from the server's
// environment by every program: TEA_TRACE writes every frame (the briefing
// on screen) to a file, TEA_DEBUG writes panic values and stacks to files
// in the working directory.
var debugVars = []string{"TEA_TRACE", "TEA_DEBUG"}

// debugOutput removes Bubble Tea's debug switches from the environment
// unless Config.Trace keeps them: on a server they would copy what every
// remote user reads into files on the server.
func (s *server) debugOutput() {
	for _, v := range debugVars {
		val, ok := os.LookupEnv(v)
		if !ok {
			continue
		}
		if s.cfg.Trace {
			s.log.Warn(v+" is set and --trace keeps it: Bubble Tea's debug output will hold what sessions show, briefing content included", "value", val)
			continue
		}
		_ = os.Unsetenv(v)
		s.log.Warn(v + " ignored: its output would hold briefing content; pass --trace to keep it")
	}
}

// setup loads keys, access rules and the host key and builds the SSH server;
// every error here stops Run before it listens.
func (s *server) setup() error {
	cfg := s.cfg
	if err := s.loadKeys(); err != nil {
		return err
	}
	s.guard = newStartupGuard(cfg.MaxStartups, cfg.MaxStartupsPerSource, cfg.AuthPenalty, s.log)
	signer, err := s.hostKey()
	if err != nil {
		return err
	}
	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		wish.WithVersion("brief"),
		wish.WithPublicKeyAuth(s.authorize),
		wish.WithMiddleware(s.handle),
		s.configure(signer),
	}
	s.ssh, err = wish.NewServer(opts...)
	if err != nil {
		return fmt.Errorf("ssh server: %w", err)
	}
	return nil
}

// loadKeys loads authorized_keys (none with --anyone, when unreadable)
// and the access file, and logs what is wrong with them.
func (s *server) loadKeys() error {
	cfg := s.cfg
	var err error
	s.keys, err = loadKeyring(cfg.AuthorizedKeys, func(set keySet, err error) {
		if err != nil {
			s.log.Warn("authorized keys unreadable: no key is authorized until it is fixed", "file", cfg.AuthorizedKeys, "err", err)
			return
		}
		s.log.Info("authorized keys re-read", "file", cfg.AuthorizedKeys, "keys", len(set.byWire))
		for _, p := range set.problems {
			s.log.Warn(p)
		}
	})
	if err != nil {
		if !cfg.Anyone {
			return err
		}
		s.keys = nil
	} else {
		for _, p := range s.keys.set.problems {
			s.log.Warn(p)
		}
	}
	if cfg.Anyone {
		s.log.Warn("--anyone: any SSH key may connect and read (read-only); use an access file to limit what unknown keys see")
	}
	if cfg.AccessFile != "" {
		s.access, err = loadAccess(cfg.AccessFile, func(err error) { s.log.Error("access file", "err", err) })
		if err != nil {
			return err
		}
		if !cfg.Anyone {
			for _, w := range s.access.file.unknownKeys(filepath.Base(cfg.AccessFile), s.keys.all()) {
				s.log.Warn(w)
			}
		}
	}
	return nil
}

// hostKey loads the host key, or creates it on first start, and logs its
// fingerprint.
func (s *server) hostKey() (gossh.Signer, error) {
	cfg := s.cfg
	signer, created, warn, err := loadOrCreateHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	if warn != "" {
		s.log.Warn(warn)
	}
	fp := gossh.FingerprintSHA256(signer.PublicKey())
	if created {
		s.log.Info("created host key", "file", cfg.HostKeyPath, "fingerprint", fp)
	} else {
		s.log.Info("host key", "file", cfg.HostKeyPath, "fingerprint", fp)
	}
	return signer, nil
}

// configure sets what wish has no option for: the host key, the guard on
// every connection, and the refusal of every channel, request and
// subsystem but a session.
func (s *server) configure(signer gossh.Signer) ssh.Option {
	cfg := s.cfg
	return func(srv *ssh.Server) error {
		srv.AddHostKey(signer)
		// A connection gets HandshakeTimeout to reach a session; after
		// that one with no traffic at all is cut a minute after the
		// idle timeout (sessions end at the idle timeout by themselves).
		var backstop time.Duration
		if cfg.IdleTimeout > 0 {
			backstop = cfg.IdleTimeout + time.Minute
		}
		srv.ConnCallback = func(ctx ssh.Context, c net.Conn) net.Conn {
			g := guardConn(c, cfg.HandshakeTimeout, backstop)
			g.startups = s.guard
			if why := s.guard.admit(g, hostOf(c.RemoteAddr()), time.Now()); why != "" {
				g.timer.Stop()
				refuseConn(c, why, false)
				return nil
			}
			ctx.SetValue(guardKey{}, g)
			return g
		}
		authed := func(h ssh.ChannelHandler) ssh.ChannelHandler {
			return func(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
				markAuthenticated(ctx)
				h(srv, conn, ch, ctx)
			}
		}
		srv.ChannelHandlers = map[string]ssh.ChannelHandler{
			"session":                        authed(ssh.DefaultSessionHandler),
			"direct-tcpip":                   authed(s.refuseChannel),
			"direct-streamlocal@openssh.com": authed(s.refuseChannel),
			"default": authed(func(_ *ssh.Server, _ *gossh.ServerConn, ch gossh.NewChannel, _ ssh.Context) {
				_ = ch.Reject(gossh.UnknownChannelType, "unsupported channel type")
			}),
		}
		// No global request handlers: tcpip-forward (ssh -R) and
		// streamlocal-forward get "request failed", which OpenSSH
		// reports as one line.
		srv.RequestHandlers = map[string]ssh.RequestHandler{"default": s.refuseRequest}
		srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{"default": s.refuseSubsystem}
		// Failed handshakes are counted in the startup guard's
		// summary, not logged one by one: a flood must not flood
		// the log.
		srv.ConnectionFailedCallback = func(conn net.Conn, err error) {
			s.log.Debug("connection failed", "remote", remoteString(conn), "err", err)
		}
		return nil
	}
}

func remoteString(conn net.Conn) string {
	if conn == nil || conn.RemoteAddr() == nil {
		return "unknown"
	}
	return conn.RemoteAddr().String()
}

// authorize is the public-key callback: keys in authorized_keys, or any key
// with Anyone. Password and keyboard-interactive have no handler at all, so
// the server never offers them.
func (s *server) authorize(ctx ssh.Context, key ssh.PublicKey) bool {
	if _, ok := s.keys.lookup(key); ok {
		return true
	}
	if s.cfg.Anyone {
		return true
	}
	markKeyRefused(ctx)
	s.log.Warn("key refused", "remote", ctx.RemoteAddr().String(), "user", ctx.User(), "key", gossh.FingerprintSHA256(key))
	return false
}

// refuseChannel rejects port forwarding channels (ssh -L, -W, -D).
func (s *server) refuseChannel(_ *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, _ ssh.Context) {
	s.log.Warn("port forwarding refused", "remote", conn.RemoteAddr().String(), "type", ch.ChannelType())
	_ = ch.Reject(gossh.Prohibited, "brief: port forwarding is disabled on this server")
}

// refuseRequest answers every global request (ssh -R) with a failure.
func (s *server) refuseRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	markAuthenticated(ctx)
	if req.Type == "tcpip-forward" || req.Type == "streamlocal-forward@openssh.com" {
		s.log.Warn("remote forwarding refused", "remote", ctx.RemoteAddr().String(), "type", req.Type)
	}
	return false, nil
}

// refuseSubsystem ends sftp and every other subsystem with one line.
func (s *server) refuseSubsystem(sess ssh.Session) {
	s.log.Warn("subsystem refused", "remote", sess.RemoteAddr().String(), "subsystem", sess.Subsystem())
	wish.Errorf(sess, "brief: the %q subsystem is not available here: this server only shows the reader (ssh -t)\r\n", sess.Subsystem())
	_ = sess.Exit(1)
}

// shutdown stops accepting, ends every session with a message and waits
// (bounded by ShutdownTimeout) for clients to hang up, then cuts the rest.
func (s *server) shutdown() {
	deadline := time.Now().Add(s.cfg.ShutdownTimeout - 500*time.Millisecond)
	s.log.Info("shutting down: closing sessions", "open", s.reg.count())
	sctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.ssh.Shutdown(sctx) }() // closes the listener at once
	s.reg.closeAll()
	s.reg.waitEmpty(deadline)
	// Clients hang up when their session ends; give them a moment, not
	// the whole budget, before cutting connections that stay (ssh -N).
	grace := time.NewTimer(min(2*time.Second, time.Until(deadline)))
	defer grace.Stop()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, net.ErrClosed) {
			s.log.Warn("shutdown", "err", err)
		}
	case <-grace.C:
	}
	_ = s.ssh.Close()
	s.guard.stop()
	s.log.Info("server stopped")
}
