package scoring

import "strconv"

// hiddenText: the message's HTML hides letters or digits inside a word it
// shows (links.Extracted.HiddenSplits: "Pass<span style="display:none">
// xq</span>word", a font size of zero, text the colour of its
// background). Kits salt their words and callback numbers so that a
// filter reading the markup's text reads neither; a mail program never
// writes that, and a newsletter's hidden preheader or mobile-only block
// stands beside the words, not inside one. Form evidence about the
// message, from a sender nobody here has written to (outbound: the
// sender's outbound count), not our own people (authenticated, or, where
// our mail does not authenticate, a colleague established here:
// colleagueAmid, with ev the sender evidence so far; mail between
// colleagues teaches no outbound count, so replay's and an
// unauthenticated deployment's colleagues were all strangers here), not
// a mailing list's posts (whose software may rewrite markup).
func (m *message) hiddenText(w *Weights, outbound int, ev []evid) (evid, bool) {
	if m.in.HiddenSplits == 0 || outbound > 0 || m.in.List || m.internalSender() || m.colleagueAmid(ev) {
		return evid{}, false
	}
	return evid{code: CodeHiddenText, w: w.HiddenText, cls: classForm, a: strconv.Itoa(m.in.HiddenSplits)}, true
}

// hiddenTextText is hidden_text's sentence; n is the number of words
// the message's HTML splits with hidden text.
func hiddenTextText(n string) string {
	where := "a word"
	if n != "1" {
		where = n + " of the words"
	}
	return "the message hides letters inside " + where + " it shows (text in an element styled invisible, " +
		"a font size of zero, or coloured as its background): senders of phishing salt their words so that filters " +
		"reading the markup miss them, and ordinary mail has no use for it"
}
