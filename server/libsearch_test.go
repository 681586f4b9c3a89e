package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A key granted only CLEAR briefings searches the whole library (ctrl+f)
// over the real ssh client: the word an AMBER briefing holds gives no
// result, count or title of it, while the key granted everything finds
// both. Access is decided by the grant the listing uses (ui.Options.Allow,
// checked again on each briefing as read).
func TestLibrarySearchSeesOnlyTheGrant(t *testing.T) {
	lib := t.TempDir()
	data, err := os.ReadFile("../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(lib, "iran-albania.md"), data, 0o644)
	os.WriteFile(filepath.Join(lib, "amber.md"), []byte("---\ntitle: Amber operation\nmarking: TLP:AMBER\n---\n\n## Summary\n\n- The secret word is zanzibar, and Tirana knows it. [S1]\n"), 0o644)
	os.WriteFile(filepath.Join(lib, "clear.md"), []byte("---\ntitle: Clear notes\nmarking: TLP:CLEAR\n---\n\n## Summary\n\n- A public note on the zanzibar port. [S1]\n"), 0o644)

	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	access := filepath.Join(dir, "access.yaml")
	os.WriteFile(access, []byte("grants:\n  - keys: [\"*\"]\n    markings: [TLP:CLEAR, unmarked]\n  - keys: [alice@test]\n    all: true\n"), 0o600)
	cfg := Config{LibraryDir: lib, AuthorizedKeys: ak, AccessFile: access}
	p := plumbing{ts: startServer(t, cfg, newTestReaderApp(t, cfg)), alice: alice}

	tb := p.tmuxSSH(t, bob, 120, 30)
	tb.waitScreen("2 briefings", 15*time.Second)
	tb.send("C-f")
	tb.send("-l", "zanzibar")
	s := tb.waitScreen("1 match in 1 briefing", 15*time.Second)
	if strings.Contains(s, "Amber") || strings.Contains(s, "secret word") || !strings.Contains(s, "Clear notes") {
		t.Errorf("the CLEAR key's search shows the AMBER briefing, or not the CLEAR one:\n%s", s)
	}
	// A word only the AMBER briefing and a CLEAR one share counts the
	// CLEAR one alone.
	tb.send("C-u")
	tb.send("-l", "/secret word|Tirana knows/")
	s = tb.waitScreen("no matches for", 15*time.Second)
	if strings.Contains(s, "Amber") || strings.Contains(s, "1 match") {
		t.Errorf("a word of the AMBER briefing alone is found by the CLEAR key:\n%s", s)
	}

	ta := p.tmuxSSH(t, alice, 120, 30)
	ta.waitScreen("3 briefings", 15*time.Second)
	ta.send("C-f")
	ta.send("-l", "zanzibar")
	s = ta.waitScreen("2 matches in 2 briefings", 15*time.Second)
	if !strings.Contains(s, "Amber operation") {
		t.Errorf("the key granted everything does not find the AMBER briefing:\n%s", s)
	}
}
