package scoring

import "strings"

// The callback story's readers as they were before storyText: each word
// found made them look through its whole sentence again (sentenceStart,
// sentenceEnd, anyWordStart on the sentence, wordSpans of it), so one
// long sentence of their words cost the square of its length. They are
// kept here, renamed with a Ref suffix, as the reference the linear
// readers are compared with (FuzzStoryReaders, TestStoryReadersRef).

func enforcementThreatRef(text string, hedges bool) bool {
	for _, w := range enforcementWords {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			a := off + k
			if (a == 0 || !isWordByte(text[a-1])) && !(hedges && propertyThreat(w) && hedgedRef(text, a, a+len(w))) {
				return true
			}
			off += k + 1
		}
	}
	return aimedThreatRef(text, "warrant", warrantAims, false) || aimedThreatRef(text, "legal action", suitAims, hedges) || aimedThreatRef(text, "legal proceedings", suitAims, hedges)
}

func aimedThreatRef(text, noun string, aims []string, canHedge bool) bool {
	for a, b := nextWholeWord(text, noun, 0); a >= 0; a, b = nextWholeWord(text, noun, a+1) {
		if aimedAt(text[b:sentenceEndRef(text, b)], aims) && !(canHedge && hedgedRef(text, a, b)) {
			return true
		}
	}
	return false
}

func libertyThreatRef(text string, hedges bool) bool {
	for _, w := range libertyWords {
		for a, b := nextWholeWordStart(text, w, 0); a >= 0; a, b = nextWholeWordStart(text, w, a+1) {
			aimed := w == "avoid arrest" || anyWordStart(text[sentenceStartRef(text, a):sentenceEndRef(text, b)], readerWords)
			if aimed && !(hedges && hedgedRef(text, a, b)) && !remindedRef(text, a, b, courtDuties) && !(w == "your arrest" && arrestPast(text[:a])) {
				return true
			}
		}
	}
	for a, b := nextWholeWord(text, "warrant", 0); a >= 0; a, b = nextWholeWord(text, "warrant", a+1) {
		if aimedAt(text[b:sentenceEndRef(text, b)], warrantAims) && !(hedges && hedgedRef(text, a, b)) && !remindedRef(text, a, b, courtDuties) {
			return true
		}
	}
	return false
}

func remindedRef(text string, a, b int, duties []string) bool {
	sentence := text[sentenceStartRef(text, a):sentenceEndRef(text, b)]
	if anyWordStart(sentence, reminderIfs) && anyWordStart(sentence, duties) && !anyWordStart(sentence, stateMoney) && !anyWordStart(sentence, contactWords) {
		return true
	}
	clause := text[sentenceStartRef(text, a):a]
	if k := strings.LastIndexByte(clause, ','); k >= 0 {
		clause = clause[k+1:]
	}
	return anyWordStart(clause, supposeWords)
}

func standingSuspensionRef(text string) bool {
	for _, w := range []string{"suspen", "revok", "revoc"} {
		for a, b := nextWholeWordStart(text, w, 0); a >= 0; a, b = nextWholeWordStart(text, w, a+1) {
			for b < len(text) && isWordByte(text[b]) {
				b++
			}
			sentence := text[sentenceStartRef(text, a):sentenceEndRef(text, b)]
			if anyWordStart(sentence, standingWords) && anyWordStart(sentence, []string{"your"}) && !hedgedRef(text, a, b) && !deniedRef(text, a) && !remindedRef(text, a, b, standingDuties) {
				return true
			}
		}
	}
	return false
}

func deniedRef(text string, a int) bool {
	s := sentenceStartRef(text, a)
	ws := wordSpansRef(text[s:a], s)
	for _, w := range ws[max(0, len(ws)-3):] {
		switch text[w[0]:w[1]] {
		case "not", "never", "t": // "won't", "isn't": the apostrophe ends a word
			return true
		}
	}
	return false
}

