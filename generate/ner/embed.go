package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
	"sync/atomic"
)

// loads counts readings of the embedded model (a test holds that none
// happens at init).
var loads atomic.Int32

// modelData is the trained model (go run ./internal/nertrain writes it).
// It is CC BY-SA 4.0, trained on data whose attribution is in
// model/ATTRIBUTION.md; see model/LICENSE.md.
//
//go:embed model/ner.gz
var modelData []byte

// embedded is read on first use, never at init: a program that does not
// tag pays nothing for the model.
var embedded = sync.OnceValues(func() (*Model, error) {
	loads.Add(1)
	m, err := ReadModel(bytes.NewReader(modelData))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %v", err)
	}
	return m, nil
})

// Load returns the embedded model, reading it on the first call.
func Load() (*Model, error) { return embedded() }

// mustLoad returns the embedded model; a test holds that it reads, so a
// failure here is a broken build.
func mustLoad() *Model {
	m, err := embedded()
	if err != nil {
		panic(err)
	}
	return m
}

// Tag tags one sentence's tokens (as Tokenize cuts them) with the
// embedded model: one BIO tag per token.
func Tag(tokens []string) []string { return mustLoad().Tag(tokens) }

// Actors returns the actors of an article's text found by the embedded
// model under the Default rules: each with its name, type and the byte
// offsets of its mentions in text.
func Actors(text string) []Actor { return mustLoad().Actors(text, Default) }

// NewTagger returns a Tagger of the embedded model, for a run of
// documents.
func NewTagger() *Tagger { return mustLoad().NewTagger() }
