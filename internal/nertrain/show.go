package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/brief-team/brief/generate"
	"github.com/brief-team/brief/generate/ner"
)

// show prints a text with its entities bracketed, for looking at dev
// articles.
func show(m *ner.Model, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	doc, err := generate.ReadSource(path, data)
	if err != nil {
		return err
	}
	var sb strings.Builder
	last := 0
	for _, e := range m.Entities(doc.Text) {
		sb.WriteString(doc.Text[last:e.Start])
		fmt.Fprintf(&sb, "[%s %s]", doc.Text[e.Start:e.End], e.Type)
		last = e.End
	}
	sb.WriteString(doc.Text[last:])
	fmt.Println(sb.String())
	return nil
}
