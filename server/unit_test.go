package server

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
)

func TestParseAccess(t *testing.T) {
	good := `# who may read what
grants:
  - keys: ["*"]
    markings: [TLP:CLEAR, unmarked]
  - keys: [alice@laptop, "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]
    markings: [tlp:amber]
  - keys: [bob@laptop]
    tags: [Iran]
    markings: [TLP:AMBER]
  - keys: [lead@desk]
    all: true
`
	af, err := parseAccess("access.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	type brief struct {
		marking string
		tags    []string
	}
	clear := brief{"TLP:CLEAR", []string{"iran"}}
	unmarked := brief{"", nil}
	amberIran := brief{"TLP:AMBER", []string{"iran", "cyber"}}
	amberOther := brief{"TLP:AMBER", []string{"albania"}}
	red := brief{"TLP:RED", nil}
	cases := []struct {
		fp, comment string
		allowed     []brief
		denied      []brief
	}{
		{"SHA256:x", "stranger@box", []brief{clear, unmarked}, []brief{amberIran, amberOther, red}},
		{"SHA256:x", "alice@laptop", []brief{clear, amberIran, amberOther}, []brief{red}},
		{"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "", []brief{amberOther}, []brief{red}},
		{"SHA256:x", "bob@laptop", []brief{clear, amberIran}, []brief{amberOther, red}},
		{"SHA256:x", "lead@desk", []brief{clear, amberIran, amberOther, red, unmarked}, nil},
	}
	for _, c := range cases {
		g, ok := af.grantFor(c.fp, c.comment)
		if !ok {
			t.Fatalf("%s: no grant", c.comment)
		}
		for _, b := range c.allowed {
			if !g.allows(b.marking, b.tags) {
				t.Errorf("%s %s: denied %v, want allowed", c.comment, c.fp, b)
			}
		}
		for _, b := range c.denied {
			if g.allows(b.marking, b.tags) {
				t.Errorf("%s %s: allowed %v, want denied", c.comment, c.fp, b)
			}
		}
	}

	// Without "*", an unlisted key has no grant at all.
	af, err = parseAccess("a.yaml", []byte("grants:\n  - keys: [alice@laptop]\n    all: true\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := af.grantFor("SHA256:x", "eve@box"); ok {
		t.Error("unlisted key got a grant")
	}
	// A nil grant (no access file) allows everything.
	var none *grant
	if !none.allows("TLP:RED", nil) {
		t.Error("nil grant denies")
	}
}

func TestParseAccessErrorsNameFileAndLine(t *testing.T) {
	cases := map[string]struct{ yaml, want string }{
		"unknown field":  {"grants:\n  - keys: [a]\n    tagz: [x]\n", "a.yaml:3:"},
		"syntax":         {"grants:\n  - keys: [a\n", "a.yaml:"},
		"no grants":      {"# empty\n", "a.yaml:1: no grants"},
		"no keys":        {"grants:\n  - tags: [x]\n", "a.yaml:2: grant 1: no keys"},
		"grants nothing": {"grants:\n  - keys: [a]\n  - keys: [b]\n", "a.yaml:3: grant 2: grants nothing"},
		"md5":            {"grants:\n  - keys: [\"MD5:aa:bb\"]\n    all: true\n", "SHA256 fingerprint"},
		"bad sha":        {"grants:\n  - keys: [\"SHA256:short\"]\n    all: true\n", "not a SHA256 fingerprint"},
		"all and tags":   {"grants:\n  - keys: [a]\n    all: true\n    tags: [x]\n", "ambiguous"},
		// A second document would be ignored silently: the operator
		// would believe rules are in force that are not.
		"second document": {"grants:\n  - keys: [a]\n    all: true\n---\ngrants:\n  - keys: [b]\n    all: true\n", "a.yaml:4: a second YAML document"},
		"empty document":  {"grants:\n  - keys: [a]\n    all: true\n---\n", "a.yaml:4: a second YAML document"},
		// An empty marking or tag matches nothing a briefing can carry:
		// a typo, never an intent.
		"empty marking": {"grants:\n  - keys: [a]\n    markings: [\"\"]\n", "a.yaml:2: grant 1: empty marking"},
		"blank marking": {"grants:\n  - keys: [a]\n    markings: [TLP:CLEAR, \"  \"]\n", "a.yaml:2: grant 1: empty marking"},
		"empty tag":     {"grants:\n  - keys: [a]\n    tags: [\"\"]\n", "a.yaml:2: grant 1: empty tag"},
	}
	for name, c := range cases {
		_, err := parseAccess("a.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to contain %q", name, err, c.want)
		}
	}
}

func TestAccessFileReloadKeepsLastGoodRules(t *testing.T) {
	p := filepath.Join(t.TempDir(), "access.yaml")
	os.WriteFile(p, []byte("grants:\n  - keys: [a]\n    all: true\n"), 0o600)
	var warned []error
	ap, err := loadAccess(p, func(err error) { warned = append(warned, err) })
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, []byte("grants:\n  - keys: [b]\n    all: true\n"), 0o600)
	os.Chtimes(p, time.Now().Add(time.Second), time.Now().Add(time.Second))
	if _, ok := ap.current().grantFor("", "b"); !ok {
		t.Fatal("changed access file not picked up")
	}
	os.WriteFile(p, []byte("grants: [[[\n"), 0o600)
	os.Chtimes(p, time.Now().Add(2*time.Second), time.Now().Add(2*time.Second))
	if _, ok := ap.current().grantFor("", "b"); !ok {
		t.Fatal("a broken access file dropped the last good rules")
	}
	if len(warned) != 1 {
		t.Errorf("warnings = %v, want one", warned)
	}
}

