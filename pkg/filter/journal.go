package filter

import (
	"cmp"
	"context"
	"log/slog"
	"math"
	"slices"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// LockJournal is the Journal kept in pkg/lock's store.
type LockJournal struct {
	Store *lock.Store
	Log   *slog.Logger
}

var _ Journal = LockJournal{}

// Lock stores one lock record per distinct locked URL, in one transaction.
func (j LockJournal) Lock(ctx context.Context, m Message, ls []Locked) ([]string, error) {
	recs := make([]lock.Record, len(ls))
	for i, l := range ls {
		recs[i] = lock.Record{
			URL: l.Link.URL, Chain: l.Link.Chain, Reasons: lockReasons(l.Decision.Reasons),
			Score: l.Decision.Score, Level: lock.Level(l.Decision.Level),
			MessageID: m.MessageID, QueueID: m.QueueID, Sender: m.sender(),
			Recipient: firstOr(m.Recipients), Recipients: m.Recipients, ReplyTo: m.otherReply(), Created: m.Now,
		}
		if recs[i].URL == "" {
			recs[i].URL = l.Link.Raw
		}
		if !recs[i].Level.Valid() {
			recs[i].Level = lock.LevelWarn
		}
	}
	return j.Store.CreateLocks(ctx, recs)
}

// Record logs the verdict (write-behind) and, for a quarantine, its reason
// by queue ID, because Postfix does not keep it.
func (j LockJournal) Record(m Message, r *Result) {
	j.Store.RecordVerdict(lock.VerdictRecord{
		Time: m.Now, QueueID: m.QueueID, MessageID: m.MessageID, Sender: m.sender(),
		Recipients: m.Recipients, Action: string(r.Action), Monitor: r.Verdict.Monitor, Would: r.Would(), Score: r.Verdict.Score,
		Level: lock.Level(r.Verdict.Level), Reasons: r.ReasonCodes(), LinkCount: len(r.Links),
		LockedCount: r.LockedCount() + r.WouldLockCount(), LockedHosts: r.Hosts(true), LockIDs: r.LockIDs,
	})
	if r.Action != ActionQuarantine || m.QueueID == "" {
		return // without a queue ID (replay) there is no held message to explain
	}
	q := lock.QuarantineRecord{
		QueueID: m.QueueID, MessageID: m.MessageID, Time: m.Now, Sender: m.sender(),
		Recipients: m.Recipients, Subject: m.Subject, ReplyTo: m.otherReply(), Score: r.Verdict.Score,
		Reasons: lockReasons(r.Verdict.Reasons),
	}
	for i, d := range r.Verdict.Links {
		if d.Lock && i < len(r.Links) {
			q.Reasons = append(q.Reasons, lockReasons(d.Reasons)...)
			q.URLs = append(q.URLs, r.Links[i].URL)
		}
	}
	q.Reasons = distinctReasons(q.Reasons) // the links of one message share most of them
	if err := j.Store.SaveQuarantine(q); err != nil && j.Log != nil {
		j.Log.Error("quarantine reason not stored", "queue_id", m.QueueID, "err", err)
	}
}

// Allows returns the allowlist in force, in the scorer's terms.
func (j LockJournal) Allows(now time.Time) []scoring.Allow {
	as := j.Store.ActiveAllows(now)
	out := make([]scoring.Allow, len(as))
	for i, a := range as {
		out[i] = scoring.Allow{Domain: a.Domain, Sender: a.Sender, Recipient: a.Recipient}
	}
	return out
}

// lockReasons are the reasons a lock record keeps, in the order the lock
// page shows them: the decision (redirect_via, allowlisted, ...) first, then
// the evidence heaviest first, so the page can show the first few and fold
// the rest.
func lockReasons(rs []scoring.Reason) []lock.Reason {
	sorted := slices.Clone(rs)
	slices.SortStableFunc(sorted, func(a, b scoring.Reason) int {
		if da, db := scoring.IsDecision(a.Code), scoring.IsDecision(b.Code); da != db {
			return boolRank(db) - boolRank(da)
		}
		return cmp.Compare(math.Abs(b.Weight), math.Abs(a.Weight))
	})
	out := make([]lock.Reason, len(sorted))
	for i, r := range sorted {
		out[i] = lock.Reason{Code: r.Code, Text: r.Text, Lowers: r.Lowers()}
	}
	return out
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstOr(s []string) string {
	if len(s) > 0 {
		return s[0]
	}
	return ""
}

// distinctReasons keeps the first reason of each code.
func distinctReasons(rs []lock.Reason) []lock.Reason {
	seen := map[string]bool{}
	out := rs[:0]
	for _, r := range rs {
		if !seen[r.Code] {
			seen[r.Code] = true
			out = append(out, r)
		}
	}
	return out
}
