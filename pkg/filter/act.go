package filter

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// act turns the verdict into what happens to the message: monitor mode,
// signed mail, and the lock rewrite.
func (e *Engine) act(ctx context.Context, msg []byte, signed bool, r *Result) {
	if r.Verdict.Monitor {
		r.Action = ActionAccept
		r.Notes = append(r.Notes, "monitor")
		return
	}
	if r.Action != ActionLock {
		return
	}
	if signed {
		r.Notes = append(r.Notes, "signed")
		r.Action = Action(e.opt.Policy.SignedAction)
		if r.Action == "" {
			r.Action = ActionQuarantine
		}
		return
	}
	e.lock(ctx, msg, r)
}

// lock stores lock records and rewrites every occurrence of each locked URL.
// A rewrite that cannot be done safely quarantines the message instead:
// mail is never lost and never half-rewritten.
func (e *Engine) lock(ctx context.Context, msg []byte, r *Result) {
	r.Locked = groupLocked(r.Links, r.Verdict.Links)
	if len(r.Locked) == 0 {
		r.Action = ActionAccept
		return
	}
	var ids []string
	err := errNoJournal
	if e.journal != nil {
		ids, err = e.journal.Lock(ctx, r.Message, r.Locked)
	}
	if err != nil {
		// The links are judged anomalous but no lock page can be made (a
		// full disk, say): hold the message rather than pass the links.
		r.Action, r.Locked = ActionQuarantine, nil
		r.Notes = append(r.Notes, "lock_store_failed")
		r.Err = fmt.Errorf("filter: store locks: %w", err)
		return
	}
	repl := lockPages(r.Locked, ids, e.opt.LockBaseURL)
	body, err := links.RewriteBody(msg, repl, e.opt.Links)
	if err != nil {
		r.Action, r.Locked = ActionQuarantine, nil
		r.Notes = append(r.Notes, rewriteNote(err))
		return
	}
	r.LockIDs, r.Body = ids, body
}

// lockPages maps each rewritten place to its lock page. Two locked links
// can share a place (a GET form judged both with and without a field
// whose form the tree builder may not make, pkg/links html_getform.go):
// the place takes the page of the riskier one, the first of equals, so
// its lock page shows and releases by that verdict.
func lockPages(locked []Locked, ids []string, base string) map[links.Ref]string {
	repl := make(map[links.Ref]string)
	best := make(map[links.Ref]float64)
	for i, l := range locked {
		for _, ref := range l.Refs {
			if s, ok := best[ref]; ok && s >= l.Decision.Score {
				continue
			}
			repl[ref], best[ref] = base+"/l/"+ids[i], l.Decision.Score
		}
	}
	return repl
}

var errNoJournal = errors.New("no lock store configured") // wrapped as "filter: store locks: ..."

func rewriteNote(err error) string {
	if errors.Is(err, links.ErrSigned) {
		return "signed"
	}
	return "rewrite_failed"
}

// groupLocked gathers the occurrences of each locked URL. If one occurrence
// of a URL is locked, all are: a locked URL must not stay clickable anywhere
// milterd can rewrite (scoring never locks a link inside an attachment:
// it holds the message or leaves the link, see scoring.attachmentLinks).
func groupLocked(ls []links.Link, ds []scoring.LinkDecision) []Locked {
	locked := map[string]int{}
	var out []Locked
	for i, l := range ls {
		if i < len(ds) && ds[i].Lock && l.Rewritable() {
			if j, ok := locked[urlKey(l)]; ok {
				out[j].Decision = stricter(out[j].Decision, ds[i])
				continue
			}
			locked[urlKey(l)] = len(out)
			out = append(out, Locked{Link: l, Decision: ds[i]})
		}
	}
	for _, l := range ls {
		if j, ok := locked[urlKey(l)]; ok && l.Rewritable() {
			out[j].Refs = append(out[j].Refs, l.Ref())
		}
	}
	return out
}

// stricter is the decision one lock record holds for two occurrences of
// a URL (a message's text and HTML parts): the higher level, then score,
// with the reasons of both. The HTML copy may show another site
// (display_mismatch) where the text copy is a bare URL; the lock page must
// not offer a way through on the milder copy's verdict.
func stricter(a, b scoring.LinkDecision) scoring.LinkDecision {
	if b.StricterThan(a) {
		a, b = b, a
	}
	have := map[string]bool{}
	for _, r := range a.Reasons {
		have[r.Code] = true
	}
	rs := slices.Clone(a.Reasons)
	for _, r := range b.Reasons {
		if !have[r.Code] {
			have[r.Code] = true
			rs = append(rs, r)
		}
	}
	a.Reasons = rs
	return a
}

func urlKey(l links.Link) string {
	if l.URL != "" {
		return l.URL
	}
	return l.Raw
}
