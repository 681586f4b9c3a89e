package e2e

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/buildtest"
)

// TestReadmeCommands installs brief as the README says (go install . from
// the checkout) and runs the README's example commands with the installed
// binary: each must be in the README as written, exit as the README says,
// and print what the README shows where it shows output.
func TestReadmeCommands(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if err := buildtest.Track(root); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	gobin := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	install := exec.CommandContext(ctx, "go", "install", ".")
	install.Dir = root
	install.Env = append(os.Environ(), "GOBIN="+gobin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install .: %v\n%s", err, out)
	}
	brief := filepath.Join(gobin, "brief")
	for _, c := range []struct {
		line string   // as the README writes it
		args []string // what the shell passes
		code int
		out  string // a line the README shows the command printing
	}{
		{
			`brief show briefings/iran-albania.md --grep "edi rama" --pane actors`,
			[]string{"show", "briefings/iran-albania.md", "--grep", "edi rama", "--pane", "actors"},
			0,
			"Actors:39: Edi Rama (person) — Albanian Prime Minister [S1, S2]",
		},
		{"brief missing.md", []string{"missing.md"}, 1, "brief: missing.md: no such file or directory"},
		{
			"brief eval generate/testdata/shared/gold generate/testdata/shared/sources",
			[]string{"eval", "generate/testdata/shared/gold", "generate/testdata/shared/sources"},
			0, "",
		},
		{
			"brief eval --realdev\ngenerate/testdata/realdev --split test",
			[]string{"eval", "--realdev", "generate/testdata/realdev", "--split", "test"},
			0, "",
		},
		{"brief --version; brief completion bash; brief man", []string{"--version"}, 0, ""},
		{"brief --version; brief completion bash; brief man", []string{"completion", "bash"}, 0, ""},
		{"brief --version; brief completion bash; brief man", []string{"man"}, 0, ""},
	} {
		if !bytes.Contains(readme, []byte(c.line)) {
			t.Errorf("the README no longer says %q: keep this test and the README together", c.line)
			continue
		}
		if c.out != "" && !bytes.Contains(readme, []byte(c.out)) {
			t.Errorf("the README no longer shows %q", c.out)
		}
		cmd := exec.CommandContext(ctx, brief, c.args...)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != c.code || !strings.Contains(string(out), c.out) {
			t.Errorf("%s: exit %d (want %d), output:\n%s", strings.Join(c.args, " "), code, c.code, out)
		}
	}
}
