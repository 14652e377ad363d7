package filter

import (
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// Finish records the final verdict in the journal and learns from it.
func (e *Engine) Finish(r *Result) {
	if r == nil {
		return
	}
	if e.journal != nil {
		e.journal.Record(r.Message, r)
	}
	e.Learn(r)
}

// Learn records what the message teaches, after its final decision. By
// default only mail accepted untouched, with a score below the policy's
// learn_below, teaches its links and sender: a near miss does not, and
// locked or quarantined mail waits for an admin's release. Outbound mail
// always teaches.
// Mail locked at warn only (novelty alone), or accepted as a near miss,
// teaches its sender->recipient sightings and nothing else (teachPair), so
// a newsletter the reader keeps receiving stops being warned after a few
// days: a near miss is less suspect than a warned message and learns as
// much. Mail locked above warn, or whose sender is doubted, teaches
// nothing, not even that its sender keeps writing: a lure sent again and
// again would otherwise establish itself. A legitimate sender locked
// there (a form notifier, before scoring's formNotice) is scoring's to
// judge right, or an admin's to release.
func (e *Engine) Learn(r *Result) {
	switch {
	case r == nil:
	case e.learns(r):
		e.Teach(r)
	case e.opt.Learn == "accepted" && r.Verdict.TeachesPair && (r.Action == ActionLock || r.Action == ActionAccept || r.Verdict.Monitor):
		e.teachPair(r) // in monitor mode as if enforced
	}
}

// teachPair records the sender->recipient sightings of a message delivered
// with a warning only, or accepted as a near miss.
func (e *Engine) teachPair(r *Result) {
	m := r.Message
	e.history.Observe(baseline.Observation{Time: m.Now, Sender: m.sender(), Recipients: m.Recipients, Warned: true})
}

// Teach learns from the message unconditionally (history import, releases).
// The observation is vouched when the sender was established by reciprocity
// before this message: what it links to then counts as vouched history,
// unlike repeats from unsolicited strangers (campaign poisoning).
func (e *Engine) Teach(r *Result) {
	m := r.Message
	o := baseline.Observation{
		Time: m.Now, Sender: m.sender(), SenderName: m.FromName,
		Recipients: m.Recipients, Outbound: r.Outbound, MessageID: m.MessageID,
	}
	o.Vouched = !r.Outbound && e.vouched(r)
	if !r.Outbound && !o.Vouched && scoring.NoticeName(m.FromName, m.sender()) {
		// someone else's name on a notice: not the address's own. An
		// address someone here wrote to is a person's (a GitHub or
		// Microsoft employee's), whose name is hers; nobody writes to a
		// service's notice address, whose Reply-To takes the answers.
		o.SenderName = ""
	}
	if !r.Outbound && m.List != "" && m.List != normAddr(m.author()) {
		// a post judged as its list's: the list relays its members'
		// names, none of them the list address's own (the history is
		// keyed by the list), so a member's first off-list mail from her
		// own address is no shadow identity, whoever wrote to the list.
		// The name is learned as its author's, under her own address,
		// apart (AuthorName): a stranger writing privately in it from
		// another is one (scoring's listAuthorShadow). Not from a post
		// the list did not deliver (listBypass): anyone can copy the
		// list, and a stranger's first such post, asking nothing, would
		// make her address the member's own for her private mail after
		// (only for a list learned to send its posts itself: a replay
		// stream's envelope senders are the From addresses).
		if m.listBypass() == "" || r.facts == nil || !r.facts.ListSent.Seen() {
			o.AuthorName = o.SenderName
		}
		o.SenderName = ""
	}
	if !r.Outbound {
		o.Lists, o.Author, o.ListSent = m.Addressed, m.author(), m.listSent()
	}
	o.LinkDomains, o.LinkHosts = clickableHosts(r.Links)
	o.LinkDomains = withPreviewSites(o.LinkDomains)
	e.history.Observe(o)
}

// vouched uses what the judging lookup found about the sender; a message
// that was never judged (history import, outbound) is looked up now. A
// lookup error vouches for nothing.
func (e *Engine) vouched(r *Result) bool {
	if r.facts != nil {
		return e.vouchedBy(r.Message, *r.facts)
	}
	m := r.Message
	f, err := e.history.Lookup(baseline.Query{Now: m.Now, Sender: m.sender(), Recipients: m.Recipients})
	return err == nil && e.vouchedBy(m, f)
}

// vouchedBy: we wrote to the sender (or a recipient wrote to it), or it is
// a colleague: authenticated in an internal domain, or an internal address
// seen on 4 days or more (as scoring's internal_known).
func (e *Engine) vouchedBy(m Message, f baseline.Facts) bool {
	internal := e.internal(domainOf(m.sender()))
	if internal && m.Authenticated || f.Sender.Outbound > 0 || internal && f.Sender.Days >= 4 {
		return true
	}
	for _, rf := range f.Recipients {
		if rf.Pair.Outbound > 0 {
			return true
		}
	}
	return false
}

func (e *Engine) learns(r *Result) bool {
	switch {
	case r.Outbound:
		return true
	case e.opt.Learn == "none":
		return false
	case e.opt.Learn == "all":
		return r.Action != ActionTempFail && r.Action != ActionReject
	}
	return r.Action == ActionAccept && r.Verdict.Teaches
}
