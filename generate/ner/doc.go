// Package ner finds named entities (people, organizations, places, other
// names) in English text with a statistical sequence tagger, and turns them
// into a text's actors (person, organization, country).
//
// The tagger is a structured averaged perceptron (Collins 2002): hashed
// features of each token and its neighbours (word, lower case, shape,
// prefixes and suffixes, capitalisation, position, a country gazetteer,
// the word's case elsewhere in the document) score BIO tags over PER, ORG,
// LOC and MISC, and Viterbi decoding picks the best sequence that keeps BIO
// well formed. It is deterministic: the same text always gets the same tags.
//
// The weights are embedded (model/ner.gz, written by
// `go run ./internal/nertrain`) and read on first use, never at init.
//
// Licence: the model is trained on ../shared/ner-train (UNER English-EWT,
// UNER English-PUD and GUM, adapted; CC BY-SA 4.0). The weights are
// distributed under CC BY-SA 4.0 with that data's attribution: see
// model/LICENSE.md and model/ATTRIBUTION.md, which go with the model. What
// the tagger scores, and on what, is in README.md.
package ner
