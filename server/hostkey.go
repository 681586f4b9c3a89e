package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	gossh "golang.org/x/crypto/ssh"
)

// hostKeyName is the file name of the host key under the data directory.
const hostKeyName = "ssh_host_ed25519_key"

// defaultHostKeyPath is where the host key lives when --host-key is not
// given: $XDG_DATA_HOME/brief, else ~/.local/share/brief on Unix, else the
// user config directory (macOS, Windows), which is where users of those
// systems look for application data.
func defaultHostKeyPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "brief", hostKeyName), nil
	}
	if runtime.GOOS != "darwin" && runtime.GOOS != "windows" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the data directory for the host key: %w", err)
		}
		return filepath.Join(home, ".local", "share", "brief", hostKeyName), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the data directory for the host key: %w", err)
	}
	return filepath.Join(d, "brief", hostKeyName), nil
}

// loadOrCreateHostKey reads the host key at path, or creates an ed25519 key
// there (mode 0600, directory 0700, with a .pub beside it) when the file does
// not exist. created tells the caller to log that clients will see a new key.
// A key readable by group or others is used but reported in warn, as sshd
// does for its own keys.
func loadOrCreateHostKey(path string) (signer gossh.Signer, created bool, warn string, err error) {
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		signer, err = gossh.ParsePrivateKey(data)
		if err != nil {
			return nil, false, "", fmt.Errorf("host key %s: %w", path, err)
		}
		if fi, serr := os.Stat(path); serr == nil && runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
			warn = fmt.Sprintf("host key %s is readable by others (mode %04o); chmod 600 it", path, fi.Mode().Perm())
		}
		return signer, false, warn, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, "", fmt.Errorf("host key: %w", err)
	}

	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, "", fmt.Errorf("generate host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "brief host key")
	if err != nil {
		return nil, false, "", fmt.Errorf("encode host key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, "", fmt.Errorf("create host key directory: %w", err)
	}
	// O_EXCL: if another brief started at the same moment and wrote a key,
	// fail rather than overwrite the key its clients already trust.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, false, "", fmt.Errorf("create host key: %w", err)
	}
	if err := pem.Encode(f, block); err != nil {
		f.Close()
		os.Remove(path)
		return nil, false, "", fmt.Errorf("write host key %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, false, "", fmt.Errorf("write host key %s: %w", path, err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		return nil, false, "", fmt.Errorf("host public key: %w", err)
	}
	// The .pub is a convenience for operators who hand out known_hosts lines;
	// failing to write it does not stop the server.
	_ = os.WriteFile(path+".pub", gossh.MarshalAuthorizedKey(sshPub), 0o644)
	signer, err = gossh.NewSignerFromKey(priv)
	if err != nil {
		return nil, false, "", fmt.Errorf("host key signer: %w", err)
	}
	return signer, true, "", nil
}
