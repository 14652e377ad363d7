package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// shadowCEO: an executive's name, known here from her own address, on a
// new free-mail address, to the payments desk, without a link.
func shadowCEO(lead string) Input {
	return Input{
		Now: now, MailFrom: "jane.roe.ceo@gmail.com", FromAddr: "jane.roe.ceo@gmail.com", FromName: "Jane Roe",
		Recipients: []string{"pay@corp.example"}, Subject: "Quick favour", Lead: lead,
		History: History{
			SenderDomain: Stat{Messages: 400, Days: 200, Senders: 150},
			SenderName:   Stat{Messages: 120, Days: 90, Senders: 1},
			Recipients:   map[string]RecipientHistory{"pay@corp.example": {Recipient: est()}},
		},
	}
}

// A message without a link is read from the start of its text: a
// shadow identity asking for a wire transfer is quarantined, the same
// shadow saying hello is not; with a judged link, the link's own context
// is what is read, not the lead.
func TestLeadIntent(t *testing.T) {
	p := testPolicy()
	ask := "Are you at your desk? I need you to process a wire transfer today, I am in a meeting."
	for _, tc := range []struct {
		name   string
		in     Input
		action Action
		intent bool // intent_payment among the reasons
	}{
		{"a wire request without a link", shadowCEO(ask), Quarantine, true},
		{"a greeting without a link", shadowCEO("Hello, see you at the offsite next week."), Accept, false},
		{"no text at all", shadowCEO(""), Accept, false},
		{"a link is judged: its context is read, not the lead", func() Input {
			in := shadowCEO(ask)
			l := web("https://www.offsite-venue.example/map", "www.offsite-venue.example", "offsite-venue.example")
			l.Context = "The venue map."
			in.Links = []links.Link{l}
			return in
		}(), Lock, false},
		{"an image only: the lead is read", func() Input {
			in := shadowCEO(ask)
			l := web("https://cdn.example/logo.png", "cdn.example", "cdn.example")
			l.Kind, l.Clickable = links.KindImage, false
			in.Links = []links.Link{l}
			return in
		}(), Quarantine, true},
	} {
		v := Score(p, tc.in)
		codes := codesOf(v)
		if v.Action != tc.action || slices.Contains(codes, CodeIntentPayment) != tc.intent {
			t.Errorf("%s: %s %v, want %s with intent_payment %v", tc.name, v.Action, codes, tc.action, tc.intent)
		}
	}
}

// What a message without links asks raises its score, but such a
// message is no near miss of a lock: it still teaches when the rest of
// its score is under learn_below.
func TestLeadDoesNotStopLearning(t *testing.T) {
	p := testPolicy()
	in := newInput()
	in.Links, in.Lead = nil, "Download the new catalogue and pay the invoice by Friday."
	v := Score(p, in)
	if v.Action != Accept || v.Score < p.LearnBelow || !v.Teaches {
		t.Errorf("score %.2f, action %s, teaches %v; want an accepted message over learn_below that still teaches (%v)",
			v.Score, v.Action, v.Teaches, codesOf(v))
	}
	in.Subject = "Download the catalogue, pay the invoice, claim your prize"
	in.Lead = ""
	v = Score(p, in)
	if want := v.Score < p.LearnBelow; v.Teaches != want {
		t.Errorf("subject only: teaches %v at score %.2f, want %v: the subject's words count for learning as before", v.Teaches, v.Score, want)
	}
}

// TestLeadTableCells: the lead runs a table's cells together
// (links.Extracted.Lead), so a cue may span two cells. Measured on the
// dev stream and the modern mailboxes, a break between cells changed no
// legitimate message's decision and took weight from nine phishing ones;
// a table of label and value cells reads as its rows say ("Import duties
// | Prepaid" settled, "Status | Account suspended"), and a lure that
// splits its ask over cells still asks.
func TestLeadTableCells(t *testing.T) {
	lead := func(body string) string {
		x, err := links.ExtractAll([]byte("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>"+body+"</body></html>"), links.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return x.Lead
	}
	checkIntentRows(t, []intentRow{
		{name: "a receipt's import duties prepaid in label and value cells",
			text: lead(`<table><tr><td>Shipping</td><td>Free</td></tr><tr><td>Import duties</td><td>Prepaid</td></tr><tr><td>Total</td><td>$84.00</td></tr></table>`),
			want: map[string]float64{}},
		{name: "import duties due in label and value cells",
			text: lead(`<table><tr><td>Import duties</td><td>$4.95</td></tr><tr><td colspan="2">Pay now to release your parcel</td></tr></table>`),
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "a lure splitting its ask over two cells",
			text: lead(`<table><tr><td>Please verify your</td><td>account today</td></tr></table>`),
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "a status row",
			text: lead(`<table><tr><td>Status</td><td>Account suspended</td></tr></table>`),
			want: map[string]float64{CodeIntentCredentials: 0.4}},
	})
}
