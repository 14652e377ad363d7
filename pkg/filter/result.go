package filter

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// Action is what the transport does with the message.
type Action string

// Actions. Unscanned and TempFail come from the transport (size limit,
// errors), the rest from the verdict.
const (
	ActionAccept     Action = "accept"
	ActionLock       Action = "lock"
	ActionQuarantine Action = "quarantine"
	ActionReject     Action = "reject"
	ActionUnscanned  Action = "unscanned"
	ActionTempFail   Action = "tempfail"
)

// Result is one message's outcome.
type Result struct {
	Message  Message
	Action   Action
	Verdict  scoring.Verdict
	Links    []links.Link
	Locked   []Locked // distinct URLs locked (rewritten) in Body
	LockIDs  []string
	Body     links.Spliced // replacement body, pieces of the message's; nil when the body is unchanged
	Notes    []string      // partial, malformed, outbound, list, signed, monitor, oversized, ...
	Outbound bool
	Err      error // a problem the action already accounts for (logged, not fatal)

	facts *baseline.Facts // what the judging lookup found, for learning
}

// OpenInAttachments is the number of links inside attachments that would
// have been locked but were left open (scoring's attachment_link below
// attachment_quarantine): links milterd judged and could not lock.
func (r *Result) OpenInAttachments() int {
	n := 0
	for _, d := range r.Verdict.Links {
		if openInAttachment(d) {
			n++
		}
	}
	return n
}

func openInAttachment(d scoring.LinkDecision) bool {
	return !d.Lock && slices.ContainsFunc(d.Reasons, func(x scoring.Reason) bool { return x.Code == scoring.CodeAttachmentLink })
}

// LockedCount is the number of link occurrences rewritten.
func (r *Result) LockedCount() int {
	return refCount(r.Locked)
}

// WouldLockCount is, in monitor mode, the number of link occurrences
// enforce would have rewritten (the verdict log and the dashboard count
// them, so a trial shows its lock rate); otherwise 0.
func (r *Result) WouldLockCount() int {
	if !r.Verdict.Monitor || r.Verdict.Action != scoring.Lock {
		return 0
	}
	return refCount(groupLocked(r.Links, r.Verdict.Links))
}

func refCount(ls []Locked) int {
	n := 0
	for _, l := range ls {
		n += len(l.Refs)
	}
	return n
}

// ReasonCodes are the distinct reason codes, message-level first, then
// those of locked links and of links left open in attachments.
func (r *Result) ReasonCodes() []string {
	codes, _ := r.reasonWeights()
	return codes
}

// reasonWeights is ReasonCodes with each code's largest weight.
func (r *Result) reasonWeights() ([]string, map[string]float64) {
	weight := map[string]float64{}
	var out []string
	add := func(rs []scoring.Reason) {
		for _, x := range rs {
			if x.Code == "" {
				continue
			}
			if w, ok := weight[x.Code]; !ok {
				out = append(out, x.Code)
				weight[x.Code] = x.Weight
			} else if x.Weight > w {
				weight[x.Code] = x.Weight
			}
		}
	}
	add(r.Verdict.Reasons)
	for _, d := range r.Verdict.Links {
		if d.Lock || openInAttachment(d) {
			add(d.Reasons)
		}
	}
	return out, weight
}

// headerCodes are the header's reason codes, at most 8, so ordered that
// the cut never hides why: the decision (quarantine_rule, message_score,
// allowlisted, ...) first, then the codes of the quarantine combination
// that held, then the evidence by weight, heaviest first (credits, at 0 or
// below, last).
func (r *Result) headerCodes() []string {
	codes, weight := r.reasonWeights()
	rule := strings.Split(r.Verdict.Rule, "+")
	group := func(c string) int {
		switch {
		case scoring.IsDecision(c):
			return 0
		case r.Verdict.Rule != "" && slices.Contains(rule, c):
			return 1
		}
		return 2
	}
	slices.SortStableFunc(codes, func(a, b string) int {
		if g := cmp.Compare(group(a), group(b)); g != 0 {
			return g
		}
		return cmp.Compare(weight[b], weight[a])
	})
	return limit(codes, 8)
}

// Header is the verdict header's value: the action, the score and short
// reason codes, e.g. "action=lock score=4.20 level=warn locked=1/7 reasons=org_first_seen,lookalike".
func (r *Result) Header() string {
	var b strings.Builder
	fmt.Fprintf(&b, "action=%s score=%.2f", r.Action, r.Verdict.Score)
	if r.Verdict.Level != "" && (r.Action == ActionLock || r.Verdict.Monitor) {
		fmt.Fprintf(&b, " level=%s", r.Verdict.Level)
	}
	if w := r.Would(); w != "" {
		fmt.Fprintf(&b, " would=%s", w)
	}
	fmt.Fprintf(&b, " links=%d", len(r.Links))
	if n := r.LockedCount(); n > 0 {
		fmt.Fprintf(&b, " locked=%d", n)
	}
	if len(r.Message.Recipients) > 1 {
		// The verdict is the strictest of the recipients'. Which one, and
		// how many there were, is for the log only: every copy carries
		// this header, and must not name or count Bcc recipients.
		b.WriteString(" strictest")
	}
	if codes := r.headerCodes(); len(codes) > 0 {
		fmt.Fprintf(&b, " reasons=%s", strings.Join(codes, ","))
	}
	if len(r.Notes) > 0 {
		fmt.Fprintf(&b, " notes=%s", strings.Join(r.Notes, ","))
	}
	return b.String()
}

// Would is, in monitor mode, the action the verdict would have taken when
// that is not accept: the header, the log line and the verdict log say it.
func (r *Result) Would() string {
	if r.Verdict.Monitor && r.Verdict.Action != scoring.Accept {
		return string(r.Verdict.Action)
	}
	return ""
}

// QuarantineReason is the one-line reason handed to the MTA and stored by queue ID.
func (r *Result) QuarantineReason() string {
	codes := r.headerCodes()
	if len(codes) == 0 {
		codes = limit(r.Notes, 8)
	}
	return fmt.Sprintf("firstsight: score %.2f: %s", r.Verdict.Score, strings.Join(codes, ","))
}

// Hosts are the distinct hosts of clickable links, for logs (never full URLs).
func (r *Result) Hosts(lockedOnly bool) []string {
	seen := map[string]bool{}
	var out []string
	for i, l := range r.Links {
		locked := i < len(r.Verdict.Links) && r.Verdict.Links[i].Lock
		if l.Host == "" || seen[l.Host] || (lockedOnly && !locked) || !l.Clickable {
			continue
		}
		seen[l.Host] = true
		out = append(out, shortHost(l.Host))
	}
	return limit(out, 20)
}

// maxLogHost is the longest host logged whole: a DNS name has at most 253
// characters; longer ones (junk) are cut, so 20 of them still fit a line.
const maxLogHost = 253

func shortHost(h string) string {
	if len(h) <= maxLogHost {
		return h
	}
	n := maxLogHost
	for n > 0 && !utf8.RuneStart(h[n]) {
		n--
	}
	return h[:n] + "…"
}

func limit(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
