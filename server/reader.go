package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
	"github.com/brief-team/brief/ui/search"
)

// Run serves until ctx is done, then stops accepting, tells open sessions the
// server is going down, closes them within ShutdownTimeout and returns nil.
// It returns an error without serving when the configuration is unusable
// (no authorized keys, bad access file, address in use, unreadable library).
func Run(ctx context.Context, cfg Config) error {
	cfg, err := withDefaults(cfg)
	if err != nil {
		return err
	}
	a, err := newReaderApp(cfg)
	if err != nil {
		return err
	}
	// A server holds many small, long-lived sessions: collecting at 50%
	// heap growth instead of 100% cuts resident memory per session from
	// ~2.0 to ~1.5 MiB for ~0.1 ms more CPU per keypress (loadtest).
	// GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	return run(ctx, cfg, a)
}

// readerApp serves the brief reader (package ui) over one library shared by
// every session. The library is an immutable snapshot; a change on disk
// opens a new one once for the whole server, and sessions pick it up through
// ui.Options.Reload when they get the ui.ReloadMsg.
type readerApp struct {
	dir     string
	lib     atomic.Pointer[briefings.Library]
	warming sync.Mutex // held by warm
}

func newReaderApp(cfg Config) (*readerApp, error) {
	a := &readerApp{dir: cfg.LibraryDir}
	if a.dir != "" {
		// Absolute, so that redact can recognise it in any message.
		abs, err := filepath.Abs(a.dir)
		if err != nil {
			return nil, fmt.Errorf("library: %w", err)
		}
		a.dir = abs
	}
	var (
		lib *briefings.Library
		err error
	)
	if a.dir == "" {
		lib, err = briefings.OpenFS(briefings.Shipped)
	} else {
		lib, err = briefings.OpenDir(a.dir)
	}
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	for _, p := range lib.Problems() {
		cfg.Logger.Warn("briefing skipped", "problem", p.Error())
	}
	a.lib.Store(lib)
	return a, nil
}

func (a *readerApp) newModel(env sessionEnv) tea.Model {
	return ui.New(ui.Options{
		Library: a.lib.Load(),
		Allow: func(e briefings.Entry) bool {
			return env.allow(e.Path, e.Marking, e.Tags)
		},
		Reload:       func(*briefings.Library, []string) (*briefings.Library, error) { return a.lib.Load(), nil },
		OnOpen:       env.opened,
		HideProblems: !env.everything,
		Redact:       a.redact,
		ReadSource:   func(path string, src briefings.Source) ([]byte, error) { return a.readSource(env, path, src) },
	})
}

// errNotAvailable is all a session learns of a source it cannot read: not
// whether the file exists, nor where it leads.
var errNotAvailable = errors.New("source not available")

// readSource reads a source of the briefing at path for a session: only
// through Library.SourceFile (inside the library directory, symbolic links
// resolved, ".." and absolute paths refused, never another briefing), and
// only while the session's grant covers the briefing, so that a grant that
// hides a briefing hides its sources.
func (a *readerApp) readSource(env sessionEnv, path string, src briefings.Source) ([]byte, error) {
	lib := a.lib.Load()
	for _, e := range lib.Entries() {
		if e.Path == path {
			if env.allow == nil || !env.allow(e.Path, e.Marking, e.Tags) {
				return nil, errNotAvailable
			}
			data, err := lib.SourceFile(path, src)
			if err != nil {
				return nil, errNotAvailable
			}
			return data, nil
		}
	}
	return nil, errNotAvailable
}

// redact turns the server's paths into library-relative ones in a message
// a session is about to show: where the library lives on the server is not
// the remote user's business.
func (a *readerApp) redact(s string) string {
	if a.dir == "" {
		return s
	}
	s = strings.ReplaceAll(s, a.dir+string(filepath.Separator), "")
	return strings.ReplaceAll(s, a.dir, ".")
}

// accessChanged tells the reader its grant changed.
func (a *readerApp) accessChanged(everything bool) tea.Msg {
	return ui.AccessMsg{
		Note:         "that briefing is no longer granted to this key; it was closed",
		HideProblems: !everything,
	}
}

// changedFile reports whether a problem's file is one of the changed paths
// (all of them when paths is empty): the others were logged already.
func changedFile(dir, file string, paths []string) bool {
	if len(paths) == 0 {
		return true
	}
	for _, p := range paths {
		if file == filepath.Join(dir, filepath.FromSlash(p)) {
			return true
		}
	}
	return false
}

// warm fills the process's search cache, which every session's search
// across the library reads, with the briefings at paths of lib (all of
// them when paths is empty), one at a time on one CPU (see
// search.ItemCache.Warm). Warms run one after another.
func (a *readerApp) warm(ctx context.Context, lib *briefings.Library, paths []string) {
	if len(paths) == 0 {
		for _, e := range lib.Entries() {
			paths = append(paths, e.Path)
		}
	}
	a.warming.Lock()
	defer a.warming.Unlock()
	search.Cache.Warm(ctx, lib, paths)
}

// watch re-opens the library when its directory changes and tells every
// session. One watcher serves all sessions. It warms the search cache
// with the library first, and with each change.
func (a *readerApp) watch(ctx context.Context, l *log.Logger, broadcast func(tea.Msg)) error {
	go a.warm(ctx, a.lib.Load(), nil)
	if a.dir == "" {
		return nil // the built-in library never changes
	}
	return briefings.Watch(ctx, a.dir, func(paths []string) {
		// Watch calls one at a time: the library it refreshes is the last
		// one stored. Only the changed files are read again.
		lib, err := a.lib.Load().Refresh(paths)
		if err != nil {
			l.Error("library reload failed; sessions keep the last good library", "err", err)
			return
		}
		for _, p := range lib.Problems() {
			if changedFile(a.dir, p.File, paths) {
				l.Warn("briefing skipped", "problem", p.Error())
			}
		}
		a.lib.Store(lib)
		l.Info("library reloaded", "changed", len(paths), "briefings", len(lib.Entries()))
		broadcast(ui.ReloadMsg{Paths: paths})
		go func() {
			// A file is kept only once its last change has settled.
			select {
			case <-time.After(briefings.KeySettle + 100*time.Millisecond):
				a.warm(ctx, lib, paths)
			case <-ctx.Done():
			}
		}()
	})
}
