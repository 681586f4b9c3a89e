package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestReaderStartsWithoutGeneratorTables: the reader links the generator
// (brief generate, brief eval) but must not build its tables at start-up;
// they were 10 ms and 2 MB of every start of brief. The Go runtime's
// inittrace reports what each package's initialisation allocated.
func TestReaderStartsWithoutGeneratorTables(t *testing.T) {
	cmd := exec.Command(briefBinary(t), "--help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("brief --help: %v\n%s", err, out)
	}
	seen := 0
	re := regexp.MustCompile(`(?m)^init (github\.com/brief-team/brief/generate(?:/\S+)?) @.*?, (\d+) bytes, (\d+) allocs$`)
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		seen++
		if bytes, _ := strconv.Atoi(m[2]); bytes > 16<<10 {
			t.Errorf("%s allocates %d bytes at start-up (%s allocations): a table built in a var or init(), not on first use", m[1], bytes, m[3])
		}
	}
	if seen == 0 {
		t.Fatalf("no init trace of the generator's packages:\n%s", out)
	}
}
