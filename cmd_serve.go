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
	f.IntVar(&cfg.MaxSessions, "max-sessions", 100, "most concurrent sessions; newcomers beyond get \"server full\"")
	return cmd
}
