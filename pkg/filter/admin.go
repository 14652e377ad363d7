package filter

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// Admin connects the lock package's admin handlers to the engine and the
// baseline: releases teach the baseline, inspection reads it, and explain
// judges an upload without learning or storing anything.
type Admin struct {
	Engine   *Engine
	Baseline *baseline.Store
	MaxBytes int64 // explain upload limit; default 25 MiB
	// DecisionBudget bounds judging an upload as MilterOptions'
	// bounds judging a message (limits.decision_budget), so explain
	// answers what the milter decides; default DefaultDecisionBudget.
	DecisionBudget time.Duration
}

var (
	_ lock.Learner   = Admin{}
	_ lock.Inspector = Admin{}
	_ lock.Explainer = Admin{}
)

// Learn feeds an admin's release into the baseline: the sender, recipients
// and released link domains become a little more familiar (not again for
// ev.ReplyOnly, a later release of a record that taught them), and the
// message's Reply-To address, when the admin chose to trust it with the
// release (ev.ReplyTo), is learned as one the recipients wrote to
// (teachReply).
func (a Admin) Learn(_ context.Context, ev lock.LearnEvent) error {
	o := baseline.Observation{Time: ev.Time, Sender: ev.Sender, Recipients: ev.Recipients}
	for _, u := range ev.URLs {
		if host, dom := hostDomain(u); dom != "" {
			o.LinkHosts, o.LinkDomains = append(o.LinkHosts, host), append(o.LinkDomains, dom)
		}
	}
	o.LinkDomains = withPreviewSites(o.LinkDomains)
	if o.Time.IsZero() {
		o.Time = time.Now()
	}
	if !ev.ReplyOnly {
		a.Engine.history.Observe(o)
	}
	a.teachReply(ev, o.Time)
	return nil
}

// teachReply learns the released message's Reply-To address as outbound
// mail from each recipient to it: the reply the reader would otherwise
// have had to write before the next such message is delivered. The
// admin vouched for the address (the lock package sets ev.ReplyTo only
// for a release that trusts it, trust_reply_to), and an address someone
// here wrote to is what scoring's knownReply counts as known
// (History.ReplyAddr's Outbound), so a small business's monthly PayPal
// invoice answering to its Gmail is held once, not every month. A release
// alone teaches nothing here: an admin letting one message out does not
// vouch for whoever its replies would reach. Nothing for an event without
// one (a release that did not trust it, a record stored before records
// kept it), for the sender's own address, or for an address in our own
// domains (an outbound observation would learn it as inbound mail). The
// records never keep those two (Message.otherReply), so a release that
// trusts such a message's Reply-To answers that there was none to trust;
// the checks here guard events from elsewhere.
func (a Admin) teachReply(ev lock.LearnEvent, at time.Time) {
	reply := normAddr(ev.ReplyTo)
	if reply == "" || reply == normAddr(ev.Sender) || !strings.Contains(reply, "@") || a.Engine.internal(domainOf(reply)) {
		return
	}
	senders := ev.Recipients
	if len(senders) == 0 {
		senders = []string{""} // the address alone
	}
	for _, rc := range senders {
		a.Engine.history.Observe(baseline.Observation{Time: at, Sender: rc, Recipients: []string{reply}, Outbound: true})
	}
}

// Inspect answers a baseline question: a pair when both sender and
// recipient are given, else the one key given.
func (a Admin) Inspect(_ context.Context, q lock.InspectQuery) (any, error) {
	switch {
	case q.Sender != "" && q.Recipient != "":
		return a.Baseline.Inspect("pair", q.Sender+">"+q.Recipient)
	case q.Sender != "":
		return a.Baseline.Inspect("sender", q.Sender)
	case q.Recipient != "":
		return a.Baseline.Inspect("recipient", q.Recipient)
	case q.Domain != "":
		return a.Baseline.Inspect("domain", q.Domain)
	case q.MessageID != "":
		return a.Baseline.Inspect("thread", q.MessageID)
	case q.List != "":
		return a.inspectList(q.List)
	}
	return nil, fmt.Errorf("filter: inspect: give a sender, a recipient, a domain, a Message-ID or a list address")
}

// inspectList answers a list record (baseline/list) and whether known_list
// reads its address as a mailing list's now: the record as a message's
// lookup reads it, judged by scoring's own thresholds (IsKnownList). The
// credit also needs a post that names the address in To or Cc, with To
// naming someone besides the recipients, our own people and the author,
// and no List-Id (Message.listQuery),
// from a sender nothing doubts (scoring's knownList).
func (a Admin) inspectList(addr string) (map[string]any, error) {
	facts, err := a.Baseline.Inspect("list", addr)
	if err != nil {
		return nil, err
	}
	key, _ := facts["key"].(string)
	f, err := a.Baseline.Lookup(baseline.Query{Now: time.Now(), Lists: []string{key}})
	if err != nil {
		return nil, fmt.Errorf("filter: inspect list: %w", err)
	}
	facts["known_list"] = map[string]any{
		"qualifies":         scoring.IsKnownList(scoring.Stat(f.Lists[key])),
		"min_organisations": scoring.MinListOrgs,
		"min_days":          scoring.MinListDays,
		"min_span_days":     scoring.MinListSpanDays,
	}
	return facts, nil
}

// Explain judges an uploaded message (no learning, no locks). The envelope
// is taken from Return-Path/Delivered-To when present, else From/To.
func (a Admin) Explain(ctx context.Context, r io.Reader) (any, error) {
	max := a.MaxBytes
	if max <= 0 {
		max = 25 << 20
	}
	msg, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("filter: explain: %w", err)
	}
	if int64(len(msg)) > max {
		return nil, fmt.Errorf("filter: explain: message over %d bytes", max)
	}
	res, err := JudgeWithin(ctx, a.Engine, a.DecisionBudget, msg, HeaderEnvelope(msg, time.Now()))
	if err != nil {
		return nil, err
	}
	return Explain(res), nil
}

// JudgeWithin is e.Judge within the decision budget (0: the default),
// counted from now, as Milter.Decide counts it from the end of the
// message: reading the links stops at its share of it (a partial scan,
// NoteDeadline), and a budget spent before or after reading is an error,
// where the milter would apply on_error.
func JudgeWithin(ctx context.Context, e *Engine, budget time.Duration, msg []byte, env Envelope) (*Result, error) {
	if budget <= 0 {
		budget = DefaultDecisionBudget
	}
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	r, err := e.Judge(ctx, msg, env)
	if err != nil {
		return nil, fmt.Errorf("filter: judge within the decision budget (%s): %w", budget, err)
	}
	return r, nil
}

// HeaderEnvelope guesses an envelope from the header: Return-Path or From
// for the sender, Delivered-To or To for the recipients.
func HeaderEnvelope(msg []byte, now time.Time) Envelope {
	h := readHeader(msg)
	env := Envelope{Now: now, MailFrom: firstAddr(h, "Return-Path", "From")}
	for _, key := range []string{"Delivered-To", "To"} {
		if as, err := h.AddressList(key); err == nil && len(as) > 0 {
			for _, x := range as {
				env.Recipients = append(env.Recipients, normAddr(x.Address))
			}
			break
		}
	}
	return env
}

func hostDomain(raw string) (host, domain string) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return "", ""
	}
	host = strings.ToLower(u.Hostname())
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return host, d
	}
	return host, host
}
