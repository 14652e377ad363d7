package filter

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
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

func postAdmin(t *testing.T, h http.Handler, path string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, nil)
	req.Header.Set("Authorization", "Bearer "+releaseToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("POST %s: %d %s", path, w.Code, w.Body)
	}
}

func held(r *Result) bool {
	return r.Action == ActionQuarantine || slices.Contains(r.ReasonCodes(), "note_payment_reply")
}

// An admin's release of a held PayPal invoice teaches its Reply-To
// address as one the reader wrote to (the quarantine record keeps it), so
// next month's invoice from the same business is delivered, at most with
// a warning; an invoice answering to another Gmail address is still
// held. Merely delivering the invoice never teaches the address.
func TestReleaseTeachesReplyTo(t *testing.T) {
	e := testEngine(t)
	store := e.journal.(LockJournal).Store
	h := releaseHandler(t, e, store)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	const reply = "corner.bakery.billing@gmail.com"

	r := deliverQueued(t, e, paypalInvoice("Corner.Bakery.Billing@gmail.com", "march"), "Q1MARCH", at)
	if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "note_payment_reply") {
		t.Fatalf("march invoice: %s (%v), want quarantine with note_payment_reply", r.Action, r.ReasonCodes())
	}
	q, err := store.Quarantined("Q1MARCH")
	if err != nil {
		t.Fatal(err)
	}
	if q.ReplyTo != reply {
		t.Errorf("quarantine record's ReplyTo %q, want %q", q.ReplyTo, reply)
	}
	// held again before any release: being held (and delivered by hand
	// outside the API) teaches nothing
	if r := deliverQueued(t, e, paypalInvoice(reply, "march2"), "Q1MARCH2", at.Add(time.Hour)); !held(r) {
		t.Errorf("before the release: %s (%v), want held", r.Action, r.ReasonCodes())
	}

	postAdmin(t, h, "/api/quarantine/Q1MARCH/release")
	postAdmin(t, h, "/api/quarantine/Q1MARCH/release") // a second release teaches nothing more, and fails nothing

	april := at.AddDate(0, 1, 0)
	r = deliverQueued(t, e, paypalInvoice(reply, "april"), "Q1APRIL", april)
	if held(r) || r.Action != ActionAccept && r.Verdict.Level != "warn" {
		t.Errorf("next month's invoice after the release: %s level %q (%v), want accepted or warned", r.Action, r.Verdict.Level, r.ReasonCodes())
	}
	r = deliverQueued(t, e, paypalInvoice("corner.bakery.payments@gmail.com", "april2"), "Q1APRIL2", april)
	if !held(r) {
		t.Errorf("an invoice answering to another Gmail address: %s (%v), want held", r.Action, r.ReasonCodes())
	}
}

// A quarantine record stored by a version that kept no Reply-To releases
// as before: the sender and links are learned, the Reply-To address is
// not (nothing to teach), so the next invoice is still held.
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
	postAdmin(t, releaseHandler(t, e, store), "/api/quarantine/Q0OLD/release")
	q, err := store.Quarantined("Q0OLD")
	if err != nil {
		t.Fatal(err)
	}
	if !q.Released || q.ReplyTo != "" {
		t.Errorf("old record after release: released %v, ReplyTo %q; want released, no ReplyTo", q.Released, q.ReplyTo)
	}
	r := deliverQueued(t, e, paypalInvoice("corner.bakery.billing@gmail.com", "april"), "Q1APRIL", at.AddDate(0, 1, 0))
	if !held(r) {
		t.Errorf("after releasing a record without a Reply-To: %s (%v), want still held", r.Action, r.ReasonCodes())
	}
}

// Where note_payment_reply does not quarantine (quarantine_when without
// it), the invoice's link is locked instead; the lock record keeps the
// Reply-To address, its first release teaches it, and a relock does not
// unlearn it.
func TestLockReleaseTeachesReplyTo(t *testing.T) {
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
	postAdmin(t, h, "/api/locks/"+rec.ID+"/release")
	postAdmin(t, h, "/api/locks/"+rec.ID+"/relock")
	r = deliverQueued(t, e, paypalInvoice(reply, "april"), "Q2APRIL", at.AddDate(0, 1, 0))
	if slices.Contains(r.ReasonCodes(), "note_payment_reply") || r.Action != ActionAccept && r.Verdict.Level != "warn" {
		t.Errorf("next month's invoice after a release and a relock: %s level %q (%v), want accepted or warned", r.Action, r.Verdict.Level, r.ReasonCodes())
	}
}

// What a release teaches about the Reply-To address, read back as the
// judging lookup reads it (History.ReplyAddr, which scoring's knownReply
// reads for note_payment_reply and for shadow_identity's brand exception):
// an address someone here wrote to, outside our domains and other than
// the sender's own; nothing without one.
func TestReleaseReplyToFacts(t *testing.T) {
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, sender, reply string
		rcpts               []string
		want                bool
	}{
		{"a brand's notice for a correspondent", "messenger@webex.com", "HWhitley@stateu.example", []string{"alice@corp.example"}, true},
		{"free mail", "service@paypal.com", "corner.bakery.billing@gmail.com", []string{"alice@corp.example", "bob@corp.example"}, true},
		{"no recipients kept", "service@paypal.com", "corner.bakery.billing@gmail.com", nil, true},
		{"no Reply-To (an older record)", "service@paypal.com", "", []string{"alice@corp.example"}, false},
		{"the sender's own address", "hwhitley@stateu.example", "hwhitley@stateu.example", []string{"alice@corp.example"}, false},
		{"one of our own addresses", "service@paypal.com", "billing@corp.example", []string{"alice@corp.example"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			hist := e.history.(*baseline.Store)
			ev := lock.LearnEvent{Kind: "quarantine", Time: at, Sender: tc.sender, Recipients: tc.rcpts, ReplyTo: tc.reply}
			if err := (Admin{Engine: e, Baseline: hist}).Learn(context.Background(), ev); err != nil {
				t.Fatal(err)
			}
			reply := tc.reply
			if reply == "" {
				reply = "corner.bakery.billing@gmail.com"
			}
			f, err := hist.Lookup(baseline.Query{Now: at.Add(time.Hour), ReplyTo: normAddr(reply)})
			if err != nil {
				t.Fatal(err)
			}
			if got := f.ReplyAddr.Outbound > 0; got != tc.want {
				t.Errorf("Reply-To %q written to: %v, want %v (%+v)", reply, got, tc.want, f.ReplyAddr)
			}
		})
	}
}
