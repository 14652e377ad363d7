package adminclient

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/firstsight/firstsight/pkg/lock"
)

type locksOpts struct {
	sender, recipient, domain, recipients *string
	requested                             *bool
	limit                                 *int
}

func locksFlags(fs *flag.FlagSet) any {
	return &locksOpts{
		sender:     fs.String("sender", "", "only locks from this sender address"),
		recipient:  fs.String("recipient", "", "only locks for this recipient"),
		domain:     fs.String("domain", "", "only locks whose destination is this domain or below"),
		requested:  fs.Bool("requested", false, "only locks with pending access requests"),
		limit:      fs.Int("n", 50, "at most this many"),
		recipients: recipientsFlag(fs),
	}
}

func runLocks(ctx context.Context, cl *client, o out, opts any, pos []string) error {
	f := opts.(*locksOpts)
	if len(pos) == 1 && *f.recipients != "" {
		return fmt.Errorf("%w: -recipients is for the list; one lock names every recipient", errUsage)
	}
	if len(pos) == 1 {
		var ans struct{ Lock lock.LockView }
		raw, err := cl.call(ctx, "GET", "/api/locks/"+url.PathEscape(pos[0]), nil, &ans)
		if err != nil {
			return err
		}
		return o.print(raw, func() { o.lock(&ans.Lock) })
	}
	req := ""
	if *f.requested {
		req = "1"
	}
	rcpts, err := o.listRecipients(*f.recipients)
	if err != nil {
		return err
	}
	var ans struct{ Locks []lock.LockView }
	raw, err := cl.call(ctx, "GET", "/api/locks"+query("sender", *f.sender, "recipient", *f.recipient, "domain", *f.domain,
		"requested", req, "limit", strconv.Itoa(*f.limit), lock.RecipientsParam, rcpts), nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() { o.locks(ans.Locks) })
}

type releaseOpts struct {
	queue *string
	trust *bool
}

func releaseFlags(fs *flag.FlagSet) any {
	return &releaseOpts{
		queue: fs.String("queue", "", "release this held message (queue ID) instead of a lock"),
		trust: fs.Bool("trust-reply-to", false, "also trust the message's kept Reply-To address: teach it as one the recipients wrote to, so the sender's next message answering there is not held for it (a release alone teaches nothing about it)"),
	}
}

func runRelease(ctx context.Context, cl *client, o out, opts any, pos []string) error {
	f := opts.(*releaseOpts)
	if (*f.queue == "") == (len(pos) == 0) {
		return fmt.Errorf("%w: give a LOCK_ID or -queue QUEUE_ID", errUsage)
	}
	trust := ""
	if *f.trust {
		trust = "1"
	}
	if *f.queue != "" {
		return releaseQueued(ctx, cl, o, *f.queue, trust)
	}
	var ans struct {
		Lock    lock.LockView
		Learned bool
		ReplyTo *lock.ReplyOutcome `json:"reply_to"`
	}
	raw, err := cl.call(ctx, "POST", "/api/locks/"+url.PathEscape(pos[0])+"/release"+query(lock.TrustReplyParam, trust), nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() {
		fmt.Fprintf(o.w, "released %s (%s)%s", ans.Lock.ID, defangHost(hostOf(ans.Lock.URL)), forRecipients(rcptTotal(&ans.Lock)))
		if ans.Learned {
			fmt.Fprint(o.w, "; the baseline learned from it")
		}
		fmt.Fprintln(o.w)
		o.replyOutcome(ans.ReplyTo, trust != "")
	})
}

