package scoring

import (
	"bytes"
	"slices"
	"strings"
)

// evidenceMedia are the words by which a complaint offers its proof behind
// a link: pictures, an album, a video or footage, screenshots, "the
// evidence".
var evidenceMedia = []string{"photos", "photo", "photographs", "photograph", "pictures", "picture", "pics", "images",
	"album", "video", "videos", "footage", "recording", "screenshots", "screenshot", "snapshots", "evidence", "proof"}

// evidenceGrievances are what such a complaint is about: damage or a dirty
// room a guest or customer was charged for or suffered (a scratched or
// ruined table, bed bugs, mould, food poisoning, an injury), and the
// copyright claim ("our images used without permission"), in whole words,
// English only. A bare "copyright" is every footer's, "theft" an insurer's
// advertisement's ("proof of ownership should theft occur") and "broken"
// a broken link's.
var evidenceGrievances = []string{"damage", "damaged", "damages", "complaint", "complaints", "stain", "stains", "stained",
	"dirty", "filthy", "unclean", "scratched", "scratches", "ruined", "dented", "cracked", "torn",
	"bed bugs", "bedbugs", "bed bug", "cockroach", "cockroaches", "mould", "mold", "mouldy", "moldy", "stolen",
	"injury", "injured", "food poisoning", "overcharged", "charged for", "charged me", "charged twice", "double charged",
	"copyright infringement", "copyright violation", "copyright claim", "copyrighted", "infringement", "infringing",
	"without permission", "unauthorized use", "unauthorised use", "legal action", "lawsuit"}

// evidenceThreats are how such a complaint presses the reader: a threat to
// report, review, publish or sue, a chargeback ("I will leave a bad
// review", "I'll be reporting you", "a 1-star review"), in whole words,
// English only, contractions expanded (expanded: "I'll" reads "i will").
// "Otherwise" turned to the writer's act (evidenceOtherwise), a threat to
// post (evidencePost), deadlines in a demanding sentence
// (evidenceDeadline) and "immediately" or "urgent" next to a demand
// (evidenceUrgentDemand) count too. A customer's genuine complaint asks
// for a replacement or a refund and threatens nothing; "otherwise" alone
// is a happy guest's ("otherwise the stay was lovely"), "sue" alone a
// name ("this is Sue"), "urgent" alone a tenant's leak, "I'll post it
// back" a customer's return.
var evidenceThreats = []string{"i will report", "will report", "report you", "report it", "report this",
	"be reporting", "going to report", "will publish", "will expose", "will go public", "will escalate",
	"bad review", "negative review", "1 star", "one star", "1-star", "one-star", "1 star review", "lawyer", "attorney", "solicitor",
	"legal action", "lawsuit", "small claims", "sue you", "will sue", "going to sue", "be suing", "take you to court",
	"chargeback", "dispute the charge"}

// evidenceUrgent are the words that press only next to a demand
// (evidenceDemands): "refund it immediately", "urgent: remove our
// photos", "refund it as soon as possible", never "approve the repair
// immediately" or "Urgent: water damage in 4B".
var evidenceUrgent = []string{"immediately", "urgent", "urgently", "asap", "as soon as possible"}

// evidenceDemands are the stems of what such a complaint demands: a
// refund, a removal, a response or an answer, compensation, payment, a
// deletion.
var evidenceDemands = []string{"refund", "remov", "respond", "response", "reply", "answer", "compensat", "pay", "delet", "take down",
	"reimburs", "resolv", "contact me", "get back"}

// evidenceSubjectDemands are the demands a subject makes for an urgent
// word anywhere in the text (evidenceUrgentDemand): "Refund request",
// not "Payment for the repair" or "Reply: damaged parcel", a thread's.
var evidenceSubjectDemands = []string{"refund", "compensat", "remov", "delet", "take down", "reimburs"}

// evidenceDemandNear is how many bytes of the same sentence around an
// urgency word evidenceUrgentDemand reads for a demand.
const evidenceDemandNear = 32

