package filter

import (
	"github.com/firstsight/firstsight/pkg/baseline"
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
// default only mail accepted untouched teaches anything: locked or
// quarantined mail waits for an admin's release. Outbound mail always teaches.
func (e *Engine) Learn(r *Result) {
	if r == nil || !e.learns(r) {
		return
	}
	e.Teach(r)
}

// Teach learns from the message unconditionally (history import, releases).
func (e *Engine) Teach(r *Result) {
	m := r.Message
	o := baseline.Observation{
		Time: m.Now, Sender: m.sender(), SenderName: m.FromName,
		Recipients: m.Recipients, Outbound: r.Outbound,
	}
	o.LinkDomains, o.LinkHosts = clickableHosts(r.Links)
	e.history.Observe(o)
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
	return r.Action == ActionAccept && r.Verdict.Action == "accept"
}
