package main

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// One load-test client: an SSH session to the server, its screen output
// read as it comes, and the keys it presses.

// session is one client.
type session struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser

	mu    sync.Mutex
	buf   bytes.Buffer // output since the last mark
	total int
	last  time.Time // time of the last byte
	first chan time.Time
}

func (s *session) read(r io.Reader) {
	b := make([]byte, 32<<10)
	for {
		n, err := r.Read(b)
		if n > 0 {
			now := time.Now()
			s.mu.Lock()
			s.buf.Write(b[:n])
			s.total += n
			s.last = now
			f := s.first
			s.first = nil
			s.mu.Unlock()
			if f != nil {
				f <- now
			}
		}
		if err != nil {
			return
		}
	}
}

// waitText waits until the output since the last mark contains text.
func (s *session) waitText(text string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		ok := bytes.Contains(s.buf.Bytes(), []byte(text))
		s.mu.Unlock()
		if ok {
			return nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return fmt.Errorf("no %q within %s", text, timeout)
}

// quiet waits until no byte arrived for d.
func (s *session) quiet(d, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		l := s.last
		s.mu.Unlock()
		if time.Since(l) >= d {
			return
		}
		time.Sleep(d / 4)
	}
}

func (s *session) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf.Reset()
	return s.total
}

func (s *session) bytesSince(m int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total - m
}

// press sends keys and returns how long the first byte of the answer took.
func (s *session) press(keys string) (time.Duration, error) {
	ch := make(chan time.Time, 1)
	s.mu.Lock()
	s.first = ch
	s.mu.Unlock()
	start := time.Now()
	if _, err := io.WriteString(s.in, keys); err != nil {
		return 0, err
	}
	select {
	case t := <-ch:
		return t.Sub(start), nil
	case <-time.After(10 * time.Second):
		return 0, fmt.Errorf("no answer to %q within 10 s", keys)
	}
}

func dial(addr string, signer gossh.Signer, w, h int) (*session, error) {
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "load", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	sess, err := client.NewSession()
	if err != nil {
		client.Close()
		return nil, err
	}
	s := &session{client: client, sess: sess}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		client.Close()
		return nil, err
	}
	if s.in, err = sess.StdinPipe(); err != nil {
		client.Close()
		return nil, err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		client.Close()
		return nil, err
	}
	go s.read(out)
	if err := sess.Shell(); err != nil {
		client.Close()
		return nil, err
	}
	return s, nil
}

// openBriefing goes from the library to the reader and waits for the frame.
func (s *session) openBriefing() error {
	if err := s.waitText("briefing", 20*time.Second); err != nil {
		return fmt.Errorf("library: %w", err)
	}
	s.quiet(150*time.Millisecond, 10*time.Second)
	s.mark()
	io.WriteString(s.in, "\r")
	if err := s.waitText("Summary", 20*time.Second); err != nil {
		return fmt.Errorf("reader: %w", err)
	}
	s.quiet(300*time.Millisecond, 10*time.Second)
	return nil
}

func (s *session) close() {
	s.sess.Close()
	s.client.Close()
}