// evidenceUrgentDemand: a word of evidenceUrgent stands within
// evidenceDemandNear bytes of a demand (evidenceDemands) in the same
// sentence of s (lower case), or anywhere in s when subjectDemand (the
// subject holds a demand: "Refund request", "... This is urgent.").
func evidenceUrgentDemand(s []byte, subjectDemand bool) bool {
	for _, u := range evidenceUrgent {
		if eachWholeWord(s, u, func(a, e int) bool {
			if subjectDemand {
				return true
			}
			lo, hi := max(0, a-evidenceDemandNear), min(len(s), e+evidenceDemandNear)
			if i := bytes.LastIndexAny(s[lo:a], ".!?\n"); i >= 0 {
				lo += i + 1
			}
			if i := bytes.IndexAny(s[e:hi], ".!?\n"); i >= 0 {
				hi = e + i
			}
			return evidenceDemand(s[lo:hi])
		}) {
			return true
		}
	}
	return false
}

// eachWholeWord calls f with the bounds of each occurrence of w in s with
// no word byte on either side, in order, until f returns true.
func eachWholeWord(s []byte, w string, f func(a, e int) bool) bool {
	for off := 0; off < len(s); {
		k := bytes.Index(s[off:], []byte(w))
		if k < 0 {
			return false
		}
		a, e := off+k, off+k+len(w)
		off = a + 1
		if (a == 0 || !isWordByte(s[a-1])) && (e == len(s) || !isWordByte(s[e])) && f(a, e) {
			return true
		}
	}
	return false
}

// evidenceDemand: s (lower case) holds a demand (evidenceDemands) at the
// start of a word.
func evidenceDemand(s []byte) bool {
	return wordStartsIn(s, evidenceDemands)
}

// wordStartsIn: one of ps occurs in s at the start of a word.
func wordStartsIn(s []byte, ps []string) bool {
	for _, p := range ps {
		if wordStartIn(s, p) {
			return true
		}
	}
	return false
}

// wordStartIn: p occurs in s at the start of a word.
func wordStartIn(s []byte, p string) bool {
	for off := 0; off < len(s); {
		k := bytes.Index(s[off:], []byte(p))
		if k < 0 {
			return false
		}
		if a := off + k; a == 0 || !isWordByte(s[a-1]) {
			return true
		}
		off += k + 1
	}
	return false
}

// evidenceDeadlines are the deadlines without a number: "by tomorrow",
// "by tonight", "by (the) end of (the) day", "by EOD", "by close of
// business".
var evidenceDeadlines = []string{"by tomorrow", "by tonight", "by end of day", "by the end of the day", "by end of the day",
	"by eod", "by close of business", "by end of business", "by the end of business"}

// evidenceVisits are the verbs before "by" that make "by tomorrow" a
// visit, not a deadline: "could someone come by tomorrow", "pop by".
var evidenceVisits = []string{"come", "comes", "came", "coming", "stop", "stops", "stopped", "stopping",
	"drop", "drops", "dropped", "dropping", "pop", "pops", "popped", "popping"}

// evidenceDeadline: a sentence of s (lower case) sets a deadline and
// demands (evidenceDemands: "refund it within 24 hours", "you have 24
// hours to reply"): "within" a number of hours, days or weeks ("within
// 24 hours", "within 24h", "within 48 hrs", "within 3 business days",
// "within twenty-four hours", "within the next 24 hours", "within a
// day"), "you have" such a span, or one of evidenceDeadlines not after a
// visit's verb (evidenceVisits). A span followed by "of" tells when
// something happened ("within two hours of check-in we found bed bugs").
func evidenceDeadline(s []byte) bool {
	for len(s) > 0 {
		end := bytes.IndexAny(s, ".!?\n")
		if end < 0 {
			end = len(s)
		}
		if sentenceDeadline(s[:end]) && evidenceDemand(s[:end]) {
			return true
		}
		s = s[min(end+1, len(s)):]
	}
	return false
}

// sentenceDeadline: one sentence s (lower case) holds a deadline's shape
// (evidenceDeadline).
func sentenceDeadline(s []byte) bool {
	for _, d := range evidenceDeadlines {
		if eachWholeWord(s, d, func(a, _ int) bool {
			_, visit := lastWordIn(s[:a], evidenceVisits)
			return !visit
		}) {
			return true
		}
	}
	for _, lead := range [...]string{"within", "you have"} {
		units := evidenceSpanUnits
		if lead == "you have" {
			units = evidenceHourUnits // "you have 30 days to respond" is an insurer's or a supplier's term
		}
		if eachWholeWord(s, lead, func(_, e int) bool { return withinSpan(s[e:], units) }) {
			return true
		}
	}
	return false
}

