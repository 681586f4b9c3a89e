package briefings

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("briefing.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("briefing.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("briefing.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, j []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(v)
}

// The export of the shipped briefing (what `brief export` prints) validates
// against the schema, and so do an empty briefing and random ones.
func TestExportMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	data, err := os.ReadFile("iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	b := mustParse(t, string(data))
	j, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(t, s, j); err != nil {
		t.Fatalf("shipped export does not validate: %v", err)
	}
	empty, _ := json.Marshal(&Briefing{})
	if err := validate(t, s, empty); err != nil {
		t.Fatalf("empty briefing: %v\n%s", err, empty)
	}
	if strings.Contains(string(empty), "null") {
		t.Errorf("nil slices marshal as null: %s", empty)
	}
	// Marshalling by value and by pointer agree, and the model is untouched.
	byVal, _ := json.Marshal(*b)
	byPtr, _ := json.Marshal(b)
	if !bytes.Equal(byVal, byPtr) {
		t.Error("value and pointer marshal differently")
	}
	// The schema rejects what it should: a missing field, a wrong type.
	var m map[string]any
	json.Unmarshal(j, &m)
	delete(m, "quotes")
	bad, _ := json.Marshal(m)
	if validate(t, s, bad) == nil {
		t.Error("schema accepts an export without quotes")
	}
	m["quotes"] = "none"
	bad, _ = json.Marshal(m)
	if validate(t, s, bad) == nil {
		t.Error("schema accepts quotes as a string")
	}
}

// The exact field names of brief's export format.
func TestJSONFieldNames(t *testing.T) {
	b := &Briefing{
		Sources:  []Source{{}},
		Summary:  []Statement{{}},
		Actors:   []Actor{{}},
		Timeline: []Event{{}},
		Quotes:   []Quote{{}},
		Sections: []Section{{}},
	}
	j, _ := json.Marshal(b)
	want := `{"title":"","date":"","tags":[],"marking":"","sources":[{"id":"","title":"","publisher":"","url":"","published":"","path":""}],` +
		`"summary":[{"text":"","cites":[]}],"actors":[{"name":"","type":"","role":"","aliases":[],"cites":[]}],` +
		`"timeline":[{"date":"","end":"","expected":false,"expression":"","anchor":"","anchor_source":"","text":"","cites":[]}],"quotes":[{"text":"","speaker":"","cites":[]}],"sections":[{"title":"","markdown":""}]}`
	if string(j) != want {
		t.Errorf("got  %s\nwant %s", j, want)
	}
	if b.Summary[0].Cites != nil || b.Actors[0].Aliases != nil {
		t.Error("MarshalJSON modified the briefing")
	}
	// Decoding the export gives the briefing back (modulo nil vs empty).
	var back Briefing
	if err := json.Unmarshal(j, &back); err != nil || !reflect.DeepEqual(len(back.Actors), 1) {
		t.Errorf("decode: %v", err)
	}
}
