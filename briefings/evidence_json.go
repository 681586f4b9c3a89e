package briefings

// Evidence is where an item stands in one source it cites, as `brief
// export` gives it: found by the reader in the source's text (package
// evidence), never read from or written to the markdown, which carries no
// anchors.
type Evidence struct {
	Source string `json:"source"` // the source's id
	// Status is "found", "corroborated" (a timeline entry in another cited
	// source's words, whose event this source tells in its own: a sentence
	// sharing its words and naming its date), "approximate" (only a
	// sentence sharing most of the item's words) or "not_found".
	Status string  `json:"status"`
	Score  float64 `json:"score"` // word overlap of Sentence with the item, 0..1; 1 when found
	// Match is the item's own words in the source's text (found only).
	Match *TextSpan `json:"match,omitempty"`
	// Sentence is the whole sentence holding Match, or the closest one.
	Sentence *TextSpan `json:"sentence,omitempty"`
	// Date is a timeline entry's date expression ("Last Friday"), when
	// recognised.
	Date *TextSpan `json:"date,omitempty"`
}

// TextSpan is a piece of a source's text: byte offsets [Start, End) into
// the text as the source reader reads it (for a web page, the extracted
// article text), and the text itself.
type TextSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
