package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// libraryWithSources is testLibrary plus the shipped briefing's sources,
// and a briefing whose source path leads out of the library to a secret
// file beside it.
func libraryWithSources(t *testing.T) (dir, secret string) {
	t.Helper()
	root := t.TempDir()
	dir = filepath.Join(root, "lib")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../briefings/iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "iran-albania.md"), data, 0o644)
	os.Mkdir(filepath.Join(dir, "sources"), 0o755)
	srcs, _ := filepath.Glob("../briefings/sources/*")
	for _, s := range srcs {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "sources", filepath.Base(s)), b, 0o644)
	}
	secret = "The vault combination is 31-41-59."
	os.WriteFile(filepath.Join(root, "secret.txt"), []byte("Secret\n\n"+secret+"\n"), 0o644)
	escape := `---
title: Zeta escape attempt
date: 2020-05-01
marking: TLP:CLEAR
sources:
  - id: S1
    title: Outside file
    publisher: Nobody
    path: ../secret.txt
---

## Summary

The vault combination is 31-41-59. [S1]
`
	os.WriteFile(filepath.Join(dir, "zeta.md"), []byte(escape), 0o644)
	return dir, secret
}

// TestEvidenceOverSSH: over the real ssh client, enter on a timeline entry
// shows its sentence in the Sources pane, and a source whose path leads
// out of the library shows "source not available" and nothing of the file.
func TestEvidenceOverSSH(t *testing.T) {
	dir, _ := libraryWithSources(t)
	cfg := Config{LibraryDir: dir}
	p := newPlumbing(t, cfg, newTestReaderApp(t, cfg))
	tm := p.tmuxSSH(t, p.alice, 100, 30)
	tm.waitScreen("2 briefings", 15*time.Second)
	tm.send("Enter") // the shipped briefing comes first
	tm.waitScreen("5 Sources", 15*time.Second)
	tm.send("3")
	tm.waitScreen("Timeline", 10*time.Second)
	found := false
	for range 40 {
		s := tm.capture()
		if markedLineHas(s, "2022-09-16") {
			found = true
			break
		}
		tm.send("]")
		time.Sleep(100 * time.Millisecond)
	}
	if !found {
		t.Fatalf("] never reached the 2022-09-16 entry:\n%s", tm.capture())
	}
	tm.send("Enter")
	s := tm.waitScreen("▌ Last Friday, the US Treasury Department sanctioned", 10*time.Second)
	if !strings.Contains(s, "S2") {
		t.Errorf("the footer does not name S2:\n%s", s)
	}
	tm.send("BSpace")
	tm.waitScreen("2022-09-16 (Last Friday, from S2", 10*time.Second)
	tm.send("BSpace") // nothing more to go back to: the library
	tm.waitScreen("2 briefings", 10*time.Second)
	tm.send("j", "Enter")
	// The title is in the list too: wait for the reader's tab bar.
	tm.waitScreen("1 Summary  2 Actors", 10*time.Second)
	tm.send("5")
	s = tm.waitScreen("source not available", 10*time.Second)
	// The Sources pane is on screen, not the summary: any of the file's
	// words would be the file's.
	if strings.Contains(s, "31-41-59") || strings.Contains(s, "vault") {
		t.Fatalf("the file outside the library reached the screen:\n%s", s)
	}
	if strings.Contains(s, "outside") || strings.Contains(s, "secret.txt") {
		t.Errorf("the session learns why or where:\n%s", s)
	}
}

// markedLineHas reports whether a row that carries the current-item mark
// holds text.
func markedLineHas(screen, text string) bool {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "▌") && strings.Contains(l, text) {
			return true
		}
	}
	return false
}