// releaseQueued releases the held message q ("release -queue"); trust is
// the trust_reply_to value.
func releaseQueued(ctx context.Context, cl *client, o out, q, trust string) error {
	var ans struct {
		Quarantine        lock.QuarantineView
		ReleasedFromQueue bool               `json:"released_from_queue"`
		ReleasedBefore    bool               `json:"released_before"`
		ReplyTo           *lock.ReplyOutcome `json:"reply_to"`
	}
	raw, err := cl.call(ctx, "POST", "/api/quarantine/"+url.PathEscape(q)+"/release"+query(lock.TrustReplyParam, trust), nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() {
		switch {
		case ans.ReleasedBefore:
			fmt.Fprintf(o.w, "%s was released before; nothing run again\n", q)
		case ans.ReleasedFromQueue:
			fmt.Fprintf(o.w, "released %s%s: release_commands ran\n", q, forRecipients(rcptCount(ans.Quarantine.RecipientsTotal, ans.Quarantine.Recipients)))
		default:
			fmt.Fprintf(o.w, "marked %s released%s; now run: %s\n", q, forRecipients(rcptCount(ans.Quarantine.RecipientsTotal, ans.Quarantine.Recipients)), ans.Quarantine.Instructions)
		}
		o.replyOutcome(ans.ReplyTo, trust != "")
	})
}

func runRelock(ctx context.Context, cl *client, o out, _ any, pos []string) error {
	var ans struct{ Lock lock.Record }
	raw, err := cl.call(ctx, "POST", "/api/locks/"+url.PathEscape(pos[0])+"/relock", nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() { fmt.Fprintf(o.w, "relocked %s (%s)\n", ans.Lock.ID, ans.Lock.Level) })
}

type allowOpts struct{ domain, sender, recipient, ttl, note *string }

func allowFlags(fs *flag.FlagSet) any {
	return &allowOpts{
		domain:    fs.String("domain", "", "add: allow links to this domain"),
		sender:    fs.String("sender", "", "add: allow this sender address or domain"),
		recipient: fs.String("recipient", "", "add: only for this recipient (default: the whole organisation)"),
		ttl:       fs.String("ttl", "", "add: expire after this long, e.g. 720h (default: never)"),
		note:      fs.String("note", "", "add: why"),
	}
}

func runAllow(ctx context.Context, cl *client, o out, opts any, pos []string) error {
	f := opts.(*allowOpts)
	switch {
	case pos[0] == "list" && len(pos) == 1:
		var ans struct{ Allow []lock.Allow }
		raw, err := cl.call(ctx, "GET", "/api/allow", nil, &ans)
		if err != nil {
			return err
		}
		return o.print(raw, func() { o.allows(ans.Allow) })
	case pos[0] == "add" && len(pos) == 1:
		body := lock.AllowRequest{Domain: *f.domain, Sender: *f.sender, Recipient: *f.recipient, TTL: *f.ttl, Note: *f.note}
		var ans struct{ Allow lock.Allow }
		raw, err := cl.call(ctx, "POST", "/api/allow", body, &ans)
		if err != nil {
			return err
		}
		return o.print(raw, func() { o.allows([]lock.Allow{ans.Allow}) })
	case pos[0] == "remove" && len(pos) == 2:
		raw, err := cl.call(ctx, "DELETE", "/api/allow/"+url.PathEscape(pos[1]), nil, nil)
		if err != nil {
			return err
		}
		return o.print(raw, func() { fmt.Fprintf(o.w, "removed %s\n", pos[1]) })
	}
	return fmt.Errorf("%w: allow list | add | remove ID", errUsage)
}

type verdictOpts struct {
	action, sender, recipient, recipients, queueID, messageID *string
	limit                                                     *int
}

func verdictFlags(fs *flag.FlagSet) any {
	return &verdictOpts{
		action:     fs.String("action", "", "only this action (accept, lock, quarantine, reject)"),
		sender:     fs.String("sender", "", "only this sender address or domain"),
		recipient:  fs.String("recipient", "", "only messages to this recipient"),
		queueID:    fs.String("queue-id", "", "only the message with this MTA queue ID (from the mail log)"),
		messageID:  fs.String("message-id", "", "only messages with this Message-ID (angle brackets optional)"),
		limit:      fs.Int("n", 50, "at most this many"),
		recipients: recipientsFlag(fs),
	}
}

