package scoring

import (
	"slices"
	"strconv"
	"strings"
)

// maxMessageReasons bounds Verdict.Reasons.
const maxMessageReasons = 8

// verdict turns the chosen recipient's judgement into the Verdict, building
// the sentences only now. Every reason it builds is carved from one
// allocation (reasonRoom), and a link whose reasons repeat those of a
// judged link before it copies them (markRepeats, linkDecisionAs).
// linkDecision's working buffer, which no verdict keeps, comes from the
// message's scratch.
func (m *message) verdict(r *rcptEval) Verdict {
	v := Verdict{Action: r.action, Score: round3(r.score), Level: r.level, Links: make([]LinkDecision, len(m.links))}
	top, topScore := -1, 0.0
	buf := m.reasonRoom(r)
	sender := appendReasons(take(&buf, len(r.msgEv)), r.msgEv)
	m.reasonBuf = m.s.reasons.take(m.ownReasonRoom(r))[:0]
	for i := range m.links {
		if from := r.links[i].repeats; from > 0 {
			v.Links[i] = m.linkDecisionAs(r, i, v.Links[from-1].Reasons, &buf)
		} else {
			v.Links[i] = m.linkDecision(r, i, sender, &buf)
		}
		if m.links[i].skip != "" {
			continue
		}
		if le := r.links[i]; !le.allowed && (top < 0 || le.score > topScore) {
			top, topScore = i, le.score
		}
	}
	var topReasons []Reason
	if top >= 0 {
		topReasons = v.Links[top].Reasons
	}
	v.Reasons = m.messageReasons(r, top, m.rankedReasons(r, top, topReasons, sender), &buf)
	if strings.Contains(r.rule, "+") {
		v.Rule = r.rule
	}
	return v
}

// reasonRoom returns an empty slice with room for every reason verdict
// keeps: the sender's, the links' decisions (markRepeats) and the
// message's own.
func (m *message) reasonRoom(r *rcptEval) []Reason {
	n := len(r.msgEv) + m.markRepeats(r, len(r.msgEv)) + maxMessageReasons
	return make([]Reason, 0, n)
}

// repeatWindow is how many judged links with reasons of their own
// markRepeats compares a link with: the last ones (a newsletter links the
// same few sites again and again, not always next to each other).
const repeatWindow = 16

// markRepeats marks each judged link whose reasons repeat those of one of
// the last repeatWindow judged links with reasons of their own
// (sameReasons), and returns how many reasons the links' decisions hold
// (linkDecision's, and a repeat's copy of them: as many), nSender of them
// the sender's for each judged link.
func (m *message) markRepeats(r *rcptEval, nSender int) int {
	var recent [repeatWindow]int32 // the last links with reasons of their own, a ring
	n, kept := 0, 0
	for i := range m.links {
		b, le := &m.links[i], &r.links[i]
		if b.skip != "" {
			n++
			continue
		}
		le.repeats = 0
		for k := 1; k <= min(kept, repeatWindow); k++ {
			if j := recent[(kept-k)%repeatWindow]; m.sameReasons(r, int(j), i) {
				le.repeats = j + 1
				break
			}
		}
		if le.repeats == 0 {
			recent[kept%repeatWindow] = int32(i)
			kept++
		}
		n += len(b.ev) + len(le.ev) + nSender
		if le.allowed {
			n++
		}
		if le.unlockable {
			n++
		}
	}
	return n
}

// ownReasonRoom is the most reasons linkDecision builds for one link
// before it adds the sender's.
func (m *message) ownReasonRoom(r *rcptEval) int {
	n := 0
	for i := range m.links {
		n = max(n, len(m.links[i].ev)+len(r.links[i].ev)+2)
	}
	return n
}

// take returns an empty slice with room for n reasons, carved from buf
// (capped: appending to it never reaches the next one's), or a new one
// when buf has no room left.
func take(buf *[]Reason, n int) []Reason {
	b := *buf
	if cap(b)-len(b) < n {
		return make([]Reason, 0, n)
	}
	*buf = b[:len(b)+n]
	return b[len(b) : len(b) : len(b)+n]
}

// linkDecision builds one link's decision; sender holds the recipient's
// sender evidence as reasons, built once for all links. The reasons are
// carved from buf (take).
func (m *message) linkDecision(r *rcptEval, i int, sender []Reason, buf *[]Reason) LinkDecision {
	b, le := &m.links[i], &r.links[i]
	if b.skip != "" {
		return LinkDecision{Reasons: append(take(buf, 1), evid{code: b.skip, a: b.l.Domain}.reason())}
	}
	d := LinkDecision{Lock: le.lock, Level: le.level, Score: round3(le.score)}
	own := m.reasonBuf[:0]
	if le.allowed {
		own = append(own, evid{code: CodeAllowlisted, a: allowSubject(r, b)}.reason())
	}
	if le.unlockable {
		own = append(own, attachmentKept(b.l))
	}
	own = appendReasons(own, b.ev, le.ev)
	d.Reasons = mergeReasons(take(buf, len(own)+len(sender)), own, sender)
	clear(own) // the buffer keeps no texts alive
	m.reasonBuf = own[:0]
	return d
}

