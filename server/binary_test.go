package server

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/buildtest"
)

// buildBrief builds the brief binary from the module root.
func buildBrief(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "brief")
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if err := buildtest.Build(ctx, root, bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// briefServe is a running `brief serve`.
type briefServe struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan error
}

func startBriefServe(t *testing.T, bin string, args ...string) *briefServe {
	t.Helper()
	bs := &briefServe{cmd: exec.Command(bin, append([]string{"serve"}, args...)...), stderr: &syncBuffer{}, done: make(chan error, 1)}
	bs.cmd.Stderr = bs.stderr
	bs.cmd.Stdout = bs.stderr
	if err := bs.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { bs.done <- bs.cmd.Wait() }()
	t.Cleanup(func() {
		bs.cmd.Process.Kill()
		<-bs.done
	})
	waitFor(t, 15*time.Second, "brief serve to listen", func() bool {
		select {
		case err := <-bs.done:
			t.Fatalf("brief serve exited: %v\n%s", err, bs.stderr.String())
		default:
		}
		return strings.Contains(bs.stderr.String(), "serving briefings over SSH")
	})
	return bs
}

var fingerprintRe = regexp.MustCompile(`fingerprint=(SHA256:\S+)`)

func TestBinaryServeSIGTERMExitsZero(t *testing.T) {
	requireTools(t, "ssh", "tmux", "ssh-keygen")
	bin := buildBrief(t)
	dir := t.TempDir()
	alice := newTestKey(t, dir, "alice@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice)
	hostKey := filepath.Join(dir, "state", "host_key")
	port := freePort(t)
	args := []string{"--listen", "127.0.0.1:" + strconv.Itoa(port), "--host-key", hostKey, "--authorized-keys", ak}

	bs := startBriefServe(t, bin, args...)
	fi, err := os.Stat(hostKey)
	if err != nil {
		t.Fatalf("host key not created: %v", err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	m := fingerprintRe.FindStringSubmatch(bs.stderr.String())
	if m == nil {
		t.Fatalf("host key fingerprint not logged:\n%s", bs.stderr.String())
	}
	fp1 := m[1]

	ts := &testServer{addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}}
	var tms []*tmux
	for range 2 {
		tm := newTmux(t, 100, 30, "ssh "+strings.Join(sshArgs(ts, alice.path, "-t", "127.0.0.1"), " "))
		tm.waitScreen("Iran and Albania", 15*time.Second)
		tms = append(tms, tm)
	}
	tms[0].send("Enter")
	tms[0].waitScreen("1 Summary", 10*time.Second)

	start := time.Now()
	bs.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-bs.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Errorf("brief serve exited %d after SIGTERM, want 0\n%s", ee.ExitCode(), bs.stderr.String())
		} else if err != nil {
			t.Error(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("brief serve still running 10 s after SIGTERM\n%s", bs.stderr.String())
	}
	t.Logf("stopped in %s", time.Since(start).Round(time.Millisecond))
	for _, tm := range tms {
		tm.waitScreen("server is shutting down", 5*time.Second)
	}
	bs.done <- nil // for the cleanup

	// The host key is reused on the next start.
	bs2 := startBriefServe(t, bin, args...)
	m = fingerprintRe.FindStringSubmatch(bs2.stderr.String())
	if m == nil || m[1] != fp1 {
		t.Errorf("host key changed across restarts: %s then %v", fp1, m)
	}
	if strings.Contains(bs2.stderr.String(), "created host key") {
		t.Error("second start created a new host key")
	}
}