func runVerdicts(ctx context.Context, cl *client, o out, opts any, _ []string) error {
	f := opts.(*verdictOpts)
	switch *f.action {
	case "", "accept", "lock", "quarantine", "reject", "tempfail", "unscanned":
	default:
		return fmt.Errorf("%w: -action %q: want accept, lock, quarantine, reject, tempfail or unscanned", errUsage, *f.action)
	}
	rcpts, err := o.listRecipients(*f.recipients)
	if err != nil {
		return err
	}
	var ans struct{ Verdicts []lock.VerdictView }
	raw, err := cl.call(ctx, "GET", "/api/verdicts"+query("action", *f.action, "sender", *f.sender, "recipient", *f.recipient,
		"queue_id", *f.queueID, "message_id", *f.messageID, "limit", strconv.Itoa(*f.limit), lock.RecipientsParam, rcpts), nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() { o.verdicts(ans.Verdicts) })
}

// recipientsFlag is the -recipients flag of the list commands (locks,
// verdicts, quarantine).
func recipientsFlag(fs *flag.FlagSet) *string {
	return fs.String("recipients", "", fmt.Sprintf("with -json: how many recipients each item names, all or a number "+
		"(0: recipients_total only; default %d: a longer list is cut, recipients_total counts it)", lock.ListRecipients))
}

// listRecipients is the RecipientsParam of a list call, from -recipients
// (asked). A table names each item's first recipient (the filter's, when
// it names one) and how many more (recipients_total), so it asks for no
// more than that one, and refuses -recipients; -json prints the API's
// own answer, lock.ListRecipients each unless -recipients asks for
// all or another number.
func (o out) listRecipients(asked string) (string, error) {
	switch {
	case asked == "" && o.json:
		return "", nil
	case asked == "":
		return "1", nil
	case !o.json:
		return "", fmt.Errorf("%w: -recipients sets what -json prints; the table names each item's first recipient and counts them all "+
			"(add -json, or see every recipient of one item with locks LOCK_ID or quarantine QUEUE_ID)", errUsage)
	}
	if n, err := strconv.Atoi(asked); asked != "all" && (err != nil || n < 0) {
		return "", fmt.Errorf("%w: -recipients %q: want all or a number of recipients, 0 or more", errUsage, asked)
	}
	return asked, nil
}

// forRecipients says how many recipients a release let through, when
// more than one.
func forRecipients(n int) string {
	if n > 1 {
		return fmt.Sprintf(" for its %d recipients", n)
	}
	return ""
}

type quarantineOpts struct{ recipient, recipients *string }

func quarantineFlags(fs *flag.FlagSet) any {
	return &quarantineOpts{recipient: fs.String("recipient", "", "only messages held for this recipient"), recipients: recipientsFlag(fs)}
}

func runQuarantine(ctx context.Context, cl *client, o out, opts any, pos []string) error {
	f := opts.(*quarantineOpts)
	if len(pos) == 1 && *f.recipient != "" {
		return fmt.Errorf("%w: -recipient selects from the list; give it or a QUEUE_ID", errUsage)
	}
	if len(pos) == 1 && *f.recipients != "" {
		return fmt.Errorf("%w: -recipients is for the list; one held message names every recipient", errUsage)
	}
	if len(pos) == 1 {
		var ans struct{ Quarantine lock.QuarantineView }
		raw, err := cl.call(ctx, "GET", "/api/quarantine/"+url.PathEscape(pos[0]), nil, &ans)
		if err != nil {
			return err
		}
		return o.print(raw, func() { o.quarantine([]lock.QuarantineView{ans.Quarantine}, true) })
	}
	rcpts, err := o.listRecipients(*f.recipients)
	if err != nil {
		return err
	}
	var ans struct{ Quarantine []lock.QuarantineView }
	raw, err := cl.call(ctx, "GET", "/api/quarantine"+query("recipient", *f.recipient, lock.RecipientsParam, rcpts), nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() { o.quarantine(heldFor(ans.Quarantine, *f.recipient), false) })
}

