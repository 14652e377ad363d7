package adminclient

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
)

// out prints either the API's JSON or a table.
type out struct {
	w    io.Writer
	json bool
}

func (o out) print(raw []byte, table func()) error {
	if o.json {
		_, err := o.w.Write(raw)
		return err
	}
	table()
	return nil
}

func jsonUnmarshal(raw []byte, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("adminclient: decode answer: %w", err)
	}
	return nil
}

func (o out) table() *tabwriter.Writer { return tabwriter.NewWriter(o.w, 0, 4, 2, ' ', 0) }

func ts(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Local().Format("2006-01-02 15:04")
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "?"
	}
	return u.Hostname()
}

// defangHost keeps host names from turning into links in terminals and chats.
func defangHost(h string) string { return strings.ReplaceAll(h, ".", "[.]") }

func state(r *lock.Record) string {
	switch {
	case r.Released:
		return "released"
	case len(r.Requests) > 0:
		return "requested"
	}
	return "locked"
}

func reasonCodes(rs []lock.Reason) string {
	codes := make([]string, len(rs))
	for i, r := range rs {
		codes[i] = r.Code
	}
	return strings.Join(codes, ",")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (o out) locks(rs []lock.LockView) {
	if len(rs) == 0 {
		fmt.Fprintln(o.w, "no locks")
		return
	}
	tw := o.table()
	fmt.Fprintln(tw, "CREATED\tLEVEL\tSTATE\tID\tDESTINATION\tSENDER\tRECIPIENT\tCLICKS\tREASONS")
	for i := range rs {
		r := &rs[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", ts(r.Created), r.Level, state(&r.Record), r.ID,
			defangHost(hostOf(r.URL)), dash(r.Sender), dash(firstAndMore(r.AllRecipients(), rcptTotal(r))), r.Clicks, reasonCodes(r.Reasons))
	}
	tw.Flush()
}

func (o out) lock(r *lock.LockView) {
	tw := o.table()
	row := func(k, v string) { fmt.Fprintf(tw, "%s\t%s\n", k, v) }
	row("id", r.ID)
	row("level", string(r.Level))
	row("state", state(&r.Record))
	row("destination", strings.ReplaceAll(r.URL, ".", "[.]"))
	for i, c := range r.Chain {
		row(fmt.Sprintf("unwrapped from %d", i+1), strings.ReplaceAll(c, ".", "[.]"))
	}
	row("score", fmt.Sprintf("%.2f", r.Score))
	row("sender", dash(r.Sender))
	as, total := r.AllRecipients(), rcptTotal(r)
	if len(as) > inlineRecipients {
		row(rcptLabel(r), fmt.Sprintf("%s (+%d, listed below)", as[0], total-1))
	} else {
		row(rcptLabel(r), dash(listAndMore(as, total)))
	}
	if r.ReplyTo != "" {
		row("replies go to", replyState(r.ReplyTo, r.ReplyTrustedAt))
	}
	row("message-id", dash(r.MessageID))
	row("queue-id", dash(r.QueueID))
	row("created", ts(r.Created))
	row("expires", ts(r.Expires))
	row("clicks", fmt.Sprintf("%d (continued %d)", r.Clicks, r.Continues))
	for _, rq := range r.Requests {
		row("access requested", ts(rq.Time)+" "+rq.Note)
	}
	if r.Released {
		row("released", ts(r.ReleasedAt)+" by "+dash(r.ReleasedBy))
	}
	for _, rs := range r.Reasons {
		row(reasonLabel(rs)+rs.Code, rs.Text)
	}
	tw.Flush()
	if len(as) > inlineRecipients {
		o.recipients(as, total)
	}
}

// inlineRecipients: a detail view (locks ID, quarantine QUEUE_ID) names up
// to this many recipients on one line; more are listed one a line after
// the rest, where a message to 10,000 readers does not make one line of
// 170 KB ahead of the reasons (and grep and wc -l can read them).
const inlineRecipients = 10

// recipients lists as on one line, or one a line below a heading when
// there are more than inlineRecipients; total counts those the answer
// left out.
func (o out) recipients(as []string, total int) {
	if len(as) <= inlineRecipients {
		fmt.Fprintf(o.w, "recipients (%d): %s\n", total, listAndMore(as, total))
		return
	}
	fmt.Fprintf(o.w, "recipients (%d):\n", total)
	for _, a := range as {
		fmt.Fprintf(o.w, "  %s\n", a)
	}
	if n := total - len(as); n > 0 {
		fmt.Fprintf(o.w, "  (+%d more)\n", n)
	}
}

// replyOutcome prints what a release did with the kept Reply-To address:
// the daemon's note, or, from a daemon too old to answer it while trust
// was asked, that nothing was trusted.
func (o out) replyOutcome(r *lock.ReplyOutcome, asked bool) {
	if r == nil {
		if asked {
			fmt.Fprintln(o.w, "-trust-reply-to: this milterd does not know it (an older version, whose every release taught the kept Reply-To)")
		}
		return
	}
	if r.Address != "" || r.Asked {
		fmt.Fprintln(o.w, r.Note)
	}
}

// replyState describes a kept Reply-To address and whether a release
// trusted it.
func replyState(addr string, trustedAt time.Time) string {
	if !trustedAt.IsZero() {
		return addr + " (trusted by a release " + ts(trustedAt) + ")"
	}
	return addr + " (not trusted; release -trust-reply-to also teaches it as an address the recipients wrote to)"
}

func (o out) allows(as []lock.Allow) {
	if len(as) == 0 {
		fmt.Fprintln(o.w, "the allowlist is empty")
		return
	}
	tw := o.table()
	fmt.Fprintln(tw, "ID\tKIND\tVALUE\tRECIPIENT\tEXPIRES\tNOTE")
	for _, a := range as {
		kind, val := "domain", a.Domain
		if a.Sender != "" {
			kind, val = "sender", a.Sender
		}
		exp := "never"
		if !a.Expires.IsZero() {
			exp = ts(a.Expires)
		}
		rcpt := a.Recipient
		if rcpt == "" {
			rcpt = "(everyone)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, kind, val, rcpt, exp, a.Note)
	}
	tw.Flush()
}

func (o out) verdicts(vs []lock.VerdictView) {
	if len(vs) == 0 {
		fmt.Fprintln(o.w, "no verdicts")
		return
	}
	tw := o.table()
	fmt.Fprintln(tw, "TIME\tACTION\tSCORE\tQUEUE-ID\tSENDER\tRECIPIENTS\tLOCKED/LINKS\tREASONS")
	for _, v := range vs {
		action := v.Action
		if v.Would != "" {
			action += " would=" + v.Would // monitor mode
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%s\t%s\t%d/%d\t%s\n", ts(v.Time), action, v.Score, dash(v.QueueID), dash(v.Sender),
			dash(firstAndMore(v.Recipients, rcptCount(v.RecipientsTotal, v.Recipients))), v.LockedCount, v.LinkCount, strings.Join(v.Reasons, ","))
	}
	tw.Flush()
}

func (o out) quarantine(qs []lock.QuarantineView, detail bool) {
	if len(qs) == 0 {
		fmt.Fprintln(o.w, "no held messages")
		return
	}
	tw := o.table()
	fmt.Fprintln(tw, "TIME\tQUEUE-ID\tSTATE\tSCORE\tSENDER\tRECIPIENTS\tREASONS")
	for _, q := range qs {
		st := "held"
		if q.Released {
			st = "released"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\t%s\t%s\n", ts(q.Time), q.QueueID, st, q.Score, dash(q.Sender),
			dash(firstAndMore(q.Recipients, rcptCount(q.RecipientsTotal, q.Recipients))), reasonCodes(q.Reasons))
	}
	tw.Flush()
	if detail && len(qs) == 1 {
		for _, r := range qs[0].Reasons {
			fmt.Fprintf(o.w, "  %s%s: %s\n", strings.TrimPrefix(reasonLabel(r), "reason "), r.Code, r.Text)
		}
		if q := qs[0]; q.ReplyTo != "" {
			fmt.Fprintf(o.w, "replies go to: %s\n", replyState(q.ReplyTo, q.ReplyTrustedAt))
		}
		fmt.Fprintf(o.w, "release by hand: %s\n", qs[0].Instructions)
		if q := qs[0]; rcptCount(q.RecipientsTotal, q.Recipients) > 1 {
			o.recipients(q.Recipients, rcptCount(q.RecipientsTotal, q.Recipients))
		}
	}
}

// tree prints any JSON value as sorted "path  value" lines.
func (o out) tree(v any) {
	tw := o.table()
	walk(tw, "", v)
	tw.Flush()
}

func walk(w io.Writer, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(w, join(path, k), x[k])
		}
	case []any:
		if len(x) == 0 {
			fmt.Fprintf(w, "%s\t[]\n", path)
		}
		for i, e := range x {
			walk(w, join(path, fmt.Sprint(i)), e)
		}
	case nil:
		fmt.Fprintf(w, "%s\t-\n", path)
	default:
		fmt.Fprintf(w, "%s\t%v\n", path, x)
	}
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// firstAndMore shows the first address and how many more of total
// there are.
func firstAndMore(as []string, total int) string {
	if len(as) == 0 {
		return ""
	}
	if total <= 1 {
		return as[0]
	}
	return fmt.Sprintf("%s (+%d)", as[0], total-1)
}

// listAndMore shows every address given, and how many of total the
// answer left out.
func listAndMore(as []string, total int) string {
	s := strings.Join(as, ", ")
	if n := total - len(as); n > 0 && len(as) > 0 {
		s += fmt.Sprintf(" (+%d more)", n)
	}
	return s
}

// rcptTotal is the number of the lock's recipients (rcptCount).
func rcptTotal(v *lock.LockView) int { return rcptCount(v.RecipientsTotal, v.AllRecipients()) }

// rcptCount is the number of an item's recipients: recipients_total,
// or, from a milterd too old to send it, those the answer names.
func rcptCount(total int, named []string) int {
	if total > 0 {
		return total
	}
	return len(named)
}

func rcptLabel(v *lock.LockView) string {
	if n := rcptTotal(v); n > 1 {
		return fmt.Sprintf("recipients (%d)", n)
	}
	return "recipients"
}

// reasonLabel tells evidence that stopped the link ("reason ") from
// evidence that spoke for it ("spoke for ").
func reasonLabel(r lock.Reason) string {
	if r.Lowers {
		return "spoke for "
	}
	return "reason "
}
