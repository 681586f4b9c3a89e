package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Files crafted so that a front-matter reader other than Parse would list
// them as unmarked, while the reader shows them as TLP:AMBER. A key granted
// only CLEAR and unmarked briefings must see neither, over the real ssh
// client.
func TestCraftedFrontMatterDoesNotLeakAmber(t *testing.T) {
	lib := t.TempDir()
	data, err := os.ReadFile("../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(lib, "iran-albania.md"), data, 0o644)
	body := "\n## Summary\n\nThe secret word is zanzibar. [S1]\n"
	long := "marking: TLP:AMBER #"
	long += strings.Repeat("A", 4096-len(long))
	os.WriteFile(filepath.Join(lib, "long-line.md"), []byte("---\ntitle: Long line leak\n"+long+"\nz: 1\n---\n"+body), 0o644)
	os.WriteFile(filepath.Join(lib, "escape.md"), []byte("---\ntitle: Escape leak\nx: \"\x1b\\\"\nmarking: TLP:AMBER\ny: 1 \x1b]\"\n---\n"+body), 0o644)

	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	access := filepath.Join(dir, "access.yaml")
	os.WriteFile(access, []byte("grants:\n  - keys: [\"*\"]\n    markings: [TLP:CLEAR, unmarked]\n  - keys: [alice@test]\n    all: true\n"), 0o600)
	cfg := Config{LibraryDir: lib, AuthorizedKeys: ak, AccessFile: access}
	p := plumbing{ts: startServer(t, cfg, newTestReaderApp(t, cfg)), alice: alice}

	tb := p.tmuxSSH(t, bob, 100, 30)
	s := tb.waitScreen("1 briefing", 15*time.Second)
	if strings.Contains(s, "leak") {
		t.Errorf("the CLEAR key sees a crafted AMBER briefing:\n%s", s)
	}
	tb.send("/")
	tb.send("-l", "leak")
	time.Sleep(300 * time.Millisecond)
	if s := tb.capture(); strings.Contains(s, "Long line") || strings.Contains(s, "Escape leak") {
		t.Errorf("filtering finds a crafted AMBER briefing:\n%s", s)
	}

	// The key granted everything sees both, marked as the reader shows them.
	ta := p.tmuxSSH(t, alice, 100, 30)
	s = ta.waitScreen("3 briefings", 15*time.Second)
	if strings.Count(s, "TLP:AMBER") < 2 {
		t.Errorf("the crafted briefings are not listed as AMBER:\n%s", s)
	}
}