// heldFor keeps the held messages addressed to rcpt (all when it is
// empty). A milterd older than /api/quarantine?recipient= (one not yet
// restarted after an upgrade) answers every held message, each with its
// whole list and no recipients_total: those not addressed to rcpt go.
func heldFor(qs []lock.QuarantineView, rcpt string) []lock.QuarantineView {
	if rcpt == "" {
		return qs
	}
	return slices.DeleteFunc(qs, func(q lock.QuarantineView) bool {
		return q.RecipientsTotal == 0 && !slices.ContainsFunc(q.Recipients, func(a string) bool { return strings.EqualFold(a, rcpt) })
	})
}

type inspectOpts struct{ sender, recipient, domain, messageID, list *string }

func inspectFlags(fs *flag.FlagSet) any {
	return &inspectOpts{
		sender:    fs.String("sender", "", "a sender address (with -recipient: the pair)"),
		recipient: fs.String("recipient", "", "a recipient address"),
		domain:    fs.String("domain", "", "a link domain"),
		messageID: fs.String("message-id", "", "a Message-ID: was that message learned (for thread_reply)?"),
		list:      fs.String("list", "", "a To or Cc address: is it a mailing list's (for known_list)?"),
	}
}

// flag is the flag of the KIND of "inspect KIND KEY", nil for no kind.
func (f *inspectOpts) flag(kind string) *string {
	switch kind {
	case "sender":
		return f.sender
	case "recipient":
		return f.recipient
	case "domain":
		return f.domain
	case "message-id":
		return f.messageID
	case "list":
		return f.list
	}
	return nil
}

func (f *inspectOpts) query() string {
	return query("sender", *f.sender, "recipient", *f.recipient, "domain", *f.domain, "message_id", *f.messageID, "list", *f.list)
}

func runInspect(ctx context.Context, cl *client, o out, opts any, pos []string) error {
	f := opts.(*inspectOpts)
	if len(pos) > 0 {
		key := f.flag(pos[0])
		if len(pos) != 2 || key == nil || f.query() != "" {
			return fmt.Errorf("%w: give KIND KEY (KIND sender, recipient, domain, message-id or list) or flags, not both", errUsage)
		}
		*key = pos[1]
	}
	q := f.query()
	if *f.list != "" && q != query("list", *f.list) {
		return fmt.Errorf("%w: -list is asked alone", errUsage)
	}
	if q == "" {
		return fmt.Errorf("%w: give -sender, -recipient, -domain, -message-id or -list", errUsage)
	}
	var ans struct{ Facts any }
	raw, err := cl.call(ctx, "GET", "/api/inspect"+q, nil, &ans)
	if err != nil {
		return err
	}
	return o.print(raw, func() { o.tree(ans.Facts) })
}

func runExplain(ctx context.Context, cl *client, o out, _ any, pos []string) error {
	in, err := openInput(pos[0])
	if err != nil {
		return err
	}
	defer in.Close()
	raw, err := cl.do(ctx, "POST", "/api/explain", in, "message/rfc822")
	if err != nil {
		return err
	}
	var ans struct{ Explain any }
	if err := jsonUnmarshal(raw, &ans); err != nil {
		return err
	}
	return o.print(raw, func() { o.tree(ans.Explain) })
}

type backupOpts struct{ out *string }

func backupFlags(fs *flag.FlagSet) any {
	return &backupOpts{out: fs.String("o", "", "write the backup to this file (must not exist)")}
}

func runBackup(ctx context.Context, cl *client, o out, opts any, _ []string) error {
	path := *opts.(*backupOpts).out
	if path == "" {
		return fmt.Errorf("%w: give -o FILE", errUsage)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("adminclient: backup: %w", err)
	}
	n, err := cl.download(ctx, "/api/backup", f)
	if err == nil {
		err = f.Sync() // a backup is for when the disk fails: on it before "done"
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("adminclient: backup: %w", err)
	}
	fmt.Fprintf(o.w, "wrote %d bytes to %s\n", n, path)
	return nil
}
