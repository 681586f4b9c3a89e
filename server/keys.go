package server

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// authorizedKey is one usable line of an authorized_keys file.
type authorizedKey struct {
	key         gossh.PublicKey
	fingerprint string // SHA256:..., as ssh-keygen -l prints it
	comment     string // the text after the key, e.g. alice@laptop
	line        int
}

// keySet is the parsed content of one authorized_keys file, indexed by the
// key's wire encoding so a lookup is one map access whatever the file size.
type keySet struct {
	byWire   map[string]authorizedKey
	problems []string // "file:line: why", lines that were skipped
}

// parseAuthorizedKeys reads an OpenSSH authorized_keys file. Lines that do
// not parse, and cert-authority lines (brief does not check certificates),
// are skipped and reported; options such as from= or command= are ignored
// (brief never runs commands), which the problems list says too.
func parseAuthorizedKeys(name string, data []byte) keySet {
	ks := keySet{byWire: map[string]authorizedKey{}}
	for i, line := range bytes.Split(data, []byte("\n")) {
		n := i + 1
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			ks.problems = append(ks.problems, fmt.Sprintf("%s:%d: not a public key, line skipped: %v", name, n, err))
			continue
		}
		skip := false
		for _, o := range options {
			opt := strings.ToLower(o)
			if opt == "cert-authority" {
				ks.problems = append(ks.problems, fmt.Sprintf("%s:%d: cert-authority keys are not supported, line skipped", name, n))
				skip = true
			}
		}
		if skip {
			continue
		}
		if _, ok := key.(*gossh.Certificate); ok {
			ks.problems = append(ks.problems, fmt.Sprintf("%s:%d: certificates are not supported, line skipped", name, n))
			continue
		}
		if len(options) > 0 {
			ks.problems = append(ks.problems, fmt.Sprintf("%s:%d: options %q ignored", name, n, strings.Join(options, ",")))
		}
		wire := string(key.Marshal())
		if _, dup := ks.byWire[wire]; dup {
			continue // the first line wins, as in sshd
		}
		ks.byWire[wire] = authorizedKey{key: key, fingerprint: gossh.FingerprintSHA256(key), comment: comment, line: n}
	}
	return ks
}

// keyring is the authorized_keys file, re-read whenever it changes on disk so
// that adding or removing a key needs no restart (sshd behaves the same way).
type keyring struct {
	path string

	mu      sync.Mutex
	modTime time.Time
	size    int64
	set     keySet
	onLoad  func(keySet, error) // reports problems after a re-read
}

// loadKeyring reads path once; it fails when the file is missing or holds
// no usable key, with a message that says why and what to do.
func loadKeyring(path string, onLoad func(keySet, error)) (*keyring, error) {
	k := &keyring{path: path}
	set, err := k.read()
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no usable keys: %s does not exist; add the public keys of the people who may connect (or pass --anyone to let any key read)", path)
		}
		return nil, fmt.Errorf("no usable keys: %w", err)
	}
	if len(set.byWire) == 0 {
		msg := fmt.Sprintf("no usable keys: %s has no public key line", path)
		if len(set.problems) > 0 {
			msg += " (" + strings.Join(set.problems, "; ") + ")"
		}
		return nil, errors.New(msg + "; add one per person (or pass --anyone)")
	}
	k.set = set
	k.onLoad = onLoad
	return k, nil
}

// read parses the file and records the stat it came from.
func (k *keyring) read() (keySet, error) {
	fi, err := os.Stat(k.path)
	if err != nil {
		return keySet{}, err
	}
	data, err := os.ReadFile(k.path)
	if err != nil {
		return keySet{}, err
	}
	k.modTime, k.size = fi.ModTime(), fi.Size()
	return parseAuthorizedKeys(filepath.Base(k.path), data), nil
}

// lookup returns the authorized_keys entry for key, re-reading the file
// first if it changed. A file that vanished or became unreadable authorizes
// nobody: revoking access by deleting the file must work.
func (k *keyring) lookup(key gossh.PublicKey) (authorizedKey, bool) {
	if k == nil {
		return authorizedKey{}, false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	fi, err := os.Stat(k.path)
	switch {
	case err != nil:
		if len(k.set.byWire) > 0 && k.onLoad != nil {
			k.onLoad(keySet{}, err)
		}
		k.set = keySet{}
		k.modTime, k.size = time.Time{}, -1
	case !fi.ModTime().Equal(k.modTime) || fi.Size() != k.size:
		set, err := k.read()
		if err != nil {
			set = keySet{}
		}
		k.set = set
		if k.onLoad != nil {
			k.onLoad(set, err)
		}
	}
	ak, ok := k.set.byWire[string(key.Marshal())]
	return ak, ok
}

// all returns every key currently authorized (used to check an access file
// against the keys it names).
func (k *keyring) all() []authorizedKey {
	if k == nil {
		return nil
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]authorizedKey, 0, len(k.set.byWire))
	for _, ak := range k.set.byWire {
		out = append(out, ak)
	}
	return out
}

// defaultAuthorizedKeys is ~/.ssh/authorized_keys of the user running brief.
func defaultAuthorizedKeys() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find ~/.ssh/authorized_keys: %w", err)
	}
	return filepath.Join(home, ".ssh", "authorized_keys"), nil
}