func vehicleSuspensionRef(text string, hedges bool) bool {
	for _, w := range []string{"suspen", "revok", "revoc"} {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			a := off + k
			off = a + 1
			if a > 0 && isWordByte(text[a-1]) {
				continue
			}
			b := a
			for b < len(text) && isWordByte(text[b]) {
				b++
			}
			sentence := text[sentenceStartRef(text, a):sentenceEndRef(text, b)]
			if anyWordStart(sentence, []string{"vehicle", "driver", "driving", "motor"}) && anyWordStart(sentence, readerWords) && !(hedges && hedgedRef(text, a, b)) {
				return true
			}
		}
	}
	return false
}

func refundAskedRef(text string) bool {
	for _, w := range []string{"refund", "refunds"} {
		for a, b := nextWholeWord(text, w, 0); a >= 0; a, b = nextWholeWord(text, w, b) {
			if !policyNoun(text[b:]) && refundVerbRef(text, a, b) {
				return true
			}
		}
	}
	return false
}

func refundVerbRef(text string, a, b int) bool {
	s := sentenceStartRef(text, a)
	ws := wordSpansRef(text[s:a], s)
	words := ws[:0:0]
	for _, w := range ws {
		if !isDigit(text[w[0]]) {
			words = append(words, w)
		}
	}
	for j := len(words) - 1; j >= 0 && j >= len(words)-1-maxHedgeGap; j-- {
		if !anyWord(text, words[j:j+1], refundVerbs) || j > 0 && anyWord(text, words[j-1:j], promiseWords) {
			continue
		}
		if j > 0 && !anyWord(text, words[j:j+1], callVerbs) {
			// "you can request a refund within 14 days": a right;
			// "cancel ... and get a full refund": a policy; "you can
			// request a refund by calling ..." still asks
			if (anyWord(text, words[j-1:j], hedgeWords) || anyWord(text, words[j-1:j], []string{"and"})) && !sentenceCallsRef(text, s, b) {
				continue
			}
		}
		return true
	}
	if len(ws) == 0 || text[ws[0][0]:ws[0][1]] != "for" {
		return false
	}
	rest := text[b:sentenceEndRef(text, b)]
	for _, cw := range callWords {
		if x, _ := nextWholeWord(rest, cw, 0); x >= 0 {
			return true
		}
	}
	return false
}

func sentenceCallsRef(text string, s, b int) bool {
	sentence := text[s:sentenceEndRef(text, b)]
	for _, cw := range callWords {
		if x, _ := nextWholeWord(sentence, cw, 0); x >= 0 {
			return true
		}
	}
	return false
}

func hedgedRef(text string, a, b int) bool {
	s := sentenceStartRef(text, a)
	ws := wordSpansRef(text[s:sentenceEndRef(text, b)], s)
	first, after := len(ws), len(ws) // the threat's first word, the first word after it
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i][0] >= a {
			first = i
		}
		if ws[i][0] >= b {
			after = i
		}
	}
	for i := first - 1; i >= 0 && i >= first-1-maxHedgeGap; i-- {
		if anyWord(text, ws[i:i+1], clauseWords) {
			return false // a new clause: its modal governs it, not the threat
		}
		if isHedge(text, ws, i) {
			return !undoes(text, ws[i+1:first])
		}
	}
	for i := after; i < len(ws) && i <= after+maxSubjectGap; i++ {
		if anyWord(text, ws[i:i+1], clauseWords) {
			return false
		}
		if isHedge(text, ws, i) {
			return !undoes(text, ws[after:min(len(ws), i+3)])
		}
	}
	return false
}

func wordSpansRef(seg string, off int) [][2]int {
	var ws [][2]int
	for i := 0; i < len(seg); {
		if !isWordByte(seg[i]) {
			i++
			continue
		}
		j := i
		for j < len(seg) && isWordByte(seg[j]) {
			j++
		}
		ws = append(ws, [2]int{off + i, off + j})
		i = j
	}
	return ws
}

func sentenceStartRef(text string, a int) int {
	for i := a - 1; i >= 0; i-- {
		if sentenceStop(text, i) {
			return i + 1
		}
	}
	return 0
}

func sentenceEndRef(text string, b int) int {
	for i := b; i < len(text); i++ {
		if sentenceStop(text, i) {
			return i
		}
	}
	return len(text)
}
