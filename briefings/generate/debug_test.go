package generate

import (
	"fmt"
	"os"
	"testing"

	"github.com/brief-team/brief/briefings"
)

func TestDebugPrint(t *testing.T) {
	if os.Getenv("GENDEBUG") == "" {
		t.Skip()
	}
	var docs []Document
	for _, f := range os.Args[len(os.Args)-0:] {
		_ = f
	}
	files := []string{"../../sources/000_611f42bb94c1d655.txt", "../../sources/002_53654ff085638edd.txt"}
	if f := os.Getenv("GENFILES"); f != "" {
		files = []string{f}
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d, err := ReadSource(f, b)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	br, err := Generate(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(string(briefings.Write(br)))
}