// linkDecisionAs builds link i's decision with a copy of reasons, those
// of a link with the same evidence (sameReasons), carved from buf (take):
// the sentences are built once, and a caller that edits one link's
// reasons leaves the other's alone.
func (m *message) linkDecisionAs(r *rcptEval, i int, reasons []Reason, buf *[]Reason) LinkDecision {
	le := &r.links[i]
	return LinkDecision{Lock: le.lock, Level: le.level, Score: round3(le.score), Reasons: append(take(buf, len(reasons)), reasons...)}
}

// sameReasons: links i and j (both judged) have equal evidence and
// allowlisting, so linkDecision gives them equal reasons.
func (m *message) sameReasons(r *rcptEval, i, j int) bool {
	a, b := &r.links[i], &r.links[j]
	if a.unlockable || b.unlockable {
		return false
	}
	if a.allowed != b.allowed || a.allowed && allowSubject(r, &m.links[i]) != allowSubject(r, &m.links[j]) {
		return false
	}
	return slices.Equal(m.links[i].ev, m.links[j].ev) && slices.Equal(a.ev, b.ev)
}

func allowSubject(r *rcptEval, b *linkBase) string {
	if r.allowed {
		return "the sender"
	}
	return b.l.Domain
}

// appendReasons adds the evidence as reasons, strongest first. Given no
// out, it allocates room for all of them at once.
func appendReasons(out []Reason, evs ...[]evid) []Reason {
	if out == nil {
		n := 0
		for _, ev := range evs {
			n += len(ev)
		}
		if n > 0 {
			out = make([]Reason, 0, n)
		}
	}
	start := len(out)
	for _, ev := range evs {
		for _, e := range ev {
			out = append(out, e.reason())
		}
	}
	slices.SortStableFunc(out[start:], func(a, b Reason) int {
		switch x, y := abs(a.Weight), abs(b.Weight); {
		case x > y:
			return -1
		case x < y:
			return 1
		}
		return 0
	})
	return out
}

// mergeReasons appends to out the merge of two lists sorted by falling
// |weight|.
func mergeReasons(out, a, b []Reason) []Reason {
	for len(a) > 0 && len(b) > 0 {
		if abs(b[0].Weight) > abs(a[0].Weight) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// messageReasons: the decision, then ranked (rankedReasons), without
// repeating a code, at most maxMessageReasons, carved from buf (take).
func (m *message) messageReasons(r *rcptEval, top int, ranked []Reason, buf *[]Reason) []Reason {
	out := take(buf, maxMessageReasons)
	switch {
	case r.rule == CodeSigned:
		out = append(out, evid{code: CodeSigned}.reason())
	case r.rule == CodeAttachmentLink:
		out = append(out, m.attachmentReason(r).reason())
	case r.rule == "quarantine_threshold" || r.rule == "reject_threshold":
		out = append(out, evid{code: CodeScore, a: strconv.FormatFloat(round3(r.score), 'f', -1, 64), b: r.rule[:len(r.rule)-len("_threshold")]}.reason())
	case r.rule != "":
		out = append(out, evid{code: CodeQuarantine, a: r.rule}.reason())
	}
	if top >= 0 && r.links[top].unlockable {
		out = append(out, attachmentKept(m.links[top].l))
	}
	rule := r.rule // a rule's own codes come first: the cap must not hide why it held
	if rule == CodeSigned || rule == CodeAttachmentLink {
		rule = ""
	}
	out = appendNewReasons(out, ranked, rule, true)
	out = appendNewReasons(out, ranked, rule, false)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendNewReasons appends, up to maxMessageReasons, the reasons of rs
// whose code out does not hold yet and is (named) or is not (!named) one
// of the codes the quarantine rule joins with "+".
func appendNewReasons(out, rs []Reason, rule string, named bool) []Reason {
	for _, x := range rs {
		if len(out) == maxMessageReasons {
			break
		}
		if ruleNames(rule, x.Code) == named && !hasReason(out, x.Code) {
			out = append(out, x)
		}
	}
	return out
}

// rankedReasons is the riskiest link's own evidence (top, or none when
// top < 0), the sender evidence and the subject's as reasons, strongest
// first, as appendReasons ranks them. It merges sentences already built:
// the link's decision reasons (topReasons: its own evidence ranked, merged
// with the sender's, ties to the link's) or, without a link, sender. A
// link kept open in an attachment leads its reasons with attachmentKept,
// so its evidence is ranked anew. Without subject evidence it returns the
// reasons it was given.
func (m *message) rankedReasons(r *rcptEval, top int, topReasons, sender []Reason) []Reason {
	switch {
	case top < 0:
		topReasons = sender
	case r.links[top].unlockable:
		return appendReasons(nil, m.links[top].ev, r.links[top].ev, r.msgEv, m.subjEv)
	}
	if len(m.subjEv) == 0 {
		return topReasons // as it is: messageReasons only reads it
	}
	subj := appendReasons(nil, m.subjEv)
	return mergeReasons(make([]Reason, 0, len(topReasons)+len(subj)), topReasons, subj)
}

func hasReason(rs []Reason, code string) bool {
	for _, r := range rs {
		if r.Code == code {
			return true
		}
	}
	return false
}

// ruleNames: code is one of the codes the rule joins with "+".
func ruleNames(rule, code string) bool {
	for rule != "" {
		var part string
		part, rule = rule, ""
		if i := strings.IndexByte(part, '+'); i >= 0 {
			part, rule = part[:i], part[i+1:]
		}
		if part == code {
			return true
		}
	}
	return false
}