func TestAuthorizedKeysParsingAndReload(t *testing.T) {
	dir := t.TempDir()
	a, b := newTestKey(t, dir, "a@x"), newTestKey(t, dir, "b@x")
	path := filepath.Join(dir, "authorized_keys")
	content := "# comment\n\n" + a.pub + "\nnot a key at all\ncert-authority " + b.pub + "\nno-pty,from=\"10.0.0.1\" " + b.pub + "\n"
	os.WriteFile(path, []byte(content), 0o600)
	k, err := loadKeyring(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(k.set.problems); got != 3 {
		t.Errorf("problems = %q, want 3 (bad line, cert-authority, options)", k.set.problems)
	}
	for _, p := range k.set.problems {
		if !strings.HasPrefix(p, "authorized_keys:") {
			t.Errorf("problem %q does not name file:line", p)
		}
	}
	ka := parsePub(t, a.pub)
	kb := parsePub(t, b.pub)
	if ak, ok := k.lookup(ka); !ok || ak.comment != "a@x" || ak.fingerprint != a.fingerprint || ak.line != 3 {
		t.Errorf("lookup a = %+v, %v", ak, ok)
	}
	if _, ok := k.lookup(kb); !ok {
		t.Error("b (with options) not authorized")
	}
	// Removing a key takes effect without a restart.
	os.WriteFile(path, []byte(a.pub+"\n"), 0o600)
	os.Chtimes(path, time.Now().Add(time.Second), time.Now().Add(time.Second))
	if _, ok := k.lookup(kb); ok {
		t.Error("b still authorized after removal")
	}
	// Deleting the file revokes everyone.
	os.Remove(path)
	if _, ok := k.lookup(ka); ok {
		t.Error("a still authorized after the file was deleted")
	}
}

func parsePub(t *testing.T, line string) gossh.PublicKey {
	t.Helper()
	k, _, _, _, err := gossh.ParseAuthorizedKey([]byte(line))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestHostKeyCreatedOnceWithMode0600(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deeper", "hostkey")
	s1, created, _, err := loadOrCreateHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created=%v err=%v", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	if s1.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s, want ed25519", s1.PublicKey().Type())
	}
	s2, created, warn, err := loadOrCreateHostKey(path)
	if err != nil || created || warn != "" {
		t.Fatalf("second start: created=%v warn=%q err=%v", created, warn, err)
	}
	if gossh.FingerprintSHA256(s1.PublicKey()) != gossh.FingerprintSHA256(s2.PublicKey()) {
		t.Error("host key changed between starts")
	}
	os.Chmod(path, 0o644)
	if _, _, warn, _ := loadOrCreateHostKey(path); !strings.Contains(warn, "chmod 600") {
		t.Errorf("world-readable key not reported: %q", warn)
	}
}

