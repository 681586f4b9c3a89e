package generate

import (
	"sort"
	"strings"
	"sync"

	"github.com/brief-team/brief/briefings"
)

// typeOrder is the order of actor types in the briefing.
var typeOrder = sync.OnceValue(func() map[string]int {
	return map[string]int{briefings.ActorPerson: 0, briefings.ActorOrganization: 1, briefings.ActorCountry: 2, briefings.ActorGroup: 3}
})

// output turns the actors into the briefing's list: people, then
// organizations, then countries, each in order of first mention.
func (x *extractor) output(ids []string) []briefings.Actor {
	// Aliases: every surface form seen.
	for si, ms := range x.mentions {
		_ = si
		for _, m := range ms {
			if m.act != nil && m.kind != mRole {
				sf := m.surface
				if isAllCaps(sf) && len(sf) > 5 {
					sf = titleCase(sf)
				}
				m.act.addAlias(sf)
			}
		}
	}
	acts := make([]*actor, 0, len(x.actors))
	for _, a := range x.actors {
		if len(a.docs) > 0 {
			acts = append(acts, a)
		}
	}
	sort.SliceStable(acts, func(i, j int) bool {
		if typeOrder()[acts[i].typ] != typeOrder()[acts[j].typ] {
			return typeOrder()[acts[i].typ] < typeOrder()[acts[j].typ]
		}
		return acts[i].first < acts[j].first
	})
	var out []briefings.Actor
	for _, a := range acts {
		name := oneLine(a.name)
		var aliases []string
		nn := normName(name)
		have := map[string]bool{}
		for _, al := range a.aliases {
			al = oneLine(al)
			if k := normName(al); al != "" && k != nn && !have[k] {
				have[k] = true
				aliases = append(aliases, al)
			}
		}
		out = append(out, briefings.Actor{Name: name, Type: a.typ, Role: oneLine(a.role), Aliases: aliases, Cites: citesOf(a.docs, ids)})
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, l := range list {
		if normName(l) == normName(s) {
			return true
		}
	}
	return false
}

// citesOf lists the ids of docs in source order. It walks the actor's
// documents, not every source: with thousands of sources and actors the
// latter grew with their product.
func citesOf(docs map[int]bool, ids []string) []string {
	idx := make([]int, 0, len(docs))
	for i, ok := range docs {
		if ok && i < len(ids) {
			idx = append(idx, i)
		}
	}
	sort.Ints(idx)
	var out []string
	for _, i := range idx {
		out = append(out, ids[i])
	}
	return out
}

// quotes lists the quoted passages with their speakers, merged across
// sources when the same words come from the same speaker.
func (x *extractor) quotes(ids []string) []briefings.Quote {
	var out []briefings.Quote
	idx := map[string]int{}
	// The quote that ran on past the previous paragraph's end, while its
	// continuation (this paragraph's first quote) is not yet read: they
	// share one speaker, whichever of the two names it.
	runOn, runOnSpeaker := -1, ""
	runOnGuessed := false // runOnSpeaker came from the sentence before, not an attribution
	// The speaker of the quote that ended the previous paragraph: a
	// paragraph of quotation alone that follows goes on in that voice.
	paraSpeaker := ""
	x.markQuoted()
	x.eachParagraph(func(start, end int) {
		var prevLabel *quote
		lastSpeaker, lastEnd := "", -10
		said := make([]string, len(x.paraQuotes[start])) // each quotation's speaker
		for k, q := range x.paraQuotes[start] {
			if q.inTurn {
				// Attributed where they stand (a title or a term the
				// speaker quotes unattributed is no one else's words);
				// the turn's voice does not run on into them.
				if raw, label := x.speakerOf(q, end, nil); !label && raw != "" {
					x.addQuote(&out, idx, oneLine(q.text), oneLine(raw), ids[q.doc])
				}
				continue
			}
			raw, label := x.speakerOf(q, end, prevLabel)
			prevLabel = nil
			if label {
				prevLabel = &q
			}
			// A quote opening a sentence right after an attributed one in
			// the same paragraph continues it: “...,” said X. “That calm
			// is gone.”
			if raw == "" && !label && q.o == 0 && lastSpeaker != "" && q.s1 == lastEnd+1 && !x.attributedAfter(q) {
				raw = lastSpeaker
			}
			// `“...,” said X, an analyst at Y Co. “Investors ...”`: the
			// sentence did not end at the abbreviation, but the words that
			// close it after the attribution are the same speaker's.
			if raw == "" && !label && lastSpeaker != "" && q.s1 == lastEnd && q.s2 == q.s1 && q.c+2 >= len(x.sents[q.s2].toks) && q.o > 0 && x.sents[q.s1].toks[q.o-1].n != "\"" {
				raw = lastSpeaker
			}
			opens := q.s1 == start && q.o == 0
			continues := (runOnSpeaker != "" || runOn >= 0) && opens
			if continues && raw == "" {
				raw = runOnSpeaker
			}
			if raw == "" && !label && opens && !q.runsOn && x.allQuoted(start) {
				raw = paraSpeaker
			}
			// "Ms Kickett said families had given evidence. “We heard from
			// grandmothers ...”": the sentence before names who speaks,
			// unless the words run on to a paragraph that says otherwise,
			// or their own sentence attributes them (`“...,” the Lopez
			// campaign said`: no speaker rather than the one before).
			guessed := false
			if raw == "" && !label && q.o == 0 && !continues && q.s1 > 0 && x.sents[q.s1-1].doc == q.doc && !x.allQuoted(q.s1-1) && !x.attributedAfter(q) {
				raw = x.beforeQuote(q.s1-1, len(x.sents[q.s1-1].toks))
				if raw == "" {
					// "Senator John Cornyn ... issued a statement regarding
					// the rejection. “Like many Texans, ...”": the statement.
					raw = x.statementIssued(q.s1 - 1)
				}
				// "In her closing statement, Odegaard turned to the
				// pandemic. “I know what this year has cost ...”": words
				// in the first person after a sentence, in their
				// paragraph, that opens with a person are that person's.
				// So is a paragraph of quotation alone after it: "...,
				// Hiroshi Tanabe, bowed deeply ... and apologised. ¶ "We have
				// disappointed the people who trusted us ..."", "Ms Okafor
				// was having none of it. ¶ "The only people who should be
				// scared are ..."".
				alone := q.s1 == start && x.allQuoted(start) && q.s2 == end-1
				if raw == "" && (x.sents[q.s1-1].para == x.sents[q.s1].para && firstPerson(q.text) || alone) && !x.verbAfter(q) {
					if sp := x.openingSubject(q.s1 - 1); sp != "" {
						if a := x.byKey[normName(sp)]; a != nil && a.typ == briefings.ActorPerson {
							raw = sp
						}
					}
				}
				guessed = raw != ""
			}
			// "You've had three years, Gareth," she replied: who is
			// addressed did not say the words, whatever read "she" as him.
			if raw != "" && addressedIn(q.text, raw) {
				raw = ""
			}
			if continues && raw != "" && runOn >= 0 && (out[runOn].Speaker == "" || runOnGuessed && oneLine(raw) != out[runOn].Speaker) {
				x.setQuoteSpeaker(out, idx, runOn, oneLine(raw))
			}
			runOn, runOnSpeaker, runOnGuessed = -1, "", false
			// A label or an unattributed term inside the sentence that
			// attributed the last quote does not break its speaker's run:
			// “...,” said X, who chaired the “Phase 2” inquiry. “Once ...”
			if !label && (raw != "" || q.s1 != lastEnd) {
				lastSpeaker, lastEnd = raw, q.s2
			}
			if raw != "" && !label && !guessed {
				if x.saidIn == nil {
					x.saidIn = map[int]string{}
				}
				x.saidIn[q.s2] = raw
			}
			i := x.addQuote(&out, idx, oneLine(q.text), oneLine(raw), ids[q.doc])
			said[k] = out[i].Speaker
			if q.runsOn {
				runOn, runOnSpeaker, runOnGuessed = i, raw, guessed
			}
		}
		// The words a speaker quotes are whoever the speaker says said
		// them: "I", the speaker; "you", whom the words were told to;
		// anyone else, or a term quoted, no one the rules can name.
		for _, in := range x.innerQuotes[start] {
			outer := x.paraQuotes[start][in.outer]
			x.addQuote(&out, idx, oneLine(in.q.text), oneLine(x.innerSpeaker(in.q, outer, said[in.outer])), ids[in.q.doc])
		}
		// Only a whole quoted sentence that ends its paragraph hands its
		// voice on; words running on unattributed keep the voice before.
		qs := x.paraQuotes[start]
		for len(qs) > 0 && qs[len(qs)-1].inTurn {
			qs = qs[:len(qs)-1]
		}
		switch last := len(qs) - 1; {
		case last >= 0 && qs[last].runsOn && lastSpeaker == "":
		case last >= 0 && qs[last].s2 == end-1 && (qs[last].o == 0 || x.sents[qs[last].s1].toks[qs[last].o-1].n == ":"):
			paraSpeaker = lastSpeaker
		default:
			paraSpeaker = ""
		}
	})
	return out
}

// attributedAfter says a reporting verb follows quote q in its sentence
// (`“...,” said Clements.`), or the sentence after it names the words'
// source ("The words came from ..."): the quote has an attribution of its
// own, even one naming no actor, so it does not go on in the voice before
// it.
func (x *extractor) attributedAfter(q quote) bool {
	toks := x.sents[q.s2].toks
	// "...." The words came from Noh Eun-sil, a welder; a paragraph of
	// quotation alone, "That was the response of X" after it.
	if q.c+2 >= len(toks) && q.s2+1 < len(x.sents) && (x.sents[q.s2+1].para == x.sents[q.s2].para || x.allQuoted(q.s2)) && x.sents[q.s2+1].doc == q.doc {
		if _, ok := x.sourceNamedAfter(q.s2 + 1); ok {
			return true
		}
	}
	for i := q.c + 1; i < len(toks) && i <= q.c+4; i++ {
		if toks[i].kind == tDQ || toks[i].n == "." {
			return false
		}
		// `"...," according to a statement on the union's website`
		if speechVerb(toks[i].lower()) || wordIs(toks, i, "according") && wordIs(toks, i+1, "to") {
			return true
		}
	}
	return false
}

// addQuote adds a quote, or cites doc on the same words from the same
// speaker already added, and returns its index in out.
func (x *extractor) addQuote(out *[]briefings.Quote, idx map[string]int, text, speaker, doc string) int {
	key := strings.ToLower(straighten(text)) + "|" + normName(speaker)
	if i, ok := idx[key]; ok {
		if !containsFold((*out)[i].Cites, doc) {
			(*out)[i].Cites = append((*out)[i].Cites, doc)
			sort.Strings((*out)[i].Cites)
		}
		return i
	}
	idx[key] = len(*out)
	*out = append(*out, briefings.Quote{Text: text, Speaker: speaker, Cites: []string{doc}})
	return len(*out) - 1
}

// setQuoteSpeaker gives quote i the speaker its continuation named, keeping
// the index by words and speaker in step.
func (x *extractor) setQuoteSpeaker(out []briefings.Quote, idx map[string]int, i int, speaker string) {
	q := &out[i]
	delete(idx, strings.ToLower(straighten(q.Text))+"|"+normName(q.Speaker))
	q.Speaker = speaker
	idx[strings.ToLower(straighten(q.Text))+"|"+normName(speaker)] = i
}

// autoTags are the most mentioned countries (up to four), lower case.
func (x *extractor) autoTags() []string {
	count := map[*actor]int{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			if m.act != nil && m.act.typ == briefings.ActorCountry {
				count[m.act]++
			}
		}
	}
	var cs []*actor
	for a := range count {
		cs = append(cs, a)
	}
	sort.Slice(cs, func(i, j int) bool {
		if count[cs[i]] != count[cs[j]] {
			return count[cs[i]] > count[cs[j]]
		}
		return cs[i].first < cs[j].first
	})
	tags := []string{}
	for i := 0; i < len(cs) && i < 4; i++ {
		tags = append(tags, strings.ToLower(cs[i].name))
	}
	return tags
}

// verbAfter says a verb of speech follows quotation q in its sentence:
// `"...," one senior Hurley adviser told CNN`.
func (x *extractor) verbAfter(q quote) bool {
	toks := x.sents[q.s2].toks
	for k := q.c + 1; k < len(toks); k++ {
		if toks[k].kind == tDQ {
			return false
		}
		if speechVerb(toks[k].lower()) {
			return true
		}
	}
	return false
}

// firstPerson says words are said in the first person: "I", "my", "we".
func firstPerson(text string) bool {
	for w := range strings.FieldsSeq(text) {
		switch strings.ToLower(strings.Trim(w, ".,;:!?\"'’“”")) {
		case "i", "me", "my", "we", "us", "our", "i'm", "i've", "i'd", "i'll", "we're", "we've":
			return true
		}
	}
	return false
}
