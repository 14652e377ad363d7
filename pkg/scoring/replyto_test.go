package scoring

import (
	"slices"
	"testing"
)

func TestReplyToFreemail(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Input, *Policy)
		want string // the reply code expected, or ""
	}{
		{"a known company's mail replying to free mail", func(*Input, *Policy) {}, CodeReplyFree},
		{"the address in brackets and capitals", func(in *Input, _ *Policy) { in.ReplyTo = "<Alice.Doe@GMAIL.com>" }, CodeReplyFree},
		{"replies to the company itself", func(in *Input, _ *Policy) { in.ReplyTo = "billing@partner.example" }, ""},
		{"replies to another company", func(in *Input, _ *Policy) { in.ReplyTo = "desk@helpdesk-vendor.example" }, ""},
		{"no Reply-To", func(in *Input, _ *Policy) { in.ReplyTo = "" }, ""},
		{"a sender domain never seen here", func(in *Input, _ *Policy) { in.History.SenderDomain = Stat{} }, ""},
		{"the sender itself at free mail", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "alice.doe@gmail.com", "alice.doe@gmail.com"
			in.ReplyTo = "alice.doe@yahoo.com"
		}, ""},
		{"list mail", func(in *Input, _ *Policy) { in.List = true }, ""},
		{"turned off, with reply_to_mismatch on", func(in *Input, p *Policy) { p.Weights.ReplyFree, p.Weights.ReplyTo = -1, 0.1 }, CodeReplyTo},
		{"both on: counted once", func(in *Input, p *Policy) { p.Weights.ReplyTo = 0.1 }, CodeReplyFree},
	} {
		in, p := knownInput(), testPolicy()
		in.ReplyTo = "alice.doe@gmail.com"
		tc.edit(&in, &p)
		codes := codesOf(Score(p, in))
		free, mismatch := slices.Contains(codes, CodeReplyFree), slices.Contains(codes, CodeReplyTo)
		switch {
		case tc.want == CodeReplyFree && (!free || mismatch),
			tc.want == CodeReplyTo && (free || !mismatch),
			tc.want == "" && (free || mismatch):
			t.Errorf("%s: %v, want %q", tc.name, codes, tc.want)
		}
	}
}

// A known company's address asking for a payment, with replies going to
// free mail, is quarantined even without a link; the same request
// answering to the company is not.
func TestReplyToFreemailVerdict(t *testing.T) {
	p := testPolicy()
	in := knownInput()
	in.Links = nil
	in.Subject = "Updated bank details for invoice 4471"
	in.ReplyTo = "alice.doe.billing@gmail.com"
	if v := Score(p, in); v.Action != Quarantine {
		t.Errorf("replies to free mail: %s (%v), want quarantine", v.Action, codesOf(v))
	}
	in.ReplyTo = ""
	if v := Score(p, in); v.Action != Accept {
		t.Errorf("no Reply-To: %s (%v), want accept", v.Action, codesOf(v))
	}
}