// lastWordIn: the last word of s (before any white space at its end) is
// one of words.
func lastWordIn(s []byte, words []string) (string, bool) {
	e := len(s)
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	a := e
	for a > 0 && isWordByte(s[a-1]) {
		a--
	}
	for _, w := range words {
		if string(s[a:e]) == w {
			return w, true
		}
	}
	return "", false
}

// evidenceNumberWords are the numbers written out that a deadline
// counts: one to twelve, fourteen, fifteen, twenty, twenty-four, thirty,
// forty-eight, seventy-two, ninety, with a hyphen or a space, and "a" or
// "an" ("within a day", "within an hour"; "a few" is no number).
var evidenceNumberWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "fourteen", "fifteen", "twenty", "twenty-four", "twenty four", "thirty", "forty-eight", "forty eight",
	"seventy-two", "seventy two", "ninety", "a", "an"}

// evidenceSpanUnits are a deadline's units after its number;
// evidenceHourUnits those "you have" takes ("you have 24 hours").
var (
	evidenceSpanUnits = []string{"hours", "hour", "hrs", "hr", "h", "days", "day", "business days", "working days", "d",
		"weeks", "week"}
	evidenceHourUnits = []string{"hours", "hour", "hrs", "hr", "h"}
)

// withinSpan: s (after "within" or "you have") starts with white space,
// optionally "the next" or "next", a number, in digits or words
// (evidenceNumberWords), and a unit of hours, days or weeks
// (evidenceSpanUnits), white space between them optional ("24 hours",
// "24h", "two business days", "the next 24 hours"; after "the next" the
// number may be left out: "within the next day"), not followed by "of"
// ("within two hours of check-in" narrates).
func withinSpan(s []byte, units []string) bool {
	i := skipSpaces(s, 0)
	if i == 0 {
		return false
	}
	next := false
	for _, w := range [...]string{"the next", "next"} {
		if bytes.HasPrefix(s[i:], []byte(w)) && (i+len(w) == len(s) || !isWordByte(s[i+len(w)])) {
			i, next = skipSpaces(s, i+len(w)), true
			break
		}
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > i {
		return spanUnit(s, j, units)
	}
	for _, w := range evidenceNumberWords {
		if bytes.HasPrefix(s[i:], []byte(w)) && (i+len(w) == len(s) || !isWordByte(s[i+len(w)])) && spanUnit(s, i+len(w), units) {
			return true
		}
	}
	return next && spanUnit(s, i, units)
}

// spanUnit: s from j starts, after optional white space, with a unit of
// units as a whole word, not followed by "of".
func spanUnit(s []byte, j int, units []string) bool {
	j = skipSpaces(s, j)
	for _, u := range units {
		e := j + len(u)
		if !bytes.HasPrefix(s[j:], []byte(u)) || e < len(s) && isWordByte(s[e]) {
			continue
		}
		if k := skipSpaces(s, e); bytes.HasPrefix(s[k:], []byte("of")) && (k+2 == len(s) || !isWordByte(s[k+2])) {
			return false
		}
		return true
	}
	return false
}

// skipSpaces returns the index of the first byte of s from i that is no
// space (at most len(s)).
func skipSpaces(s []byte, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// evidenceOtherwiseBy are the words by which "otherwise" turns to the
// writer's own act within three words ("otherwise I will report it",
// "otherwise, I'm contacting Booking.com", "otherwise my lawyer"), unlike a
// happy guest's "otherwise the stay was lovely".
var evidenceOtherwiseBy = []string{"i", "we", "my", "our"}

// evidenceOtherwise: s (lower case, contractions expanded) holds
// "otherwise" followed within three words of its sentence by one of
// evidenceOtherwiseBy.
func evidenceOtherwise(s []byte) bool {
	return eachWholeWord(s, "otherwise", func(_, e int) bool {
		for n := 0; n < 3; n++ {
			for e < len(s) && !isWordByte(s[e]) && s[e] != '.' && s[e] != '!' && s[e] != '?' && s[e] != '\n' {
				e++
			}
			w := e
			for e < len(s) && isWordByte(s[e]) {
				e++
			}
			if w == e {
				return false
			}
			if slices.Contains(evidenceOtherwiseBy, string(s[w:e])) {
				return true
			}
		}
		return false
	})
}

// evidencePostSkip is how many words of what is posted may stand between
// "will post" and where ("I will post pictures of this on TripAdvisor",
// "post my experience on every review site").
const evidencePostSkip = 5

// evidencePostWhere are where it is posted: "on" a site ("on
// TripAdvisor", not "on Monday": evidenceWeekdays), "online",
// "publicly", "everywhere".
var evidencePostWhere = []string{"on", "online", "publicly", "everywhere", "to social media"}

// evidenceWeekdays follow "post it on" in a customer's return ("I will
// post it on Monday").
var evidenceWeekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// evidencePost: s (lower case, contractions expanded) threatens to post:
// "will post" or "going to post", up to evidencePostSkip words of what is
// posted, then one of evidencePostWhere or a site's domain ("post it on
// TripAdvisor", "I will post pictures of this on TripAdvisor", "will post
// them to reddit.com"); never "I will post it back" (a customer's
// return, a guest's key).
func evidencePost(s []byte) bool {
	for _, lead := range [...]string{"will post", "going to post"} {
		if eachWholeWord(s, lead, func(_, e int) bool { return postedWhere(s, skipSpaces(s, e)) }) {
			return true
		}
	}
	return false
}

// postedWhere: s from j, past up to evidencePostSkip words (none of them
// "back"), names where a post goes (postWhere).
func postedWhere(s []byte, j int) bool {
	for w := 0; w <= evidencePostSkip && j < len(s); w++ {
		if postWhere(s[j:]) {
			return true
		}
		k := j
		for k < len(s) && isWordByte(s[k]) {
			k++
		}
		if k == j || string(s[j:k]) == "back" {
			return false
		}
		j = skipSpaces(s, k)
	}
	return false
}

// postWhere: s starts with one of evidencePostWhere (not "on" a
// weekday or a date) or, after "to" or "on", a site's domain.
func postWhere(s []byte) bool {
	for _, w := range evidencePostWhere {
		if !bytes.HasPrefix(s, []byte(w)) || len(w) < len(s) && isWordByte(s[len(w)]) {
			continue
		}
		if w != "on" {
			return true
		}
		k := skipSpaces(s, len(w))
		if bytes.HasPrefix(s[k:], []byte("the ")) {
			k = skipSpaces(s, k+len("the "))
		}
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			return false
		}
		for _, d := range evidenceWeekdays {
			if bytes.HasPrefix(s[k:], []byte(d)) {
				return false
			}
		}
		return k < len(s) && isWordByte(s[k])
	}
	if bytes.HasPrefix(s, []byte("to ")) {
		k := skipSpaces(s, 3)
		e := k
		for e < len(s) && (isWordByte(s[e]) || s[e] == '.' || s[e] == '-') {
			e++
		}
		dot := bytes.IndexByte(s[k:e], '.')
		return dot > 0 && k+dot+1 < e && isWordByte(s[k+dot+1])
	}
	return false
}

// evidenceLink: a stranger's complaint whose proof waits behind the link.
// The link's words (its text and the words around it) offer photos,
// pictures, a video, screenshots or "evidence" (evidenceMedia); the
// subject, the message's opening or the link's text name a grievance
// (evidenceGrievances: damage the writer was charged for, a dirty room,
// a scratched table, bed bugs, an injury, a copyright infringement; not
// theft) and the subject, the opening or the link's words press with a
// threat or a deadline (evidenceThreats, evidenceOtherwise, evidencePost,
// evidenceDeadline in a sentence that demands, "immediately" or "urgent"
// next to a demand or with a demand in the subject, or
// intent_extortion's cues), contractions
// expanded ("I'll post it on TripAdvisor"); the sender is one
// nobody here has written to, and the link leads to a domain nobody here
// has ever been sent (strangerLinksNewPlace: never seen, not the sender's
// own site, no shipped brand's domain or brand family's host). The sender
// may be at a shipped brand's own domain: a platform's relay carries its
// customer's words from an address of its own (a "guest" who booked to
// reach the hotel through Booking.com's guest.booking.com relay), and
// the brand's own notices link its own sites, which never count. A "guest"
// writing to a hotel about the damage she was charged for, "I took photos,
// look at them here", on a file host, or a photographer's "our pictures
// were used without permission, see the evidence" on a fresh domain: the
// well-known way such lures deliver an infostealer, the complaint making
// the reader hurry to open it. A correspondent's photos (a guest we
// answered, a contractor we wrote to) and photos on a site the
// organisation has been sent before do not count, nor does a customer's
// complaint that threatens nothing ("the jar arrived broken, photos here,
// could you send a replacement?" with a Google Photos album). Not in list
// mail.
func (m *message) evidenceLink(b *linkBase) (evid, bool) {
	l := b.l
	if m.in.List || !m.strangerLinksNewPlace(b) {
		return evid{}, false
	}
	media := ""
	for _, s := range [...]string{l.Display, l.Context} {
		if t, ok := firstPhrase(m.notice.expanded(s), evidenceMedia); ok {
			media = t
			break
		}
	}
	if media == "" {
		return evid{}, false
	}
	grievance := ""
	for _, s := range [...]string{m.in.Subject, m.in.Lead, l.Display} {
		if g, ok := firstPhrase(m.notice.expanded(s), evidenceGrievances); ok {
			grievance = g
			break
		}
	}
	if grievance == "" {
		return evid{}, false
	}
	threat := m.linkIntent(l).w[intentExtortion] > 0
	subjectDemand := wordStartsIn(m.notice.expanded(m.in.Subject), evidenceSubjectDemands)
	for _, s := range [...]string{m.in.Subject, m.in.Lead, l.Display, l.Context} {
		if threat {
			break
		}
		t := m.notice.expanded(s)
		_, threat = firstPhrase(t, evidenceThreats)
		threat = threat || evidenceOtherwise(t) || evidencePost(t) || evidenceDeadline(t) || evidenceUrgentDemand(t, subjectDemand)
	}
	if !threat {
		return evid{}, false
	}
	return evid{code: CodeEvidenceLink, w: m.p.Weights.EvidenceLink, cls: classIntent, a: grievance + `", "` + media, b: l.Domain}, true
}

// evidenceContractions are the endings after an apostrophe (straight or
// curly) that expanded reads as words: "I'll post it" reads "i will post
// it"; "n't" reads " not" ("won't" "will not", "can't" "cannot").
var evidenceContractions = map[string]string{"ll": " will", "m": " am", "re": " are", "ve": " have", "d": " would"}

// expanded returns s in lower case (ASCII) with its contractions expanded
// (evidenceContractions) in the buffer kept for the message, valid until
// the next call. A quoted word ("'dirty'") stays as written.
func (n *noticeScan) expanded(s string) []byte {
	n.buf = n.buf[:0]
	for i := 0; i < len(s); i++ {
		w := 0 // the apostrophe's length
		switch {
		case s[i] == '\'':
			w = 1
		case s[i] == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99:
			w = 3
		}
		if w == 0 || len(n.buf) == 0 || !isWordByte(n.buf[len(n.buf)-1]) {
			n.buf = append(n.buf, lower(s[i]))
			continue
		}
		j := i + w
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		end := strings.ToLower(s[i+w : j])
		switch to, ok := evidenceContractions[end]; {
		case ok:
			n.buf = append(n.buf, to...)
		case end == "t" && n.buf[len(n.buf)-1] == 'n':
			switch word := n.buf[max(0, len(n.buf)-4):]; {
			case bytes.HasSuffix(word, []byte("won")) && (len(word) == 3 || !isWordByte(word[0])):
				n.buf = append(n.buf[:len(n.buf)-3], "will not"...)
			case bytes.HasSuffix(word, []byte("can")) && (len(word) == 3 || !isWordByte(word[0])):
				n.buf = append(n.buf, "not"...)
			default:
				n.buf = append(n.buf[:len(n.buf)-1], " not"...)
			}
		default:
			n.buf = append(n.buf, lower(s[i]))
			continue
		}
		i = j - 1
	}
	return n.buf
}

// lowered returns s in lower case (ASCII) in the buffer kept for the
// message, valid until the next call: evidenceLink reads its texts so
// without allocating for each link.
func (n *noticeScan) lowered(s string) []byte {
	if cap(n.buf) < len(s) {
		n.buf = make([]byte, 0, max(len(s), 512))
	}
	n.buf = n.buf[:0]
	for i := 0; i < len(s); i++ {
		n.buf = append(n.buf, lower(s[i]))
	}
	return n.buf
}
