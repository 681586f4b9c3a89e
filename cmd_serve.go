package main

import (
	"os"
	"time"

	"charm.land/log/v2"
	"github.com/brief-team/brief/server"
	"github.com/spf13/cobra"
)

func newServeCmd() *cobra.Command {
	cfg := server.Config{}
	var startups string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the reader over SSH",
		Long: `Serve the reader over SSH: each connection gets its own reader. Only public keys
in the authorized_keys file are let in; an access file can limit which
briefings each key may open. Connect with: ssh -p 23234 HOST`,
		Example: `  brief serve --library /srv/briefings
  brief serve --listen 0.0.0.0:23234 --access access.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.LibraryDir == "" {
				cfg.LibraryDir = os.Getenv("BRIEF_LIBRARY")
			}
			if startups != "" {
				st, err := server.ParseStartups(startups)
				if err != nil {
					return err
				}
				cfg.MaxStartups = st
			}
			cfg.Logger = log.NewWithOptions(cmd.ErrOrStderr(), log.Options{ReportTimestamp: true, Prefix: "brief"})
			return server.Run(cmd.Context(), cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, "listen", "127.0.0.1:23234", "address to listen on; other than loopback only by explicit choice")
	f.StringVar(&cfg.HostKeyPath, "host-key", "", "host key file, created (ed25519) on first start (default: under the user's data directory)")
	f.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "authorized_keys file of the keys let in (default ~/.ssh/authorized_keys)")
	f.StringVarP(&cfg.LibraryDir, "library", "L", "", "directory of briefings to serve (default $BRIEF_LIBRARY, else the built-in library)")
	f.StringVar(&cfg.AccessFile, "access", "", "file granting keys access to briefings by tag or marking")
	f.BoolVar(&cfg.Anyone, "anyone", false, "let any public key in (read-only); logs a warning")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", 30*time.Minute, "close sessions idle this long")
	f.IntVar(&cfg.MaxSessions, "max-sessions", server.DefaultMaxSessions, "most concurrent sessions; newcomers beyond get \"server full\"")
	f.IntVar(&cfg.MaxSessionsPerKey, "max-sessions-per-key", server.DefaultMaxSessionsPerKey, "most concurrent sessions of one key (negative: only --max-sessions)")
	f.StringVar(&startups, "max-startups", "", "start:rate:full: connections handshaking before authentication are refused with rate% probability from start, rising to all at full, as sshd's MaxStartups (default max-sessions:30:3*max-sessions)")
	f.IntVar(&cfg.MaxStartupsPerSource, "max-startups-per-source", 0, "most connections handshaking or silent from one address (default: full of --max-startups)")
	f.DurationVar(&cfg.HandshakeTimeout, "handshake-timeout", server.DefaultHandshakeTimeout, "time from connecting to a session (key exchange and authentication)")
	f.DurationVar(&cfg.AuthPenalty, "auth-penalty", server.DefaultAuthPenalty, "refuse an address this long after 5 failed logins within a minute (negative: never)")
	f.BoolVar(&cfg.Trace, "trace", false, "honour TEA_TRACE and TEA_DEBUG (Bubble Tea's frame and panic logs, which carry briefing content); otherwise they are ignored")
	return cmd
}
