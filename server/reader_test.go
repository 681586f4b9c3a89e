package server

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
)

// amberTitle is the title of the restricted copy of the shipped briefing.
const amberTitle = "Restricted annex on Albania"

// testLibrary writes the shipped briefing and a TLP:AMBER variant of it into
// a temp dir.
func testLibrary(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "iran-albania.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	amber := strings.Replace(string(data), "marking: TLP:CLEAR", "marking: TLP:AMBER", 1)
	amber = strings.Replace(amber, "title: Iran and Albania after the 2022 cyberattacks", "title: "+amberTitle, 1)
	if amber == string(data) || !strings.Contains(amber, amberTitle) {
		t.Fatal("could not derive the AMBER briefing from the shipped one")
	}
	if err := os.WriteFile(filepath.Join(dir, "annex.md"), []byte(amber), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// firstSummaryWords is the start of the shipped briefing's first summary
// sentence, short enough never to wrap: what the Summary pane shows first.
func firstSummaryWords(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	b, err := briefings.Parse("iran-albania.md", data)
	if err != nil || len(b.Summary) == 0 {
		t.Fatalf("shipped briefing: %v", err)
	}
	words := strings.Fields(b.Summary[0].Text)
	return strings.Join(words[:min(4, len(words))], " ")
}

func newTestReaderApp(t testing.TB, cfg Config) *readerApp {
	t.Helper()
	cfg, err := withDefaults(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a, err := newReaderApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestReaderOverSSHFlipsPanes(t *testing.T) {
	cfg := Config{LibraryDir: testLibrary(t)}
	p := newPlumbing(t, cfg, newTestReaderApp(t, cfg))
	tm := p.tmuxSSH(t, p.alice, 100, 30)
	tm.waitScreen("2 briefings", 15*time.Second)
	tm.send("Enter") // the first entry: the shipped briefing
	first := firstSummaryWords(t)
	s := tm.waitScreen(first, 15*time.Second)
	if !strings.Contains(s, "1 Summary") || !strings.Contains(s, "4 Source quotes") {
		t.Errorf("reader lacks the pane tabs:\n%s", s)
	}
	tm.send("Tab")
	tm.waitScreen("(person)", 10*time.Second)
	tm.send("3")
	tm.waitScreen("Timeline", 10*time.Second)
	tm.send("1")
	tm.waitScreen(first, 10*time.Second)
	tm.send("q") // back to the library
	tm.waitScreen("2 briefings", 10*time.Second)
	tm.send("q")
	waitFor(t, 5*time.Second, "ssh to exit", func() bool { d, _ := tm.paneDead(); return d })
	logs := p.ts.logs.String()
	if !strings.Contains(logs, "briefing opened") || !strings.Contains(logs, "path=iran-albania.md") {
		t.Errorf("opening is not logged:\n%s", logs)
	}
	if strings.Contains(logs, first) {
		t.Errorf("briefing content reached the log:\n%s", logs)
	}
}

func TestAccessFileHidesAmberFromOneKey(t *testing.T) {
	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	access := filepath.Join(dir, "access.yaml")
	os.WriteFile(access, []byte(`grants:
  - keys: ["*"]
    markings: [TLP:CLEAR, TLP:GREEN]
  - keys: [alice@test]
    markings: [TLP:AMBER]
`), 0o600)
	cfg := Config{LibraryDir: testLibrary(t), AuthorizedKeys: ak, AccessFile: access}
	p := plumbing{ts: startServer(t, cfg, newTestReaderApp(t, cfg)), alice: alice}

	tb := p.tmuxSSH(t, bob, 100, 30)
	s := tb.waitScreen("1 briefing", 15*time.Second)
	if strings.Contains(s, amberTitle) || strings.Contains(s, "AMBER") {
		t.Errorf("bob sees the AMBER briefing:\n%s", s)
	}
	// Filtering for it finds nothing either.
	tb.send("/")
	tb.send("-l", "Restricted")
	time.Sleep(300 * time.Millisecond)
	if s := tb.capture(); strings.Contains(s, amberTitle) {
		t.Errorf("bob's filter finds the AMBER briefing:\n%s", s)
	}

	ta := p.tmuxSSH(t, alice, 100, 30)
	s = ta.waitScreen("2 briefings", 15*time.Second)
	if !strings.Contains(s, amberTitle) {
		t.Fatalf("alice does not see the AMBER briefing:\n%s", s)
	}
	ta.send("/")
	ta.send("-l", "Restricted")
	ta.send("Enter")
	ta.waitScreen("Restricted annex on Albania", 5*time.Second)
	ta.send("Enter")
	ta.waitScreen("1 Summary", 10*time.Second)
	logs := p.ts.logs.String()
	if !strings.Contains(logs, "path=annex.md") {
		t.Errorf("alice's opening of annex.md not logged:\n%s", logs)
	}
}

func TestLibraryChangeReachesOpenSessions(t *testing.T) {
	lib := testLibrary(t)
	cfg := Config{LibraryDir: lib}
	p := newPlumbing(t, cfg, newTestReaderApp(t, cfg))
	var tms []*tmux
	for range 2 {
		tm := p.tmuxSSH(t, p.alice, 100, 30)
		tm.waitScreen("2 briefings", 15*time.Second)
		tms = append(tms, tm)
	}
	data, _ := os.ReadFile(filepath.Join(lib, "iran-albania.md"))
	changed := strings.Replace(string(data), "title: Iran and Albania after the 2022 cyberattacks", "title: A third briefing", 1)
	if err := os.WriteFile(filepath.Join(lib, "third.md"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tm := range tms {
		tm.waitScreen("3 briefings", 10*time.Second)
		tm.waitScreen("A third briefing", 5*time.Second)
	}
	if logs := p.ts.logs.String(); strings.Count(logs, "library reloaded") < 1 {
		t.Errorf("reload not logged:\n%s", logs)
	}
}

func TestReaderInHugeWindowAndResizeStorm(t *testing.T) {
	cfg := Config{}
	p := newPlumbing(t, cfg, newTestReaderApp(t, cfg))
	tm := p.tmuxSSH(t, p.alice, 1000, 1000)
	tm.waitScreen("1 briefing", 15*time.Second)
	tm.send("Enter")
	tm.waitScreen("[S1", 15*time.Second)
	for i := range 100 {
		tm.resize(30+i*7%300, 8+i*3%100)
	}
	tm.resize(100, 30)
	tm.send("Tab")
	s := tm.waitScreen("(person)", 15*time.Second)
	if d, _ := tm.paneDead(); d {
		t.Fatalf("session died:\n%s", s)
	}
}

// TestNarrowedGrantClosesOpenAmberBriefing takes TLP:AMBER away from a key
// while it reads an AMBER briefing: within 5 s the briefing is closed with a
// message and gone from the list, and the session goes on.
func TestNarrowedGrantClosesOpenAmberBriefing(t *testing.T) {
	dir := t.TempDir()
	alice := newTestKey(t, dir, "alice@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice)
	access := filepath.Join(dir, "access.yaml")
	os.WriteFile(access, []byte("grants:\n  - keys: [\"*\"]\n    markings: [TLP:CLEAR]\n  - keys: [alice@test]\n    markings: [TLP:AMBER]\n"), 0o600)
	cfg := Config{LibraryDir: testLibrary(t), AuthorizedKeys: ak, AccessFile: access}
	p := plumbing{ts: startServer(t, cfg, newTestReaderApp(t, cfg)), alice: alice}

	ta := p.tmuxSSH(t, alice, 100, 30)
	ta.waitScreen("2 briefings", 15*time.Second)
	ta.send("/")
	ta.send("-l", "Restricted")
	ta.send("Enter")
	ta.waitScreen(amberTitle, 5*time.Second)
	ta.send("Enter")
	ta.waitScreen("1 Summary", 10*time.Second)

	os.WriteFile(access, []byte("grants:\n  - keys: [\"*\"]\n    markings: [TLP:CLEAR]\n"), 0o600)
	s := ta.waitScreen("no longer granted", 5*time.Second)
	if strings.Contains(s, "1 Summary") {
		t.Errorf("the AMBER briefing is still open:\n%s", s)
	}
	ta.send("Escape") // leave the filter
	s = ta.waitScreen("1 briefing", 5*time.Second)
	if strings.Contains(s, amberTitle) {
		t.Errorf("the AMBER briefing is still listed:\n%s", s)
	}
	if d, _ := ta.paneDead(); d {
		t.Error("the session ended; only the AMBER briefing should have gone")
	}
	if logs := p.ts.logs.String(); !strings.Contains(logs, "access changed") {
		t.Errorf("the narrowed grant is not logged:\n%s", logs)
	}
}

// TestRemoteUsersSeeLibraryRelativePaths: a broken file is named to a
// session that may see it, by its path in the library, never by the
// server's own directories.
func TestRemoteUsersSeeLibraryRelativePaths(t *testing.T) {
	lib := testLibrary(t)
	if err := os.WriteFile(filepath.Join(lib, "broken.md"), []byte("no front matter here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := Config{LibraryDir: lib}
	p := newPlumbing(t, cfg, newTestReaderApp(t, cfg))
	tm := p.tmuxSSH(t, p.alice, 200, 30)
	s := tm.waitScreen("broken.md", 15*time.Second)
	if strings.Contains(s, lib) || strings.Contains(s, filepath.Dir(lib)) {
		t.Errorf("the screen shows the server's directory %s:\n%s", lib, s)
	}
	if !strings.Contains(s, " broken.md:1: ") {
		t.Errorf("the broken file is not named by its library path:\n%s", s)
	}
}

// The server warms the search cache its sessions share: every briefing
// when it starts watching, and a changed one again after the reload, so
// that no analyst's first search across the library parses them all.
func TestServerWarmsTheSearchCache(t *testing.T) {
	dir := testLibrary(t)
	// Files changed in the last 2 s are never kept (briefings.KeySettle):
	// these were written long ago.
	past := time.Now().Add(-time.Minute)
	for _, f := range []string{"iran-albania.md", "annex.md"} {
		if err := os.Chtimes(filepath.Join(dir, f), past, past); err != nil {
			t.Fatal(err)
		}
	}
	a := newTestReaderApp(t, Config{LibraryDir: dir})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go a.watch(ctx, log.New(io.Discard), func(tea.Msg) {})
	held := func(p string) bool { return search.Cache.Holds(a.lib.Load(), p) }
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("not in the search cache after 10 s: %s", what)
			}
		}
	}
	waitFor("both briefings", func() bool { return held("iran-albania.md") && held("annex.md") })

	// A change, kept once it has settled after the reload.
	path := filepath.Join(dir, "annex.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, "\n## Added\n\nA paragraph added.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor("the changed briefing", func() bool { return held("annex.md") })
}
