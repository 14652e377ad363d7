package filter

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

const releaseToken = "release-test-token-0123456789abcdef"

// paypalInvoice is a small business's monthly PayPal invoice, whose
// replies go to its Gmail address.
func paypalInvoice(replyTo, month string) []byte {
	return []byte("From: \"service@paypal.com\" <service@paypal.com>\r\nTo: alice@corp.example\r\n" +
		"Reply-To: \"Corner Bakery\" <" + replyTo + ">\r\nSubject: You've got a new invoice from Corner Bakery\r\n" +
		"Message-ID: <inv-" + month + "@paypal.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>Corner Bakery sent you an invoice for $120.00 USD for " + month + ".</p><p><a href=\"https://www.paypal.com/invoice/p/#INV2-" + month + "\">View and Pay Invoice</a></p>\r\n")
}

// deliverQueued is deliver with a queue ID, so a held message leaves its
// quarantine record.
func deliverQueued(t *testing.T, e *Engine, raw []byte, qid string, at time.Time) *Result {
	t.Helper()
	r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: "service@paypal.com", Recipients: []string{"alice@corp.example"}, QueueID: qid, Now: at})
	if err != nil {
		t.Fatal(err)
	}
	e.Finish(r)
	return r
}

// releaseHandler serves the admin API over the lock store, learning
// releases into e's baseline as milterd wires it.
func releaseHandler(t *testing.T, e *Engine, store *lock.Store) http.Handler {
	t.Helper()
	hist, ok := e.history.(*baseline.Store)
	if !ok {
		t.Fatalf("history is %T", e.history)
	}
	return lock.NewHandler(store, lock.HandlerOptions{AdminToken: releaseToken}, lock.Deps{Learn: Admin{Engine: e, Baseline: hist}}, nil)
}

