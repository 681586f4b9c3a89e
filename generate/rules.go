package generate

// The generator's rules are ordered tables, one per family: dateRules
// (date_rules.go, relative.go), spanRules (span_rules.go) and the speaker
// rules (speaker_rules.go). Each row is a name, an example of the text it
// reads and a small function; an engine tries the rows in order at one
// place, and the order is the precedence. This file holds what the
// tables share: the verdict a rule gives and token-pattern helpers that
// keep the rows short.

// verdict is what a rule says about the place it is tried at.
type verdict uint8

const (
	// pass: not this rule's case; the next rule is tried.
	pass verdict = iota
	// found: the rule read the place; its result stands and no later rule
	// is tried.
	found
	// stop: the rule claims the place for no result ("early" before a
	// noun is no date, "May" without a date context is the verb); no
	// later rule is tried.
	stop
	// again: the rule read the head of the place and the rules are tried
	// afresh on the rest (span rules: "Megan Liu" of "Megan Liu of Redfern
	// Research", then "Redfern Research").
	again
)

// decide turns a resolver's (result, ok) into a rule's verdict at a place
// the rule has claimed: found when ok, else stop.
func decide[T any](v T, ok bool) (T, verdict) {
	if ok {
		return v, found
	}
	return v, stop
}

// decideSpeaker is the verdict of a speaker rule that has claimed its
// place: the speaker it names, or none (stop).
func decideSpeaker(sp string) (string, verdict) { return decide(sp, sp != "") }

// lowerAt is token i in lower case, or "" outside toks.
func lowerAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].lower()
}

// wordIs says token i, in lower case, is one of words (never outside toks).
func wordIs(toks []token, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	l := toks[i].lower()
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

// prevIs says the token before i is one of words.
func prevIs(toks []token, i int, words ...string) bool { return wordIs(toks, i-1, words...) }

// nextIs says the token after i is one of words.
func nextIs(toks []token, i int, words ...string) bool { return wordIs(toks, i+1, words...) }
