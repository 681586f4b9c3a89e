package generate

// A stock market index ("the Dow Jones Industrial Average", "the S&P 500",
// "the FTSE 100", "Germany's DAX") is a number that moves, not an actor,
// though its name is capitalized and often an acronym or a firm's name. It
// is told by how the text uses it, not by a list: a name before "index" or
// "average", a name ending in "Index", "Average" or "Composite", a name and
// a number before a market verb ("the FTSE 100 slipped"), or a name that
// moves by points ("the Dow fell 200 points"). Once one is told, its
// shorter forms in the same document ("the Dow", "the S&P", "Nasdaq") are
// the index too.

// indexHeads end an index's name, capitalized or not: "Nasdaq Composite",
// "S&P 500 index", "Dow Jones industrial average".
var indexHeads = words(`index indices indexes average composite`)

// marketVerbs say how an index moved or where it ended.
var marketVerbs = words(`fell rose gained lost dropped slipped closed ended finished climbed jumped
	tumbled plunged added shed slid surged sank rallied dipped edged opened`)

// findIndexNames records, per document, the names the text uses as a
// market index, with their shorter forms (x.indexNames).
func (x *extractor) findIndexNames() {
	x.nameSpans = make([][]span, len(x.sents))
	for si, s := range x.sents {
		toks := s.toks
		spans := capSpans(toks)
		x.nameSpans[si] = spans
		indexAt := make([]bool, len(spans))
		// Right to left: "the German DAX and the Japanese Nikkei 225
		// indexes" makes both names indexes.
		for k := len(spans) - 1; k >= 0; k-- {
			a, b := spans[k].a, spans[k].b
			for a < b && determiners.has(toks[a].lower()) {
				a++
			}
			if a >= b {
				continue
			}
			e := b // past "'s" and a number: "Standard & Poor's 500", "FTSE 100"
			if e < len(toks) && toks[e].n == "'s" {
				e++
			}
			num := numberAt(toks, e)
			if num {
				e++
			}
			head := b // the name without a capitalized head word
			for head > a+1 && indexHeads.has(toks[head-1].lower()) || head > a+1 && wordIs(toks, head-1, "industrial") {
				head--
			}
			is := head < b && x.countryAt(si, a) != head-a
			h := e // a lower-case head after the name
			if wordIs(toks, h, "industrial") {
				h++
			}
			v := e // past "(DJIA)", a comma and "which": where the verb is
			if acronymAt(toks, v) {
				v += 3
			}
			if v < len(toks) && toks[v].n == "," {
				v++
			}
			if wordIs(toks, v, "which") {
				v++
			}
			switch {
			case is:
			case wordIs(toks, a-1, "in", "of") && wordIs(toks, a-2, "shares", "stock", "stocks"):
				// "Shares in Kessler-Brandt were down 9.3%": a firm's
				// shares move, not an index.
			case x.countryAt(si, a) == b-a:
				// "the UK index", "the Japanese index": where, not which.
			case hasOrgCue(toks, a, b):
				// "Hyundai Motor, which was down 6.1 percent": a firm's
				// shares move as an index does.
			case indexHeads.has(lowerAt(toks, h)) && (!toks[h].upper() || num):
				// "S&P 500 index", "the Russell 2000 Index"
				is = true
			case num && marketVerbs.has(lowerAt(toks, v)):
				is = true
			case marketVerbs.has(lowerAt(toks, v)) && pointsWithin(toks, v+1, 6):
				is = true
			case wordIs(toks, v, "was", "is", "were", "closed", "ended", "finished") && wordIs(toks, v+1, "up", "down", "higher", "lower") && (numberAt(toks, v+2) || wordIs(toks, v+2, "by")):
				// "the Dow Jones was down 2.62%", "Germany's DAX was up by a
				// fifth of a percent"
				is = true
			case num && movesWithin(toks, v, 4):
				// "The FTSE 100 has today gone up in value by 8.26%"
				is = true
			case indexBefore(toks, a):
				is = true
			case wordIs(toks, e, "and") && k+1 < len(spans) && indexAt[k+1] && spans[k+1].a <= e+3 && pluralIndexAfter(toks, spans[k+1].b):
				is = true
			case wordIs(toks, b, "and") && k+1 < len(spans) && indexAt[k+1] && spans[k+1].a == b+1:
				// "the Standard and Poor's 500 index": one name.
				is = true
			}
			if !is {
				continue
			}
			indexAt[k] = true
			x.addIndexName(si, a, head, b)
			if cn := x.countryAt(si, a); cn > 0 && a+cn < head {
				x.addIndexName(si, a+cn, head, b)
			}
			// "Dow Jones Industrial Average (DJIA)", "Dow Jones industrial
			// average (INDU)"
			if acronymAt(toks, b) {
				x.indexName(x.doc(si), toks[b+1].s)
			} else if indexHeads.has(lowerAt(toks, h)) && acronymAt(toks, h+1) {
				x.indexName(x.doc(si), toks[h+2].s)
			}
		}
	}
}