// postAdmin calls the admin API and returns what the answer says about
// the Reply-To address (a release's reply_to).
func postAdmin(t *testing.T, h http.Handler, path string) lock.ReplyOutcome {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, nil)
	req.Header.Set("Authorization", "Bearer "+releaseToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("POST %s: %d %s", path, w.Code, w.Body)
	}
	var ans struct {
		ReplyTo lock.ReplyOutcome `json:"reply_to"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &ans); err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	return ans.ReplyTo
}

func held(r *Result) bool {
	return r.Action == ActionQuarantine || slices.Contains(r.ReasonCodes(), "note_payment_reply")
}

// An admin's release of a held PayPal invoice teaches its Reply-To
// address as one the reader wrote to only when the admin also trusts it
// (trust_reply_to; the quarantine record keeps the address), so next
// month's invoice from the same business is delivered, at most with a
// warning; a release alone lets this invoice out and vouches for nobody's
// replies, so next month's is held again. An invoice answering to another
// Gmail address is held either way, and merely delivering the invoice
// never teaches the address.
func TestReleaseTeachesReplyTo(t *testing.T) {
	const reply = "corner.bakery.billing@gmail.com"
	for _, tc := range []struct {
		name     string
		releases []string // query strings of the release calls, in order
		trusted  bool     // next month's invoice is let through
	}{
		{"release alone", []string{""}, false},
		{"release alone, twice", []string{"", "?trust_reply_to=0"}, false},
		{"release and trust", []string{"?trust_reply_to=1"}, true},
		{"release and trust, then again", []string{"?trust_reply_to=true", "?trust_reply_to=1"}, true},
		{"release, then release again trusting", []string{"", "?trust_reply_to=1"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			store := e.journal.(LockJournal).Store
			h := releaseHandler(t, e, store)
			at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
			r := deliverQueued(t, e, paypalInvoice("Corner.Bakery.Billing@gmail.com", "march"), "Q1MARCH", at)
			if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "note_payment_reply") {
				t.Fatalf("march invoice: %s (%v), want quarantine with note_payment_reply", r.Action, r.ReasonCodes())
			}
			if q, err := store.Quarantined("Q1MARCH"); err != nil || q.ReplyTo != reply {
				t.Fatalf("quarantine record %+v (%v), want ReplyTo %q", q, err, reply)
			}
			// held again before any release: being held (and delivered by
			// hand outside the API) teaches nothing
			if r := deliverQueued(t, e, paypalInvoice(reply, "march2"), "Q1MARCH2", at.Add(time.Hour)); !held(r) {
				t.Errorf("before the release: %s (%v), want held", r.Action, r.ReasonCodes())
			}
			taught := 0
			for _, qs := range tc.releases {
				if o := postAdmin(t, h, "/api/quarantine/Q1MARCH/release"+qs); o.Taught {
					taught++
				}
			}
			if want := map[bool]int{true: 1}[tc.trusted]; taught != want {
				t.Errorf("releases %q taught the Reply-To %d times, want %d", tc.releases, taught, want)
			}
			april := at.AddDate(0, 1, 0)
			r = deliverQueued(t, e, paypalInvoice(reply, "april"), "Q1APRIL", april)
			if through := !held(r) && (r.Action == ActionAccept || r.Verdict.Level == "warn"); through != tc.trusted {
				t.Errorf("next month's invoice after %q: %s level %q (%v), let through %v, want %v", tc.releases, r.Action, r.Verdict.Level, r.ReasonCodes(), through, tc.trusted)
			}
			r = deliverQueued(t, e, paypalInvoice("corner.bakery.payments@gmail.com", "april2"), "Q1APRIL2", april)
			if !held(r) {
				t.Errorf("an invoice answering to another Gmail address: %s (%v), want held", r.Action, r.ReasonCodes())
			}
		})
	}
}

// A quarantine record stored by a version that kept no Reply-To releases
// as before: the sender and links are learned, the Reply-To address is
// not (nothing to teach, so trust_reply_to is ignored, and the answer
// says so), and the next invoice is still held.
func TestReleaseOldRecordWithoutReplyTo(t *testing.T) {
	e := testEngine(t)
	db := throwawayDB(t)
	store, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close(); db.Close() })
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	old := `{"queue_id":"Q0OLD","message_id":"<inv-feb@paypal.example>","time":"2025-03-03T09:00:00Z","sender":"service@paypal.com",` +
		`"recipients":["alice@corp.example"],"subject":"You've got a new invoice from Corner Bakery","score":2.1,` +
		`"reasons":[{"code":"note_payment_reply","text":"..."}],"urls":["https://www.paypal.com/invoice/p/#INV2-feb"],"released":false}`
	if err := db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("lock/quarantine"))
		if err != nil {
			return err
		}
		return b.Put([]byte("Q0OLD"), []byte(old))
	}); err != nil {
		t.Fatal(err)
	}
	o := postAdmin(t, releaseHandler(t, e, store), "/api/quarantine/Q0OLD/release?trust_reply_to=1")
	if !o.Asked || o.Trusted || o.Taught || !strings.Contains(o.Note, "ignored") || !strings.Contains(o.Note, "keeps no Reply-To") {
		t.Errorf("trusting the Reply-To of a record without one: %+v, want ignored with a note saying why", o)
	}
	q, err := store.Quarantined("Q0OLD")
	if err != nil {
		t.Fatal(err)
	}
	if !q.Released || q.ReplyTo != "" || !q.ReplyTrustedAt.IsZero() {
		t.Errorf("old record after release: released %v, ReplyTo %q, trusted %v; want released, no ReplyTo, not trusted", q.Released, q.ReplyTo, q.ReplyTrustedAt)
	}
	r := deliverQueued(t, e, paypalInvoice("corner.bakery.billing@gmail.com", "april"), "Q1APRIL", at.AddDate(0, 1, 0))
	if !held(r) {
		t.Errorf("after releasing a record without a Reply-To: %s (%v), want still held", r.Action, r.ReasonCodes())
	}
}

// Where note_payment_reply does not quarantine (quarantine_when without
// it), the invoice's link is locked instead; the lock record keeps the
// Reply-To address, a release that trusts it teaches it (a release alone
// does not), and a relock does not unlearn it.
func TestLockReleaseTeachesReplyTo(t *testing.T) {
	for _, tc := range []struct {
		query   string
		trusted bool
	}{{"", false}, {"?trust_reply_to=1", true}} {
		t.Run("release"+tc.query, func(t *testing.T) {
			e := testEngineWith(t, func(p *scoring.Policy) {
				p.QuarantineWhen = slices.DeleteFunc(p.QuarantineWhen, func(c []string) bool { return slices.Contains(c, "note_payment_reply") })
			})
			store := e.journal.(LockJournal).Store
			h := releaseHandler(t, e, store)
			at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
			const reply = "corner.bakery.billing@gmail.com"
			r := deliverQueued(t, e, paypalInvoice(reply, "march"), "Q2MARCH", at)
			if r.Action != ActionLock || r.Verdict.Level == "warn" || len(r.LockIDs) == 0 || !slices.Contains(r.ReasonCodes(), "note_payment_reply") {
				t.Fatalf("march invoice: %s level %q (%v), want its link locked above warn by note_payment_reply", r.Action, r.Verdict.Level, r.ReasonCodes())
			}
			rec, err := store.Get(r.LockIDs[0])
			if err != nil {
				t.Fatal(err)
			}
			if rec.ReplyTo != reply {
				t.Errorf("lock record's ReplyTo %q, want %q", rec.ReplyTo, reply)
			}
			if o := postAdmin(t, h, "/api/locks/"+rec.ID+"/release"+tc.query); o.Address != reply || o.Taught != tc.trusted {
				t.Errorf("release%s: reply_to %+v, want %s taught %v", tc.query, o, reply, tc.trusted)
			}
			postAdmin(t, h, "/api/locks/"+rec.ID+"/relock")
			r = deliverQueued(t, e, paypalInvoice(reply, "april"), "Q2APRIL", at.AddDate(0, 1, 0))
			through := !slices.Contains(r.ReasonCodes(), "note_payment_reply") && (r.Action == ActionAccept || r.Verdict.Level == "warn")
			if through != tc.trusted {
				t.Errorf("next month's invoice after a release%s and a relock: %s level %q (%v), let through %v, want %v", tc.query, r.Action, r.Verdict.Level, r.ReasonCodes(), through, tc.trusted)
			}
		})
	}
}

// What a trusting release teaches about the Reply-To address, read back
// as the judging lookup reads it (History.ReplyAddr, which scoring's
// knownReply reads for note_payment_reply and for shadow_identity's brand
// exception): an address someone here wrote to, outside our domains and
// other than the sender's own; nothing without one. A later release that
// trusts it (ReplyOnly) teaches the address and not the sender again.
func TestReleaseReplyToFacts(t *testing.T) {
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, sender, reply string
		rcpts               []string
		want                bool
		replyOnly           bool
	}{
		{"a later trusting release", "service@paypal.com", "corner.bakery.billing@gmail.com", []string{"alice@corp.example"}, true, true},
		{"a brand's notice for a correspondent", "messenger@webex.com", "HWhitley@stateu.example", []string{"alice@corp.example"}, true, false},
		{"free mail", "service@paypal.com", "corner.bakery.billing@gmail.com", []string{"alice@corp.example", "bob@corp.example"}, true, false},
		{"no recipients kept", "service@paypal.com", "corner.bakery.billing@gmail.com", nil, true, false},
		{"no Reply-To (an older record)", "service@paypal.com", "", []string{"alice@corp.example"}, false, false},
		{"the sender's own address", "hwhitley@stateu.example", "hwhitley@stateu.example", []string{"alice@corp.example"}, false, false},
		{"one of our own addresses", "service@paypal.com", "billing@corp.example", []string{"alice@corp.example"}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			hist := e.history.(*baseline.Store)
			ev := lock.LearnEvent{Kind: "quarantine", Time: at, Sender: tc.sender, Recipients: tc.rcpts, ReplyTo: tc.reply, ReplyOnly: tc.replyOnly}
			if err := (Admin{Engine: e, Baseline: hist}).Learn(context.Background(), ev); err != nil {
				t.Fatal(err)
			}
			reply := tc.reply
			if reply == "" {
				reply = "corner.bakery.billing@gmail.com"
			}
			f, err := hist.Lookup(baseline.Query{Now: at.Add(time.Hour), Sender: tc.sender, ReplyTo: normAddr(reply)})
			if err != nil {
				t.Fatal(err)
			}
			if got := f.ReplyAddr.Outbound > 0; got != tc.want {
				t.Errorf("Reply-To %q written to: %v, want %v (%+v)", reply, got, tc.want, f.ReplyAddr)
			}
			if got := f.Sender.Seen(); got == tc.replyOnly {
				t.Errorf("sender %s learned: %v, want %v (ReplyOnly %v)", tc.sender, got, !tc.replyOnly, tc.replyOnly)
			}
		})
	}
}

// The Reply-To address a lock or quarantine record keeps (otherReply) is
// one a release can teach: not the sender's own (nor the author's, for a
// list's post), and not one in our own domains, which an outbound
// observation would learn as our own mail's. A record that keeps none
// answers a trusting release with "ignored" (TestReleaseKeepsNoOwnReplyTo),
// where teachReply's silent skip left the answer saying it was taught.
func TestOtherReply(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		name, from, replyTo, want string
	}{
		{"free mail", "service@paypal.com", "Corner.Bakery@gmail.com", "corner.bakery@gmail.com"},
		{"another domain", "bob@partner.example", "bob@partner-remit.example", "bob@partner-remit.example"},
		{"none", "bob@partner.example", "", ""},
		{"the sender's own address", "bob@partner.example", "Bob@Partner.example", ""},
		{"one of our own addresses", "security@paypa1-support.top", "helpdesk@corp.example", ""},
		{"an address in a subdomain of ours", "security@paypa1-support.top", "it@mail.corp.example", ""},
		{"a name that is no subdomain of ours", "security@paypa1-support.top", "it@notcorp.example", "it@notcorp.example"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := "From: " + tc.from + "\r\nTo: alice@corp.example\r\n"
			if tc.replyTo != "" {
				h += "Reply-To: " + tc.replyTo + "\r\n"
			}
			m := e.read([]byte(h+"Subject: hello\r\n\r\nhello\r\n"), Envelope{MailFrom: tc.from, Recipients: []string{"alice@corp.example"}})
			if got := m.otherReply(); got != tc.want {
				t.Errorf("otherReply() = %q, want %q", got, tc.want)
			}
		})
	}
}

// A lure whose replies go to one of our own addresses (a help desk's, to
// look like ours) is locked; its record keeps no Reply-To, so a release
// that trusts it says that nothing was trusted or taught, which is what
// the baseline learned.
func TestReleaseKeepsNoOwnReplyTo(t *testing.T) {
	e := testEngine(t)
	store := e.journal.(LockJournal).Store
	h := releaseHandler(t, e, store)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	raw := []byte("From: PayPal <security@paypa1-support.top>\r\nTo: alice@corp.example\r\nReply-To: helpdesk@corp.example\r\n" +
		"Subject: Your account is suspended\r\nMessage-ID: <own-reply@paypa1-support.top>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>Dear customer, verify your password now or your account will be closed.</p>" +
		"<p><a href=\"http://198.51.100.7/paypal/signin\">https://www.paypal.com/signin</a></p>\r\n")
	r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: "security@paypa1-support.top", Recipients: []string{"alice@corp.example"}, QueueID: "Q3OWN", Now: at})
	if err != nil {
		t.Fatal(err)
	}
	e.Finish(r)
	var o lock.ReplyOutcome
	switch {
	case r.Action == ActionQuarantine:
		q, err := store.Quarantined("Q3OWN")
		if err != nil || q.ReplyTo != "" {
			t.Fatalf("quarantine record %+v (%v), want no ReplyTo", q, err)
		}
		o = postAdmin(t, h, "/api/quarantine/Q3OWN/release?trust_reply_to=1")
	case len(r.LockIDs) > 0:
		rec, err := store.Get(r.LockIDs[0])
		if err != nil || rec.ReplyTo != "" {
			t.Fatalf("lock record %+v (%v), want no ReplyTo", rec, err)
		}
		o = postAdmin(t, h, "/api/locks/"+rec.ID+"/release?trust_reply_to=1")
	default:
		t.Fatalf("the lure: %s (%v), want it held or its link locked", r.Action, r.ReasonCodes())
	}
	if o.Address != "" || o.Trusted || o.Taught || !strings.Contains(o.Note, "ignored") {
		t.Errorf("trusting the release: reply_to %+v, want no address, not trusted, not taught, ignored", o)
	}
}