func TestDefaultHostKeyPathUsesXDGDataHome(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	p, err := defaultHostKeyPath()
	if err != nil || p != "/srv/data/brief/ssh_host_ed25519_key" {
		t.Errorf("got %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/analyst")
	if runtime.GOOS == "linux" {
		if p, _ := defaultHostKeyPath(); p != "/home/analyst/.local/share/brief/ssh_host_ed25519_key" {
			t.Errorf("got %q", p)
		}
	}
}

func TestSafePath(t *testing.T) {
	for p, want := range map[string]bool{
		"a.md": true, "dir/b.md": true,
		"": false, "/etc/passwd": false, "../x.md": false, "a/../../x.md": false, "..": false,
		"a/./b.md": false, "a\\..\\b.md": false, "a\x00b": false,
	} {
		if got := safePath(p); got != want {
			t.Errorf("safePath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestClampSize(t *testing.T) {
	for _, c := range []struct{ w, h, ww, wh int }{
		{80, 24, 80, 24}, {0, 0, 80, 24}, {100000, 100000, maxCols, maxRows}, {1000, 1000, 400, 150}, {300, 100, 300, 100},
	} {
		if w, h := clampSize(c.w, c.h); w != c.ww || h != c.wh {
			t.Errorf("clampSize(%d,%d) = %d,%d want %d,%d", c.w, c.h, w, h, c.ww, c.wh)
		}
	}
}

func TestSessionFilterClampsEverySizeAndNeverSuspends(t *testing.T) {
	if got := sessionFilter(nil, tea.WindowSizeMsg{Width: 4096, Height: 256}); got != (tea.WindowSizeMsg{Width: maxCols, Height: maxRows}) {
		t.Errorf("WindowSizeMsg 4096x256 filtered to %v, want %dx%d", got, maxCols, maxRows)
	}
	if got := sessionFilter(nil, tea.WindowSizeMsg{Width: 90, Height: 30}); got != (tea.WindowSizeMsg{Width: 90, Height: 30}) {
		t.Errorf("WindowSizeMsg 90x30 filtered to %v", got)
	}
	// wish's filter, which this one replaces, turns a suspend into a
	// resume: ctrl+z must not stop the server's process.
	if _, ok := sessionFilter(nil, tea.SuspendMsg{}).(tea.ResumeMsg); !ok {
		t.Error("SuspendMsg not turned into ResumeMsg")
	}
	if got := sessionFilter(nil, tea.KeyPressMsg{Code: 'j'}); got != (tea.KeyPressMsg{Code: 'j'}) {
		t.Errorf("key filtered to %v", got)
	}
}

func TestGuardedConnTimeouts(t *testing.T) {
	closed := func(c net.Conn) bool {
		c.SetReadDeadline(time.Now().Add(time.Second))
		_, err := c.Read(make([]byte, 1))
		return err != nil && !errors.Is(err, os.ErrDeadlineExceeded)
	}
	// No session in time: cut.
	a, b := net.Pipe()
	g := guardConn(a, 50*time.Millisecond, time.Hour)
	defer g.Close()
	time.Sleep(150 * time.Millisecond)
	if !closed(b) {
		t.Error("connection without a session survived the handshake timeout")
	}
	// A session, then traffic: kept; then silence: cut.
	a, b = net.Pipe()
	g = guardConn(a, 50*time.Millisecond, 200*time.Millisecond)
	defer g.Close()
	g.active.Store(true)
	go io.Copy(io.Discard, b)
	for range 5 {
		time.Sleep(80 * time.Millisecond)
		if _, err := g.Write([]byte("x")); err != nil {
			t.Fatalf("active connection cut: %v", err)
		}
	}
	time.Sleep(400 * time.Millisecond)
	if _, err := g.Write([]byte("x")); err == nil {
		t.Error("silent connection survived the idle backstop")
	}
}
