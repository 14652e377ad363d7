package scoring

// evidenceMedia are the words by which a complaint offers its proof behind
// a link: pictures, a video, screenshots, "the evidence".
var evidenceMedia = []string{"photos", "photo", "pictures", "picture", "pics", "images", "video", "videos",
	"screenshots", "screenshot", "evidence", "proof"}

// evidenceGrievances are what such a complaint is about: damage or a dirty
// room a guest or customer was charged for or suffered (bed bugs, mould,
// food poisoning, a theft, an injury), and the copyright claim ("our images
// used without permission"), in whole words, English only. A bare
// "copyright" is every footer's, "theft" an insurer's advertisement's
// ("proof of ownership should theft occur") and "broken" a broken link's.
var evidenceGrievances = []string{"damage", "damaged", "damages", "complaint", "complaints", "stain", "stains", "stained",
	"dirty", "bed bugs", "bedbugs", "bed bug", "cockroach", "cockroaches", "mould", "mold", "stolen",
	"injury", "injured", "food poisoning", "overcharged", "charged for", "copyright infringement", "copyright violation",
	"copyright claim", "copyrighted", "infringement", "infringing", "without permission", "unauthorized use", "unauthorised use",
	"legal action", "lawsuit"}

// evidenceThreats are how such a complaint presses the reader: a threat to
// report, review or sue, a chargeback, a deadline ("otherwise I will report
// it to Booking.com", "respond within 24 hours", "I will leave a bad
// review"), in whole words, English only. A customer's genuine complaint
// asks for a replacement or a refund and threatens nothing.
var evidenceThreats = []string{"otherwise", "i will report", "will report", "report you", "report it", "report this",
	"bad review", "negative review", "1 star", "one star", "1 star review", "lawyer", "legal action", "lawsuit", "sue",
	"chargeback", "dispute the charge", "within 24 hours", "within 48 hours", "within 12 hours", "immediately", "urgent", "urgently"}

// evidenceLink: a stranger's complaint whose proof waits behind the link.
// The link's words (its text and the words around it) offer photos,
// pictures, a video, screenshots or "evidence" (evidenceMedia); the
// subject, the message's opening or the link's text name a grievance
// (evidenceGrievances: damage the writer was charged for, a dirty room,
// bed bugs, theft, an injury, a copyright infringement) and the subject,
// the opening or the link's words press with a threat or a deadline
// (evidenceThreats, or intent_extortion's cues); the sender is one
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
		if t, ok := firstPhrase(m.notice.lowered(s), evidenceMedia); ok {
			media = t
			break
		}
	}
	if media == "" {
		return evid{}, false
	}
	grievance := ""
	for _, s := range [...]string{m.in.Subject, m.in.Lead, l.Display} {
		if g, ok := firstPhrase(m.notice.lowered(s), evidenceGrievances); ok {
			grievance = g
			break
		}
	}
	if grievance == "" {
		return evid{}, false
	}
	threat := m.linkIntent(l).w[intentExtortion] > 0
	for _, s := range [...]string{m.in.Subject, m.in.Lead, l.Display, l.Context} {
		if threat {
			break
		}
		_, threat = firstPhrase(m.notice.lowered(s), evidenceThreats)
	}
	if !threat {
		return evid{}, false
	}
	return evid{code: CodeEvidenceLink, w: m.p.Weights.EvidenceLink, cls: classIntent, a: grievance + `", "` + media, b: l.Domain}, true
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
