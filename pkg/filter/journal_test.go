package filter

import (
	"bytes"
	"context"
	"encoding/base64"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// A locked link of a message to several recipients is recorded for all.
func TestLockRecordsEveryRecipient(t *testing.T) {
	e := testEngine(t)
	m := msg("news@new-shop.example", "bob@corp.example", "Offer", "text/plain; charset=utf-8",
		"Sign in to verify your account: http://198.51.100.9/login\n")
	rcpts := []string{"bob@corp.example", "carol@corp.example"}
	r, err := e.Decide(context.Background(), []byte(m.raw), Envelope{MailFrom: m.from, Recipients: rcpts, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if r.Action != ActionLock {
		t.Fatalf("action %s, want lock", r.Action)
	}
	recs, err := e.journal.(LockJournal).Store.ListLocks(lock.LockFilter{Recipient: "carol@corp.example"})
	if err != nil || len(recs) != 1 {
		t.Fatalf("locks for carol: %d, %v", len(recs), err)
	}
	if !slices.Equal(recs[0].Recipients, rcpts) || recs[0].Recipient != rcpts[0] {
		t.Errorf("record recipients %q / %q, want %q", recs[0].Recipients, recs[0].Recipient, rcpts)
	}
}

// Reasons that lowered the risk are marked, so the lock page shows them
// apart from why the link was stopped.
func TestLockReasonsMarkMitigations(t *testing.T) {
	got := lockReasons([]scoring.Reason{
		{Code: scoring.CodeOrgFirstSeen, Text: "new here", Weight: 0.3},
		{Code: scoring.CodeSenderOwnDomain, Text: "own domain", Weight: -0.25},
		{Code: scoring.CodeSigned, Text: "signed"},              // no weight: not a mitigation
		{Code: scoring.CodeSolicited, Text: "we wrote to them"}, // a credit with nothing to offset still speaks for it
	})
	// In page order: the decision first, then by weight, heaviest first.
	want := []lock.Reason{{Code: scoring.CodeSigned, Text: "signed"}, {Code: scoring.CodeOrgFirstSeen, Text: "new here"},
		{Code: scoring.CodeSenderOwnDomain, Text: "own domain", Lowers: true},
		{Code: scoring.CodeSolicited, Text: "we wrote to them", Lowers: true}}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// A quarantined message's note lists each reason once (its links share
// most of them), and a message with no queue ID (replay) leaves no note:
// there is no held message it could explain.
func TestQuarantineNote(t *testing.T) {
	e := testEngine(t)
	st := e.journal.(LockJournal).Store
	q := lock.Reason{Code: scoring.CodeOrgFirstSeen, Text: "new here"}
	r := &Result{Action: ActionQuarantine, Links: make([]links.Link, 2), Verdict: scoring.Verdict{
		Reasons: []scoring.Reason{{Code: scoring.CodeUnsolicited, Text: "unsolicited"}},
		Links: []scoring.LinkDecision{{Lock: true, Reasons: []scoring.Reason{{Code: q.Code, Text: q.Text}}},
			{Lock: true, Reasons: []scoring.Reason{{Code: q.Code, Text: q.Text}}}}}}
	e.journal.Record(Message{Envelope: Envelope{QueueID: "4XyZ9", Now: time.Now()}}, r)
	rec, err := st.Quarantined("4XyZ9")
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, x := range rec.Reasons {
		codes = append(codes, x.Code)
	}
	if !slices.Equal(codes, []string{scoring.CodeUnsolicited, scoring.CodeOrgFirstSeen}) {
		t.Errorf("reasons %q, want each once", codes)
	}
	// Without a queue ID the note is not even attempted (it used to fail,
	// with an ERROR line per message).
	var logs bytes.Buffer
	j := LockJournal{Store: st, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	j.Record(Message{Envelope: Envelope{Now: time.Now()}}, r)
	if logs.Len() != 0 {
		t.Errorf("a message without a queue ID: %s", logs.String())
	}
}

// A URL in both the text and the HTML part gets one lock record, with the
// stricter copy's verdict and both copies' reasons: the HTML anchor shows
// another site, and the lock page must not offer a way through on the
// bare text copy's milder verdict.
func TestLockRecordTakesStricterCopy(t *testing.T) {
	e := testEngine(t)
	u := "https://login.c0rp-example.test/verify?user=bob"
	raw := "From: IT <it@helpdesk-mail.test>\r\nTo: bob@corp.example\r\nSubject: password expiry\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nYour password expires today.\r\n" + u + "\r\n" +
		"--b\r\nContent-Type: text/html\r\n\r\n<p>Your password expires today.</p><a href=\"" + u + "\">https://intranet.corp.example/login</a>\r\n--b--\r\n"
	r, err := e.Decide(context.Background(), []byte(raw), Envelope{MailFrom: "it@helpdesk-mail.test", Recipients: []string{"bob@corp.example"}, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	var html scoring.LinkDecision
	for i, l := range r.Links {
		if l.URL == u && l.Display != "" {
			html = r.Verdict.Links[i]
		}
	}
	recs, err := e.journal.(LockJournal).Store.ListLocks(lock.LockFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got *lock.Record
	for i := range recs {
		if recs[i].URL == u {
			got = &recs[i]
		}
	}
	if got == nil || !html.Lock {
		t.Fatalf("no lock record for %s (html decision %+v, action %s)", u, html, r.Action)
	}
	codes := map[string]bool{}
	for _, x := range got.Reasons {
		codes[x.Code] = true
	}
	if string(got.Level) != string(html.Level) || !codes[scoring.CodeDisplayMismatch] {
		t.Errorf("record level %s, reasons %v; want the HTML copy's level %s and display_mismatch", got.Level, codes, html.Level)
	}
}

// A list post is judged as its list's, but the marks that make it one are
// the sender's own words: a sender allowlist entry for the list's domain
// must not apply to it (a forger wrote From his own domain, Cc the
// allowlisted address and a [tag] Subject, and was accepted).
func TestSenderAllowNotForListMarks(t *testing.T) {
	e := testEngine(t)
	if _, err := e.journal.(LockJournal).Store.AddAllow(lock.Allow{Sender: "partner.example"}); err != nil {
		t.Fatal(err)
	}
	raw := "From: Billing <billing@evil-billing.example>\r\nTo: bob@corp.example\r\nCc: billing@partner.example\r\n" +
		"Subject: [billing] invoice overdue\r\n\r\nYour account is suspended. Sign in to verify your password: https://partner-example.evil-login.example/verify\r\n"
	r, err := e.Decide(context.Background(), []byte(raw), Envelope{MailFrom: "bounce@partner.example", Recipients: []string{"bob@corp.example"}, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if r.Action == ActionAccept || slices.Contains(r.ReasonCodes(), "allowlisted") {
		t.Errorf("%s, reasons %v, list %q: a forged list post took the partner's allowlist entry", r.Action, r.ReasonCodes(), r.Message.List)
	}
}

// With a trusted verifier's report, its word decides whether a sender
// allowlist entry applies, not the envelope: a forged but aligned envelope
// (SPF failed) does not take the entry, the partner's mail through a
// mailing service (its own DKIM signature) does.
func TestSenderAllowWithVerifier(t *testing.T) {
	body := "From: Partner <news@partner.example>\r\nTo: bob@corp.example\r\nSubject: invoice\r\n\r\n" +
		"Sign in to verify your password and pay: https://partner-pay.login-check.example/verify\r\n"
	for _, tc := range []struct {
		name, ar, mailFrom string
		allowed            bool
	}{
		{"aligned envelope, spf failed", "mx.corp.example; spf=fail smtp.mailfrom=partner.example", "news@partner.example", false},
		{"mailing service, partner's dkim passed", "mx.corp.example; spf=pass smtp.mailfrom=esp.example; dkim=pass header.d=partner.example", "b-1@esp.example", true},
		{"aligned envelope, no verifier report", "", "news@partner.example", true},
	} {
		e := testEngine(t)
		e.opt.TrustedAuthServIDs = []string{"mx.corp.example"}
		if _, err := e.journal.(LockJournal).Store.AddAllow(lock.Allow{Sender: "partner.example"}); err != nil {
			t.Fatal(err)
		}
		raw := body
		if tc.ar != "" {
			raw = "Authentication-Results: " + tc.ar + "\r\n" + body
		}
		r, err := e.Decide(context.Background(), []byte(raw), Envelope{MailFrom: tc.mailFrom, Recipients: []string{"bob@corp.example"}, Now: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, l := range r.Verdict.Links {
			for _, x := range l.Reasons {
				got = got || x.Code == "allowlisted"
			}
		}
		if got != tc.allowed || got != (r.Action == ActionAccept) {
			t.Errorf("%s: %s, reasons %v; want allowlisted %v", tc.name, r.Action, r.ReasonCodes(), tc.allowed)
		}
	}
}

// A message forwarded as an attachment in base64 cannot be spliced: its
// links are judged as an attachment's (left open below
// attachment_quarantine, named attachment_link), while the body's own link
// is locked as usual. Before, the locked occurrence inside it made the
// rewrite fail and the whole message was held (rewrite_failed).
func TestEncodedForwardIsAnAttachment(t *testing.T) {
	e := testEngine(t)
	inner := base64.StdEncoding.EncodeToString([]byte("From: x@elsewhere.example\r\nSubject: fwd\r\n\r\nSee https://offers.inner-new.example/a\r\n"))
	raw := "From: Shop <news@shop-new.example>\r\nTo: bob@corp.example\r\nSubject: offer\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nOur catalogue: https://catalogue.outer-new.example/\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" + inner + "\r\n--b--\r\n"
	r, err := e.Decide(context.Background(), []byte(raw), Envelope{MailFrom: "news@shop-new.example", Recipients: []string{"bob@corp.example"}, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	body := string(r.Body.Bytes())
	if r.Action != ActionLock || slices.Contains(r.Notes, "rewrite_failed") || strings.Contains(body, "catalogue.outer-new.example/\r\n") || !strings.Contains(body, inner) {
		t.Errorf("action %s, notes %v: want the body link locked and the forwarded message untouched", r.Action, r.Notes)
	}
	if !slices.Contains(r.ReasonCodes(), "attachment_link") {
		t.Errorf("reasons %v: want attachment_link for the forwarded message's link", r.ReasonCodes())
	}
}
