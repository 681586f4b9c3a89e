// Package layering holds the test that keeps brief's layers apart: the
// model and the generator know nothing of the terminal, and the reader and
// the server never pull in the generator.
package layering

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-team/brief/internal/buildtest"
)

const module = "github.com/brief-team/brief"

// Where the generator may live: under the model today, beside ui/ and
// server/ after the move.
var generatorPaths = []string{module + "/generate"}

// charmPrefixes are the import paths of the Charm libraries (Bubble Tea,
// Lip Gloss, Glamour, wish, fang and their helpers).
var charmPrefixes = []string{"charm.land/", "github.com/charmbracelet/"}

type pkg struct {
	ImportPath string
	Deps       []string // every package it depends on, transitively (tests excluded)
}

// under reports whether p is root or a package below it.
func under(p, root string) bool { return p == root || strings.HasPrefix(p, root+"/") }

func isGenerator(p string) bool {
	for _, g := range generatorPaths {
		if under(p, g) {
			return true
		}
	}
	return false
}

func isCharm(p string) bool {
	for _, c := range charmPrefixes {
		if strings.HasPrefix(p, c) {
			return true
		}
	}
	return false
}

// listPackages runs go list on the whole module.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	// go test caches this test's result by the files it opens; go list
	// reads the sources in a child process, which the cache cannot see.
	if err := buildtest.Track(root); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-json=ImportPath,Deps", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.Bytes())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// TestLayering holds the invariants AGENTS.md states:
//   - briefings/ (the model, the format, the library) and the generator
//     import nothing from Charm, so they can be used and tested without a
//     terminal;
//   - ui/ and server/ never import the generator: the reader and the
//     server only read briefings.
func TestLayering(t *testing.T) {
	pkgs := listPackages(t)
	seen := map[string]int{}
	for _, p := range pkgs {
		var forbidden func(string) bool
		var rule string
		switch {
		case under(p.ImportPath, module+"/briefings") || isGenerator(p.ImportPath):
			seen["model"]++
			if isGenerator(p.ImportPath) {
				seen["generator"]++
			}
			forbidden, rule = isCharm, "the model and the generator import nothing from Charm"
		case under(p.ImportPath, module+"/ui"):
			seen["ui"]++
			forbidden, rule = isGenerator, "the reader does not import the generator"
		case under(p.ImportPath, module+"/server"):
			seen["server"]++
			forbidden, rule = isGenerator, "the server does not import the generator"
		default:
			continue
		}
		for _, d := range p.Deps {
			if forbidden(d) {
				t.Errorf("%s depends on %s: %s", p.ImportPath, d, rule)
			}
		}
	}
	// A rule that matches no package holds nothing: a move of briefings/,
	// ui/, server/ or the generator must move these rules with it.
	for _, layer := range []string{"model", "generator", "ui", "server"} {
		if seen[layer] == 0 {
			t.Errorf("no %s package found: update the paths in this test", layer)
		}
	}
}
