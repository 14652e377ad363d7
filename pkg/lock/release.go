package lock

import (
	"fmt"
	"net/http"
)

// TrustReplyParam is the release parameter (API query, dashboard form)
// by which an admin also trusts the record's kept Reply-To address:
// "1" or "true". A release without it teaches nothing about the address.
const TrustReplyParam = "trust_reply_to"

// parseTrust reads TrustReplyParam's value. Anything but the few spellings
// of yes and no is refused, so a misspelt "yes" never passes for a no.
func parseTrust(v string) (bool, error) {
	switch v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, fmt.Errorf("%s=%q: want 1 (also trust the kept Reply-To address) or 0", TrustReplyParam, v)
}

// ReplyOutcome says what a release did with the record's kept Reply-To
// address: the "reply_to" of a release's answer.
type ReplyOutcome struct {
	Address string `json:"address,omitempty"` // the kept Reply-To; empty: none kept
	Asked   bool   `json:"asked"`             // the release asked to trust it (trust_reply_to)
	Trusted bool   `json:"trusted"`           // trusted, by this release or an earlier one
	Taught  bool   `json:"taught"`            // this release taught it to the baseline
	Note    string `json:"note"`
	// state names the case Note words, for the dashboard's flash
	// (replyFlashes): "none", "trusted", "untaught", "before", "kept",
	// or "" when no address is kept and none was asked for.
	state string
}

func replyOutcome(addr string, asked, trustedBefore, trustedNow, learned bool) ReplyOutcome {
	o := ReplyOutcome{Address: addr, Asked: asked, Trusted: trustedBefore || trustedNow, Taught: trustedNow && learned}
	o.state = o.stateOf(trustedNow)
	o.Note = o.note()
	return o
}

// stateOf decides which case o is (ReplyOutcome.state).
func (o ReplyOutcome) stateOf(trustedNow bool) string {
	switch {
	case o.Address == "" && o.Asked:
		return "none"
	case o.Address == "":
		return ""
	case o.Taught:
		return "trusted"
	case trustedNow:
		return "untaught"
	case o.Trusted:
		return "before"
	}
	return "kept"
}

// note words o.state for the API's answer.
func (o ReplyOutcome) note() string {
	switch o.state {
	case "none":
		return TrustReplyParam + " ignored: this record keeps no Reply-To address (replies go to the sender, or it was stored before records kept one), so there is nothing to trust"
	case "":
		return "no Reply-To address kept"
	case "trusted":
		return "replies to " + o.Address + " are trusted: the baseline learned it as an address the recipients wrote to"
	case "untaught":
		return "replies to " + o.Address + " are marked trusted, but the baseline did not learn it (see the daemon log)"
	case "before":
		return "replies to " + o.Address + " were trusted by an earlier release; nothing more learned"
	}
	return "replies to " + o.Address + " are not trusted: this release taught nothing about the address (a release with " + TrustReplyParam + "=1, milterd release -trust-reply-to, teaches it)"
}

// releaseResult is what a release did beyond changing the record.
type releaseResult struct {
	learned  bool // the baseline learned from this release
	ranQueue bool // release_commands ran (held messages)
	// alreadyReleased: a held message released before, whose queue
	// release this trusting call did not run again.
	alreadyReleased bool
	reply           ReplyOutcome
}

// releaseLock releases a lock and feeds the release to the baseline: its
// sender and link on its first release, its kept Reply-To only when trust
// is asked and no release trusted it before.
func (h *Handler) releaseLock(r *http.Request, id, by string, trust bool) (*Record, releaseResult, error) {
	rec, first, err := h.store.Release(id, by)
	if err != nil {
		return nil, releaseResult{}, err
	}
	before, now := !rec.ReplyTrustedAt.IsZero(), false
	if trust {
		if rec, now, err = h.store.TrustReply(id); err != nil {
			return nil, releaseResult{}, err
		}
	}
	ev := LearnEvent{Kind: "lock", Sender: rec.Sender, Recipients: rec.AllRecipients(), URLs: []string{rec.URL}}
	res := h.teach(r, ev, first, rec.ReplyTo, now)
	res.reply = replyOutcome(rec.ReplyTo, trust, before, now, res.learned)
	h.log.Info("lock: released", "lock_id", id, "by", by, "host", urlHost(rec.URL), "teaches", first,
		"trust_reply_to", trust, "reply_to", rec.ReplyTo, "reply_to_taught", res.reply.Taught)
	return rec, res, nil
}

// releaseQuarantine runs the configured queue release (if any), marks the
// note released and feeds the release to the baseline as releaseLock
// does. Without a configured releaser the admin runs ReleaseInstructions
// by hand. A call that trusts the Reply-To of a note released before
// runs no queue release again (alreadyReleased): the message left the
// hold then, or its release is the admin's by hand, and the MTA would
// answer that it holds no such message.
func (h *Handler) releaseQuarantine(r *http.Request, qid string, trust bool) (*QuarantineRecord, releaseResult, error) {
	q0, err := h.store.Quarantined(qid)
	if err != nil {
		return nil, releaseResult{}, err
	}
	already := trust && q0.Released
	ran, err := h.releaseQueued(r, qid, already)
	if err != nil {
		return nil, releaseResult{}, err
	}
	q, first, err := h.store.MarkQuarantineReleased(qid)
	if err != nil {
		return nil, releaseResult{}, err
	}
	before, now := !q.ReplyTrustedAt.IsZero(), false
	if trust {
		if q, now, err = h.store.TrustQuarantineReply(qid); err != nil {
			return nil, releaseResult{}, err
		}
	}
	res := h.teach(r, LearnEvent{Kind: "quarantine", Sender: q.Sender, Recipients: q.Recipients, URLs: q.URLs}, first, q.ReplyTo, now)
	res.ranQueue, res.alreadyReleased = ran, already
	res.reply = replyOutcome(q.ReplyTo, trust, before, now, res.learned)
	h.log.Info("lock: quarantine released", "queue_id", qid, "from_queue", ran, "released_before", already, "teaches", first,
		"trust_reply_to", trust, "reply_to", q.ReplyTo, "reply_to_taught", res.reply.Taught)
	return q, res, nil
}

// releaseQueued runs the configured queue release unless skip; ran
// reports whether it did.
func (h *Handler) releaseQueued(r *http.Request, qid string, skip bool) (ran bool, err error) {
	if h.deps.Queue == nil || skip {
		return false, nil
	}
	if err := h.deps.Queue.ReleaseQueued(r.Context(), qid); err != nil {
		h.log.Error("lock: release from queue", "queue_id", qid, "err", err)
		return false, fmt.Errorf("%w: %w", errQueueCommand, err)
	}
	return true, nil
}

// teach feeds a release to the Learner: the sender, recipients and links
// on the record's first release, and the kept Reply-To address reply when
// this release trusted it (trustedNow), alone (ReplyOnly) when the record
// taught before. Nothing else teaches a Reply-To address.
func (h *Handler) teach(r *http.Request, ev LearnEvent, first bool, reply string, trustedNow bool) releaseResult {
	if trustedNow {
		ev.ReplyTo, ev.ReplyOnly = reply, !first
	}
	if !first && !trustedNow {
		return releaseResult{}
	}
	return releaseResult{learned: h.learn(r, ev)}
}

func (h *Handler) learn(r *http.Request, ev LearnEvent) bool {
	if h.deps.Learn == nil {
		return false
	}
	ev.Time = h.opts.Now()
	if err := h.deps.Learn.Learn(r.Context(), ev); err != nil {
		h.log.Warn("lock: learn from release", "kind", ev.Kind, "err", err)
		return false
	}
	return true
}
