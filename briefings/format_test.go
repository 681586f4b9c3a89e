package briefings

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"reflect"
	"testing"
)

func TestShippedRoundTrip(t *testing.T) {
	names, err := fs.Glob(Shipped, "*.md")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shipped briefings: %v", err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(Shipped, name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Parse(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := Write(b)
		if !bytes.Equal(out, data) {
			t.Errorf("%s: Write(Parse(file)) differs from the file:\n%s", name, out)
		}
		b2, err := Parse(name, out)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b, b2) {
			t.Errorf("%s: Parse(Write(b)) != b", name)
		}
		j, err := json.Marshal(b)
		if err != nil || bytes.Contains(j, []byte("null")) {
			t.Errorf("%s: JSON %s, %v", name, j, err)
		}
	}
}