// addIndexName records the name [a,b) of sentence si, and each leading
// part of it up to head ("Dow Jones", "Dow"), as an index of its document.
func (x *extractor) addIndexName(si, a, head, b int) {
	x.indexName(x.doc(si), x.text(si, a, b))
	toks := x.sents[si].toks
	for k := a + 1; k <= head; k++ {
		// Not "Japanese" of "the Japanese Nikkei": a country is no index.
		if toks[k-1].kind != tWord || connectors.has(toks[k-1].lower()) || x.countryAt(si, a) == k-a {
			continue
		}
		x.indexName(x.doc(si), x.text(si, a, k))
	}
}

func (x *extractor) indexName(doc int, name string) {
	if x.indexNames == nil {
		x.indexNames = map[int]map[string]bool{}
	}
	if x.indexNames[doc] == nil {
		x.indexNames[doc] = map[string]bool{}
	}
	x.indexNames[doc][normName(name)] = true
}

// isIndexName says the text names a market index in document doc.
func (x *extractor) isIndexName(doc int, name string) bool {
	return x.indexNames[doc][normName(name)]
}

// indexBefore says a lower-case index word comes just before the name at
// a, past "the", a comma and "such as": "the Japanese index the Nikkei",
// "the main stock market index, the Dow Jones", "indices, such as the
// Nasdaq".
func indexBefore(toks []token, a int) bool {
	i := a - 1
	for i >= 0 && (wordIs(toks, i, "the", "as", "such") || toks[i].n == ",") {
		i--
	}
	return i >= 0 && i < a-1 && indexHeads.has(toks[i].lower()) && !toks[i].upper()
}

// numberAt says token i is a number.
func numberAt(toks []token, i int) bool { return i < len(toks) && toks[i].kind == tNum }

// movesWithin says a market verb, or "up" or "down", is among the n words
// from i, before the sentence's next punctuation: "has today gone up".
func movesWithin(toks []token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if toks[k].kind != tWord {
			return false
		}
		if marketVerbs.has(toks[k].lower()) || wordIs(toks, k, "up", "down") {
			return true
		}
	}
	return false
}

// pointsWithin says "points" is among the n tokens from i.
func pointsWithin(toks []token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if wordIs(toks, k, "points", "point") {
			return true
		}
		if toks[k].kind == tPunct && toks[k].n == "." {
			return false
		}
	}
	return false
}

// pluralIndexAfter says a plural index head follows token i, past a
// number: "Nikkei 225 indexes".
func pluralIndexAfter(toks []token, i int) bool {
	if numberAt(toks, i) {
		i++
	}
	return wordIs(toks, i, "indexes", "indices")
}

// spanStockIndex: a market index's name, or a shorter form of one the
// document has used, names no actor; a country before it ("the German
// DAX") is where the market is, not an actor either.
func (x *extractor) spanStockIndex(s spanAt) (pending, verdict) {
	doc := x.doc(s.si)
	if x.indexNames[doc] == nil {
		return pending{}, pass
	}
	a := s.a
	if cn := countryAt(s.toks, a); cn > 0 && a+cn < s.b {
		a += cn
	}
	if !x.isIndexName(doc, x.text(s.si, a, s.b)) {
		return pending{}, pass
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}
